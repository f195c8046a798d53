package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.io.Json;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;

/**
 * Every table a monthly run publishes (curated/, quarantine/, marts/) read back by tools other than
 * Spark, the way the README tells analysts to: DuckDB's glob over the table folder with hive
 * partitioning and, where pyarrow is installed, {@code pandas.read_parquet(folder)}. Each must
 * count the rows the run manifest says were published. Both readers take every file in the folder
 * they are given, so a table folder holds Parquet only, and no output anywhere has Hadoop's
 * {@code .crc} sidecars. The deliveries carry a stale {@code .crc} beside a good CSV, as one copied
 * from an older output or another Hadoop tool would: the run reads the CSV regardless.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedTablesReadBackTest {
  private static final String MONTH = "2026-01";
  private static final List<String> TABLE_LAYERS = List.of("curated", "quarantine", "marts");

  private Path out;
  private JsonNode manifest;

  @BeforeAll
  void publishAMonth(@TempDir Path work) throws Exception {
    Path raw = work.resolve("data-raw");
    out = work.resolve("data-out");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    for (String feed : List.of("visitor_counts", "stays", "revenue")) {
      Folders.copy(Fixtures.resource("e2e/deliveries/" + feed), raw.resolve(feed));
    }
    // A checksum that matches nothing: Hadoop's stock local file system would refuse the CSV
    // with "Checksum error".
    Files.writeString(raw.resolve("visitor_counts/" + MONTH + "/.a-moc-chau.csv.crc"),
        "crc\0not the checksum of a-moc-chau.csv");
    Launcher.Result result = Launcher.run("monthly", MONTH, "--raw", raw.toString(), "--out",
        out.toString());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("lượt khách: 2 tệp, 9 dòng đọc, 4 chấp nhận"),
        "the CSV with a stale .crc beside it was read: " + result.output());
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      manifest = Json.mapper().readTree(runs.filter(p -> p.toString().endsWith(".json"))
          .findFirst().orElseThrow().toFile());
    }
  }

  @Test
  void noOutputHasAChecksumSidecar() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      List<String> sidecars = files.filter(p -> p.getFileName().toString().endsWith(".crc"))
          .map(p -> out.relativize(p).toString()).sorted().toList();
      assertEquals(List.of(), sidecars, ".crc files in the published outputs");
    }
  }

  @Test
  void tableFoldersHoldParquetFilesOnly() throws IOException {
    List<String> strays = new ArrayList<>();
    for (Path table : tableFolders()) {
      try (Stream<Path> files = Files.walk(table)) {
        files.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().endsWith(".parquet"))
            .forEach(p -> strays.add(out.relativize(p).toString()));
      }
    }
    assertEquals(List.of(), strays, "files that are not Parquet inside table folders");
    assertTrue(Files.isRegularFile(out.resolve("exports/rejects/visitor_counts_" + MONTH
        + ".csv")), "the rejected rows for Excel are among the exports");
  }

  @Test
  void duckDbGlobsCountWhatTheManifestSaysWasPublished() throws IOException {
    Map<String, Long> expected = publishedRows();
    Map<String, Long> counted = new TreeMap<>();
    for (String table : expected.keySet()) {
      Path folder = out.resolve(table);
      counted.put(table, holdsParquet(folder) ? Long.parseLong(DuckDb.query(
          "SELECT count(*) FROM read_parquet('" + folder + "/**/*.parquet',"
              + " hive_partitioning = true)").get(0).get(0)) : 0L);
    }
    assertEquals(expected, counted);
    // The partition folder is read as the period, as the README's glob promises.
    assertEquals(List.of(List.of(MONTH)), DuckDb.query("SELECT DISTINCT period FROM read_parquet('"
        + out.resolve("quarantine/visitor_counts") + "/*/*.parquet', hive_partitioning = true)"));
  }

  @Test
  void pandasReadsEveryTableFolderWherePyarrowIsInstalled() throws Exception {
    // Debian bookworm packages pandas but not pyarrow (nor fastparquet), so CI cannot install it:
    // the DuckDB test above is the one that always runs.
    assumeTrue(python("import pandas, pyarrow").exitCode == 0,
        "pandas.read_parquet needs pyarrow, which is not installed");
    Map<String, Long> expected = publishedRows();
    StringBuilder script = new StringBuilder("import pandas, sys\n");
    for (String table : expected.keySet()) {
      if (holdsParquet(out.resolve(table))) {
        script.append("print('").append(table).append("', len(pandas.read_parquet('")
            .append(out.resolve(table)).append("')))\n");
      } else {
        script.append("print('").append(table).append("', 0)\n");
      }
    }
    Python result = python(script.toString());
    assertEquals(0, result.exitCode, result.output);
    Map<String, Long> counted = new TreeMap<>();
    for (String line : result.output.strip().split("\n")) {
      String[] parts = line.split(" ");
      counted.put(parts[0], Long.parseLong(parts[1]));
    }
    assertEquals(expected, counted);
  }

  /**
   * The rows of every table folder as the manifest records them: the sum of its partitions'
   * output_rows for curated/ and quarantine/, the mart's count in marts for marts/. Every table
   * folder on disk must be among them, so that none escapes the count.
   */
  private Map<String, Long> publishedRows() throws IOException {
    Map<String, Long> rows = new TreeMap<>();
    manifest.get("output_rows").fields().forEachRemaining(e -> {
      String[] path = e.getKey().split("/");
      if (path[0].equals("curated") || path[0].equals("quarantine")) {
        rows.merge(path[0] + "/" + path[1], e.getValue().asLong(), Long::sum);
      }
    });
    manifest.get("marts").fields().forEachRemaining(e -> rows.put("marts/" + e.getKey(),
        e.getValue().asLong()));
    List<String> onDisk = new ArrayList<>();
    for (Path table : tableFolders()) {
      onDisk.add(out.relativize(table).toString());
    }
    assertTrue(rows.keySet().containsAll(onDisk), "table folders on disk " + onDisk
        + " not all in the manifest " + rows.keySet());
    // A mart without rows (corn_annual in a month without corn) has no folder: it reads as none.
    rows.forEach((table, count) -> {
      if (!onDisk.contains(table)) {
        assertEquals(0L, count, table + " has rows in the manifest but no folder");
      }
    });
    assertFalse(rows.isEmpty());
    assertEquals(4L, rows.get("curated/visitor_counts"), "the fixture's accepted visitor counts");
    return rows;
  }

  private List<Path> tableFolders() throws IOException {
    List<Path> tables = new ArrayList<>();
    for (String layer : TABLE_LAYERS) {
      try (Stream<Path> folders = Files.list(out.resolve(layer))) {
        folders.filter(Files::isDirectory).sorted().forEach(tables::add);
      }
    }
    return tables;
  }

  private static boolean holdsParquet(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(p -> p.toString().endsWith(".parquet"));
    }
  }

  private record Python(int exitCode, String output) {}

  private static Python python(String script) throws IOException, InterruptedException {
    Path python = Path.of("/usr/bin/python3");
    if (!Files.isExecutable(python)) {
      return new Python(127, "no /usr/bin/python3");
    }
    Process process = new ProcessBuilder(python.toString(), "-c", script)
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "python did not finish");
    return new Python(process.exitValue(), output);
  }
}
