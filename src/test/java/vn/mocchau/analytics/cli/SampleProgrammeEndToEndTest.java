package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;

/**
 * Issue #15's end-to-end check on the committed sample: the registry and the sample's indicator
 * values (data-raw/indicator_values, 2026-01..2026-10 deliveries), run through the officer's
 * backfill, publish a scorecard with every registry row, and the report's count line says what
 * the mart holds. The tourism and corn feeds are left out to keep the run short: the five feed
 * indicators then have no data, which is itself a case the scorecard must show as such.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleProgrammeEndToEndTest {
  private static final Path SAMPLE = Path.of("data-raw");
  Path out;

  @BeforeAll
  void backfill(@TempDir Path work) throws Exception {
    Path raw = work.resolve("data-raw");
    out = work.resolve("data-out");
    Folders.copy(SAMPLE.resolve("reference"), raw.resolve("reference"));
    Folders.copy(SAMPLE.resolve("indicator_values"), raw.resolve("indicator_values"));
    Launcher.Result run = Launcher.run("backfill", "2026-01", "2026-10", "--raw",
        raw.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.output());
  }

  private List<List<String>> duck(String sql) {
    return DuckDb.query(sql.replace("{marts}", out.resolve("marts").toString()));
  }

  /** The registry's ids, read from the file itself (its first column). */
  private static TreeSet<String> registryIds() throws Exception {
    TreeSet<String> ids = new TreeSet<>();
    List<String> lines = Files.readAllLines(SAMPLE.resolve("reference/targets.csv"));
    for (String line : lines.subList(1, lines.size())) {
      ids.add(line.substring(0, line.indexOf(',')));
    }
    return ids;
  }

  @Test
  void everyRegistryRowHasItsPlaceOnTheScorecard() throws Exception {
    TreeSet<String> ids = registryIds();
    assertEquals(50, ids.size(), "every target of congress-targets.md");
    TreeSet<String> published = new TreeSet<>();
    for (List<String> row : duck("select indicator_id from '{marts}/target_progress/*.parquet'"
        + " where as_of = '2026-10'")) {
      assertTrue(published.add(row.get(0)), "once: " + row.get(0));
    }
    assertEquals(ids, published);
    // Every row knows its group and code, so the report can order it as the congress did.
    assertEquals(List.of(List.of("0")), duck("select count(*) from"
        + " '{marts}/target_progress/*.parquet' where as_of = '2026-10'"
        + " and (\"group\" is null or code is null)"));
  }

  @Test
  void aTargetWithoutDataIsNeverAZero() {
    // Those without any delivered value say so; every indicator with an observation by
    // 2026-10 has a value on the scorecard.
    assertEquals(List.of(), duck("select indicator_id from '{marts}/target_progress/*.parquet'"
        + " where as_of = '2026-10' and note_code = 'no_data' and (assessed_value is not null"
        + " or anticipated_progress is not null or status <> 'not_assessed')"));
    assertEquals(List.of(), duck("select distinct o.indicator_id from"
        + " '{marts}/indicator_observations/*.parquet' o join '{marts}/target_progress/*.parquet'"
        + " p on p.indicator_id = o.indicator_id and p.as_of = '2026-10'"
        + " where o.delivered <= '2026-10' and p.assessed_value is null"
        + " and p.source_feed = 'indicator_values'"));
  }

  @Test
  void laterDeliveriesSupersedeEarlierOnesAndTheEarlierAreKept() {
    // The sample sends estimates for 2025 in 2026-01 and the official 2025 figures in 2026-06.
    List<List<String>> superseded = duck("select count(*) from"
        + " '{marts}/indicator_observations/*.parquet' where delivered = '2026-01'"
        + " and superseded_by = '2026-06'");
    assertTrue(Integer.parseInt(superseded.get(0).get(0)) > 0, superseded.toString());
    // A key's latest vintage is never superseded; each earlier one points at a later delivery.
    assertEquals(List.of(), duck("select indicator_id, period, scope, delivered from"
        + " '{marts}/indicator_observations/*.parquet' where superseded_by <= delivered"));
  }

  @Test
  void theReportsCountLineIsTheMartCounted() throws Exception {
    Map<String, Integer> counts = new TreeMap<>();
    // "No data yet": an indicator value never delivered; a feed indicator without a complete
    // window is "not assessed" (its row says why).
    for (List<String> row : duck("select case when status = 'not_assessed' and assessed_value"
        + " is null and source_feed = 'indicator_values' then 'no_data' else status end,"
        + " count(*) from"
        + " '{marts}/target_progress/*.parquet' where as_of = '2026-10' group by 1")) {
      counts.put(row.get(0), Integer.parseInt(row.get(1)));
    }
    String html = Files.readString(out.resolve("reports/2026-10/report.html"));
    assertTrue(html.contains("50 chỉ tiêu: "), "the count line");
    Map<String, String> words = Map.of("achieved", "đã đạt", "on_track", "đúng lộ trình",
        "accelerate", "cần đẩy nhanh", "off_track", "chậm so với lộ trình", "regressing",
        "đang đi lùi", "not_assessed", "chưa đánh giá", "no_data", "chưa có số liệu");
    counts.forEach((status, n) -> assertTrue(html.contains(n + " " + words.get(status)),
        status + " = " + n + " in the count line"));
    assertFalse(counts.isEmpty());
  }
}
