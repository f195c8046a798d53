package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.io.Json;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;
import vn.mocchau.analytics.testing.SparkTestSession;

/**
 * The officer's command, end to end: jobs/monthly (the real launcher, a real Spark session in its
 * own JVM) over the fixture deliveries of src/test/resources/e2e, with the published Parquet read
 * back by DuckDB. The expected numbers are worked out by hand in src/test/resources/e2e/README.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyJobEndToEndTest {
  Path work;
  Path raw;
  Path out;
  Launcher.Result january;

  @BeforeAll
  void publishJanuary(@TempDir Path temporary) throws Exception {
    work = temporary;
    raw = work.resolve("data-raw");
    out = work.resolve("data-out");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    for (String feed : List.of("visitor_counts", "stays", "revenue")) {
      Folders.copy(Fixtures.resource("e2e/deliveries/" + feed), raw.resolve(feed));
    }
    january = monthly("2026-01");
  }

  private Launcher.Result monthly(String month, String... extra) throws Exception {
    String[] args = Stream.concat(Stream.of(month, "--raw", raw.toString(), "--out",
        out.toString()), Stream.of(extra)).toArray(String[]::new);
    return Launcher.run("monthly", args);
  }

  private String summary(String output) {
    return output.substring(output.indexOf("Tóm tắt tháng 01/2026"));
  }

  /** The names of the units in the fixture's reference: proper names in either language. */
  private List<String> localityNames() throws IOException {
    return Files.readAllLines(raw.resolve("reference/localities.csv"), StandardCharsets.UTF_8)
        .stream().skip(1).map(line -> line.split(",")[1]).toList();
  }

  private List<List<String>> duck(String sql) {
    return DuckDb.query(sql.replace("{out}", out.toString()));
  }

  private JsonNode latestManifest(String month) throws IOException {
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      Path manifest = runs.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> p.getFileName().toString().contains("-" + month + "-"))
          .sorted().reduce((a, b) -> b).orElseThrow();
      return Json.mapper().readTree(manifest.toFile());
    }
  }

  @Test
  @Order(1)
  void publishesTheMonthAndSaysWhatItDidInVietnameseByDefault() throws Exception {
    assertEquals(0, january.exitCode(), january.output());
    String output = january.output();
    assertTrue(output.contains("lượt khách: 2 tệp, 9 dòng đọc, 4 chấp nhận, 4 bị loại,"
        + " 1 trùng lặp"), output);
    assertTrue(output.contains("lưu trú: 1 tệp, 8 dòng đọc, 5 chấp nhận, 2 bị loại,"
        + " 1 trùng lặp"), output);
    // Corn is due after each harvest (February, July, November): January is not alarming.
    assertTrue(output.contains("ngô sinh khối: không đến kỳ nộp tháng 01/2026"), output);
    assertFalse(output.contains("ngô sinh khối: chưa nộp"), output);
    assertTrue(output.contains("Đã công bố tháng 01/2026"), output);
    assertFalse(output.contains("INFO "), "Spark's own log is off without --verbose");
    // Vietnamese throughout: no English word, numbers and months as Vietnamese writes them.
    // The rejection reasons' own wording comes from the feed contracts and is checked by their
    // tests; here, everything the console itself says.
    String console = output.replaceAll("(?m)^( {8}.*?, ví dụ \\S+: ).*$", "$1");
    assertEquals(List.of(), ConsoleWords.english(console), output);
    assertTrue(summary(output).contains("(cả dòng) (1), ví dụ stays/2026-01/"), output);
    assertTrue(output.matches("(?s)\\[ +\\d+,\\ds\\] số liệu tham chiếu: .*"), output);
    assertTrue(output.contains("Sổ chạy: " + out.resolve("runs")), output);

    // The closing summary: one line per feed, then the most frequent reasons with an example.
    String summary = output.substring(output.indexOf("Tóm tắt tháng 01/2026"));
    assertTrue(summary.matches("(?s).*\\n  lượt khách +đã nộp +2 +9 +4 +4 +1\\n.*"), summary);
    assertTrue(summary.matches("(?s).*\\n  ngô sinh khối +không đến kỳ nộp +0 +0 +0 +0 +0\\n.*"),
        summary);
    assertTrue(summary.matches("(?s).*\\n  doanh thu +đã nộp .*"), summary);
    assertTrue(summary.contains("lý do loại nhiều nhất:"), summary);
    // Columns in the officer's words: the file's header was the English code "locality".
    assertTrue(summary.contains("địa bàn (1), ví dụ visitor_counts/2026-01/a-moc-chau.csv:7:"
        + " địa bàn không xác định 'Tân Lập'"), summary);
    assertTrue(summary.contains("Báo cáo: " + out.resolve("reports/2026-01/report.html")),
        summary);
    assertTrue(summary.contains("Danh sách dòng bị loại: "
        + out.resolve("exports/rejects/visitor_counts_2026-01.csv")), summary);
    JsonNode reasons = latestManifest("2026-01").get("feeds").get("visitor_counts")
        .get("top_reasons");
    assertTrue(reasons.size() >= 1 && reasons.size() <= 3, reasons.toString());
    long listed = 0;
    for (JsonNode reason : reasons) {
      listed += reason.get("rows").asLong();
    }
    assertEquals(4, listed, "the visitor_counts reasons cover its 4 rejected rows");
  }

  @Test
  @Order(10)
  void speaksEnglishWithLangEn() throws Exception {
    Path english = out.resolveSibling("out-en");
    Launcher.Result result = Launcher.run("monthly", "2026-01", "--raw", raw.toString(),
        "--out", english.toString(), "--lang", "en");
    assertEquals(0, result.exitCode(), result.output());
    String output = result.output();
    assertTrue(output.contains("visitor_counts: 2 file(s), 9 rows read, 4 accepted, 4 rejected,"
        + " 1 duplicates"), output);
    assertTrue(output.contains("Summary of Jan 2026"), output);
    assertTrue(output.contains("top rejection reasons:"), output);
    assertTrue(output.contains("Published Jan 2026"), output);
    assertFalse(output.contains("Đã công bố"), output);
    assertEquals(List.of(), ConsoleWords.vietnamese(output, localityNames()), output);
    assertTrue(output.matches("(?s)\\[ +\\d+\\.\\ds\\] reference data: .*"), output);
  }

  @Test
  @Order(2)
  void curatedRowsAreTypedResolvedAndKeepTheirLineage() {
    assertEquals(List.of(
            List.of("visitor_counts/2026-01/a-moc-chau.csv", "2", "03982", "thao nguyen", "100"),
            List.of("visitor_counts/2026-01/a-moc-chau.csv", "3", "03982", "co do", "40"),
            List.of("visitor_counts/2026-01/a-moc-chau.csv", "4", "04048", "van ho", "5"),
            List.of("visitor_counts/2026-01/a-moc-chau.csv", "5", "03982", "thao nguyen", "90")),
        duck("select source_file, source_line, locality_code, reporting_unit, arrivals from "
            + DuckDb.parquet(out.resolve("curated/visitor_counts")) + " order by source_line"));
    // Stays: nights in January only, in-house and day use, attributed to the establishment.
    assertEquals(List.of(
            List.of("R01", "03982", "2", "6", "true", "false", "false"),
            List.of("R02", "03980", "2", "4", "true", "false", "true"),
            List.of("R03", "03980", "1", "4", "false", "false", "false"),
            List.of("R04", "03982", "0", "0", "false", "true", "false"),
            List.of("R06", "03980", "2", "4", "true", "false", "false")),
        duck("select registration_id, locality_code, nights_in_month, guest_nights,"
            + " overnight_arrival, day_use, in_house from "
            + DuckDb.parquet(out.resolve("curated/stays")) + " order by registration_id"));
    // Revenue: 1,234,500,000 + 500,000,000 + 2,150,000,000 ("2.150" triệu in a file of
    // Vietnamese style) + 1,000,000.5 đồng rounded half-up to 1,000,001 = 3,885,500,001 đồng.
    assertEquals(List.of(List.of("3885500000.500000", "3885500001", "2026-01")),
        duck("select sum(amount * case unit when 'billion_dong' then 1e9 when 'million_dong'"
            + " then 1e6 else 1 end)::decimal(30,6), sum(amount_vnd), min(period) from "
            + DuckDb.parquet(out.resolve("curated/revenue"))));
  }

  @Test
  @Order(3)
  void quarantineExplainsEveryRejectedRowInBothLanguages() throws IOException {
    List<List<String>> rows = duck("select source_line, status, \"column\", value, reason_en,"
        + " reason_vi, reason_code from " + DuckDb.parquet(out.resolve("quarantine/visitor_counts"))
        + " order by source_file, source_line");
    assertEquals(5, rows.size(), rows.toString());
    assertEquals(List.of("6", "rejected", "arrivals", "80"), rows.get(0).subList(0, 4));
    assertTrue(rows.get(0).get(4).contains("conflict: same date, origin, locality as"
        + " visitor_counts/2026-01/b-gui-lai.csv:3"), rows.get(0).get(4));
    assertEquals(List.of("7", "rejected", "locality", "Tân Lập"), rows.get(1).subList(0, 4));
    assertEquals(List.of("8", "rejected", "date", "32/01/2026"), rows.get(2).subList(0, 4));
    assertEquals(List.of("2", "duplicate"), rows.get(3).subList(0, 2));
    assertTrue(rows.get(4).get(5).startsWith("mâu thuẫn"), rows.get(4).get(5));
    // One stable code per kind of problem, the values staying in the reasons.
    assertEquals(List.of("conflict", "unknown_locality", "bad_date", "duplicate", "conflict"),
        rows.stream().map(r -> r.get(6)).toList());

    // The quarantine folder holds Parquet only; the rows for Excel are among the exports.
    try (Stream<Path> files = Files.list(out.resolve("quarantine/visitor_counts/period=2026-01"))) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".parquet")).toList());
    }
    byte[] csv = Files.readAllBytes(out.resolve("exports/rejects/visitor_counts_2026-01.csv"));
    assertEquals((byte) 0xEF, csv[0], "the rejects export starts with a UTF-8 byte-order mark");
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.contains("Tân Lập") && text.contains("địa bàn không xác định"), text);
    assertEquals(6, text.split("\r\n").length, "header and five rows");
    assertTrue(text.split("\r\n")[0].endsWith(",reason_vi,reason_code"), text);
  }

  @Test
  @Order(4)
  void manifestAccountsForEveryRowOfEveryFile() throws IOException {
    JsonNode manifest = latestManifest("2026-01");
    assertEquals("published", manifest.get("status").asText());
    for (JsonNode feed : manifest.get("feeds")) {
      long read = 0;
      for (JsonNode file : feed.get("files")) {
        long r = file.get("rows_read").asLong();
        assertEquals(r, file.get("rows_accepted").asLong() + file.get("rows_rejected").asLong()
            + file.get("rows_duplicate").asLong(), file.toString());
        assertEquals(64, file.get("sha256").asText().length());
        read += r;
      }
      assertEquals(read, feed.get("rows_read").asLong());
    }
    JsonNode visitors = manifest.get("feeds").get("visitor_counts");
    assertEquals("visitor_counts/2026-01/ghi-chu.xlsx", visitors.get("ignored_files").get(0)
        .asText());
    assertEquals("not_due", manifest.get("feeds").get("biomass_corn").get("status")
        .asText());
    assertFalse(manifest.get("feeds").get("biomass_corn").get("expected").asBoolean());
    assertTrue(manifest.get("feeds").get("revenue").get("expected").asBoolean());
    assertEquals("VIETNAMESE", manifest.get("feeds").get("revenue").get("files").get(0)
        .get("number_style").asText());
    assertTrue(manifest.get("reference").has("reference/localities.csv"));
  }

  @Test
  @Order(5)
  void sparkAndDuckDbReadTheSameRows() {
    for (String feed : List.of("visitor_counts", "stays", "revenue")) {
      Path table = out.resolve("curated").resolve(feed);
      Dataset<Row> spark = SparkTestSession.get().read().parquet(table.toString());
      List<List<String>> duck = duck("select * exclude (period) from " + DuckDb.parquet(table)
          + " order by source_file, source_line");
      List<Row> sparkRows = spark.drop("period").orderBy("source_file", "source_line")
          .collectAsList();
      assertEquals(sparkRows.size(), duck.size(), feed);
      for (int i = 0; i < duck.size(); i++) {
        for (int c = 0; c < duck.get(i).size(); c++) {
          Object value = sparkRows.get(i).get(c);
          String sparkText = value == null ? null : value.toString();
          assertEquals(sparkText, duck.get(i).get(c), feed + " row " + i + " column " + c);
        }
      }
    }
  }

  @Test
  @Order(6)
  void reRunningTheMonthReplacesItsOutputsWithTheSameContent() throws Exception {
    String query = "select * exclude (period) from {table} order by all";
    Map<String, List<List<String>>> before = new java.util.TreeMap<>();
    for (String layer : List.of("curated", "quarantine")) {
      for (String feed : List.of("visitor_counts", "stays", "revenue")) {
        before.put(layer + feed, duck(query.replace("{table}",
            DuckDb.parquet(out.resolve(layer).resolve(feed)))));
      }
    }
    Launcher.Result again = monthly("2026-01");
    assertEquals(0, again.exitCode(), again.output());
    for (String layer : List.of("curated", "quarantine")) {
      for (String feed : List.of("visitor_counts", "stays", "revenue")) {
        assertEquals(before.get(layer + feed), duck(query.replace("{table}",
            DuckDb.parquet(out.resolve(layer).resolve(feed)))), layer + "/" + feed);
        try (Stream<Path> files = Files.list(out.resolve(layer).resolve(feed)
            .resolve("period=2026-01"))) {
          assertEquals(1, files.filter(f -> f.toString().endsWith(".parquet")).count(),
              "the old files were replaced, not added to");
        }
      }
    }
    assertFalse(Files.exists(out.resolve("_staging/")) && Files.list(out.resolve("_staging"))
        .findAny().isPresent(), "no staging left behind");
  }

  @Test
  @Order(7)
  void aFileLevelProblemPublishesNothingAndLeavesEarlierOutputsUntouched() throws Exception {
    Folders.copy(Fixtures.resource("e2e/deliveries/bad-month"), raw);
    Map<String, String> before = Folders.fingerprint(out, "runs");
    Launcher.Result result = monthly("2026-02", "--lang", "en");
    assertEquals(ExitCode.BAD_DELIVERY.code(), result.exitCode(), result.output());
    assertTrue(result.output().contains("Nothing published for Feb 2026:"
        + " file visitor_counts/2026-02/a.csv: not valid UTF-8"), result.output());
    assertTrue(result.output().contains("Earlier outputs are unchanged"), result.output());
    assertEquals(before, Folders.fingerprint(out, "runs"));
    assertEquals("failed", latestManifest("2026-02").get("status").asText());
  }

  @Test
  @Order(8)
  void tooManyRejectedRowsPublishNothingUnlessTheThresholdIsRaised() throws Exception {
    Folders.copy(Fixtures.resource("e2e/deliveries/too-many-rejects"), raw);
    Map<String, String> before = Folders.fingerprint(out, "runs");
    Launcher.Result result = monthly("2026-03", "--lang", "en");
    assertEquals(ExitCode.TOO_MANY_REJECTS.code(), result.exitCode(), result.output());
    assertTrue(result.output().contains("visitor_counts rejected 12 of 40 rows (30 %, more"
        + " than the 2 % allowed)"), result.output());
    assertTrue(result.output().contains(".rejects.csv"), result.output());
    assertEquals(before, Folders.fingerprint(out, "runs"));

    Launcher.Result raised = monthly("2026-03", "--reject-threshold", "0.5");
    assertEquals(0, raised.exitCode(), raised.output());
    assertEquals(List.of(List.of("28")), duck("select count(*) from "
        + DuckDb.parquet(out.resolve("curated/visitor_counts")) + " where period = '2026-03'"));
  }

  @Test
  @Order(9)
  void backfillRunsOldestFirstInOneSessionAndStopsAtTheFirstFailingMonth() throws Exception {
    Launcher.Result result = Launcher.run("backfill", "2026-01", "2026-03", "--raw",
        raw.toString(), "--out", out.toString());
    assertEquals(ExitCode.BAD_DELIVERY.code(), result.exitCode(), result.output());
    String output = result.output();
    assertTrue(output.indexOf("Đã công bố tháng 01/2026") < output.indexOf("Không công bố gì"
        + " cho tháng 02/2026"), output);
    assertTrue(output.contains("Dừng chạy bổ sung ở tháng 02/2026; các tháng sau chưa chạy."),
        output);
    assertFalse(output.contains("tháng 03/2026 (lần chạy"), output);
    assertEquals(1, output.split("Spark 3.5.9 sẵn sàng").length - 1, "one Spark session");
  }
}
