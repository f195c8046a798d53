package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;

/** jobs/sql through the real launcher, over outputs the monthly job published from fixtures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlEndToEndTest {
  private Path work;
  private Path out;

  @BeforeAll
  void publishAMonth(@TempDir Path temporary) throws Exception {
    work = temporary;
    Path raw = work.resolve("data-raw");
    out = work.resolve("data-out");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    for (String feed : List.of("visitor_counts", "stays", "revenue")) {
      Folders.copy(Fixtures.resource("e2e/deliveries/" + feed), raw.resolve(feed));
    }
    // An indicator value for 2025, delivered in 2026-01 (#15 slice A: its own period column).
    Path values = java.nio.file.Files.createDirectories(raw.resolve("indicator_values/2026-01"));
    java.nio.file.Files.writeString(values.resolve("chi-tieu.csv"), "mã chỉ tiêu,kỳ,phạm vi,giá"
        + " trị,tình trạng,nguồn\nward_health_insurance,2025,03982,93%,ước,BHXH\n");
    Launcher.Result monthly = Launcher.run("monthly", "2026-01", "--raw", raw.toString(),
        "--out", out.toString());
    assertEquals(0, monthly.exitCode(), monthly.output());
  }

  @Test
  void queriesCuratedTablesMartsAndQuarantineByNameAsCsv() throws Exception {
    // One query joining a curated table, a mart and a quarantine table, answered as CSV.
    Launcher.Result result = Launcher.run("sql", "SELECT s.n AS stays_rows, m.arrivals,"
        + " q.rejected FROM (SELECT count(*) AS n FROM stays WHERE period = '2026-01') s"
        + " CROSS JOIN (SELECT sum(arrivals) AS arrivals FROM tourism_monthly"
        + " WHERE period = '2026-01') m CROSS JOIN (SELECT count(*) AS rejected"
        + " FROM quarantine_visitor_counts WHERE status = 'rejected') q",
        "--out", out.toString(), "--format", "csv");
    assertEquals(0, result.exitCode(), result.output());
    // The same numbers, read independently with DuckDB.
    List<List<String>> expected = DuckDb.query("SELECT (SELECT count(*) FROM "
        + DuckDb.parquet(out.resolve("curated/stays")) + "), (SELECT sum(arrivals) FROM "
        + DuckDb.parquetFiles(out.resolve("marts/tourism_monthly")) + " WHERE period = '2026-01'),"
        + " (SELECT count(*) FROM " + DuckDb.parquet(out.resolve("quarantine/visitor_counts"))
        + " WHERE status = 'rejected')");
    String csv = "stays_rows,arrivals,rejected\r\n" + String.join(",", expected.get(0)) + "\r\n";
    assertTrue(result.output().contains(csv), result.output());
    assertFalse(result.output().contains("\uFEFF"), "no byte-order mark on the console");
  }

  /** indicator_values rows keep their own period; the folder's month is `delivered`. */
  @Test
  void indicatorValuesShowTheirPeriodAndTheirDeliveryMonth() throws Exception {
    Launcher.Result result = Launcher.run("sql", "SELECT indicator_id, period, delivered,"
        + " scope, value, status FROM indicator_values", "--out", out.toString(), "--format",
        "csv");
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("indicator_id,period,delivered,scope,value,status\r\n"
        + "ward_health_insurance,2025,2026-01,thao_nguyen_ward,0.930000,estimate\r\n"),
        result.output());
  }

  @Test
  void printsAnAlignedTableAndWritesParquetAndCsvFiles() throws Exception {
    Launcher.Result table = Launcher.run("sql", "SELECT indicator_id, status FROM"
        + " target_progress WHERE indicator_id IN ('visitors', 'overnight_share')"
        + " ORDER BY indicator_id", "--out", out.toString());
    assertEquals(0, table.exitCode(), table.output());
    assertTrue(table.output().matches("(?s).*indicator_id +\\| status\\n-+-\\+-+\\n"
        + "overnight_share +\\| not_assessed\\nvisitors +\\| not_assessed\\n.*"), table.output());
    assertTrue(table.output().contains("(2 dòng)"), table.output());

    Path parquet = work.resolve("result.parquet");
    Launcher.Result written = Launcher.run("sql", "SELECT locality_code, arrivals FROM"
        + " tourism_monthly WHERE arrivals IS NOT NULL", "--out", out.toString(), "--format",
        "parquet", "--output", parquet.toString(), "--lang", "en");
    assertEquals(0, written.exitCode(), written.output());
    assertTrue(written.output().contains("wrote " + parquet), written.output());
    assertEquals(DuckDb.query("SELECT count(*), sum(arrivals) FROM "
            + DuckDb.parquetFiles(out.resolve("marts/tourism_monthly")) + " WHERE arrivals IS NOT NULL"),
        DuckDb.query("SELECT count(*), sum(arrivals) FROM " + DuckDb.parquetFiles(parquet)));

    Path csv = work.resolve("rejects.csv");
    Launcher.Result csvFile = Launcher.run("sql", "SELECT source_file, source_line, reason_vi"
        + " FROM quarantine_stays ORDER BY source_line", "--out", out.toString(), "--format",
        "csv", "--output", csv.toString());
    assertEquals(0, csvFile.exitCode(), csvFile.output());
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFsource_file,source_line,reason_vi\r\n"), text);
    assertTrue(text.contains("stays/2026-01/"), text);
  }

  @Test
  void anInteractiveSessionListsTablesDescribesOneAndRunsStatements() throws Exception {
    Launcher.Result session = Launcher.runWithInput("\\d\n\\d data_quality\nSELECT feed,\n"
        + "  rows_read FROM data_quality WHERE feed = 'revenue';\n\\q\n", "sql", "--out",
        out.toString(), "--lang", "en");
    assertEquals(0, session.exitCode(), session.output());
    String output = session.output();
    for (String table : List.of("stays", "visitor_counts", "revenue", "quarantine_stays",
        "tourism_monthly", "target_progress", "projection_monthly", "data_quality")) {
      assertTrue(output.contains(table + "  "), table + " registered: " + output);
    }
    assertTrue(output.contains("rows_rejected"), "\\d describes the table: " + output);
    assertTrue(output.contains("...> "), "a statement may span lines: " + output);
    assertTrue(output.matches("(?s).*revenue +\\| \\d+\\n.*"), output);
  }

  @Test
  void badQueriesAndMissingOutputsAreExplained() throws Exception {
    Launcher.Result unknown = Launcher.run("sql", "SELECT * FROM nowhere", "--out",
        out.toString(), "--lang", "en");
    assertEquals(ExitCode.USAGE.code(), unknown.exitCode(), unknown.output());
    assertTrue(unknown.output().contains("Statement refused: 'nowhere' is not a published table."
        + " jobs/sql only reads the published tables"), unknown.output());

    Launcher.Result badColumn = Launcher.run("sql", "SELECT nothing FROM stays", "--out",
        out.toString(), "--lang", "en");
    assertEquals(ExitCode.USAGE.code(), badColumn.exitCode(), badColumn.output());
    assertTrue(badColumn.output().contains("Query error:"), badColumn.output());

    Launcher.Result empty = Launcher.run("sql", "SELECT 1", "--out",
        work.resolve("empty").toString());
    assertEquals(ExitCode.USAGE.code(), empty.exitCode(), empty.output());
    assertTrue(empty.output().contains("Không có bảng nào đã công bố"), empty.output());
  }

  @Test
  void thePromptsCommandsWorkAsTheQueryArgument() throws Exception {
    // jobs/sql "\d" once printed "Lỗi truy vấn: " and nothing else (issue 13, finding 9).
    Launcher.Result tables = Launcher.run("sql", "\\d", "--out", out.toString());
    assertEquals(0, tables.exitCode(), tables.output());
    assertTrue(tables.output().contains("data_quality  "), tables.output());
    assertFalse(tables.output().contains("Lỗi truy vấn"), tables.output());

    Launcher.Result columns = Launcher.run("sql", "\\d nowhere", "--out", out.toString());
    assertEquals(ExitCode.USAGE.code(), columns.exitCode(), columns.output());
    assertTrue(columns.output().contains("Không có bảng 'nowhere'. Các bảng: "),
        columns.output());
  }

  @Test
  void attacksAreRefusedWithExit2AndWriteNothing() throws Exception {
    for (String attack : List.of("ADD JAR '/tmp/evil.jar'",
        "SELECT reflect('java.lang.System', 'getProperty', 'user.name')",
        "SELECT * FROM text.`/etc/passwd`",
        "INSERT OVERWRITE DIRECTORY '" + work.resolve("elsewhere") + "' USING parquet"
            + " SELECT * FROM stays")) {
      Launcher.Result refused = Launcher.run("sql", attack, "--out", out.toString());
      assertEquals(ExitCode.USAGE.code(), refused.exitCode(), refused.output());
      assertTrue(refused.output().contains("Câu lệnh bị từ chối: "), refused.output());
      assertFalse(refused.output().contains("Exception"), refused.output());
    }
    assertFalse(java.nio.file.Files.exists(work.resolve("elsewhere")));

    // A fake partition planted in the published layout: refused before Spark starts.
    Path planted = out.resolve("curated/stays/period=2099-01");
    Launcher.Result inside = Launcher.run("sql", "SELECT * FROM stays", "--format", "parquet",
        "--output", planted.toString(), "--out", out.toString());
    assertEquals(ExitCode.USAGE.code(), inside.exitCode(), inside.output());
    assertTrue(inside.output().contains("nằm trong thư mục kết quả"), inside.output());
    assertFalse(java.nio.file.Files.exists(planted));

    // At the prompt: each refused statement is told, the session goes on.
    Launcher.Result session = Launcher.runWithInput("ADD JAR '/tmp/evil.jar';\n"
        + "SELECT java_method('java.lang.System', 'exit', 0);\n"
        + "SELECT count(*) AS n FROM stays;\n\\q\n", "sql", "--out", out.toString());
    assertEquals(0, session.exitCode(), session.output());
    assertEquals(2, session.output().split("Câu lệnh bị từ chối: ", -1).length - 1,
        session.output());
    assertTrue(session.output().contains("(1 dòng)"), session.output());
  }
}
