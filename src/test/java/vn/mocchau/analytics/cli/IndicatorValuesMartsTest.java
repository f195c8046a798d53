package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;

/**
 * indicator_observations, reconciliation and the indicator-values rows of target_progress from
 * the real monthly routine (the golden backfill 2025-05..2026-01) with two deliveries of
 * indicator values (programme.md §1) ingested by the feed's contract, values worked by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorValuesMartsTest {
  Path raw;
  Path out;

  @BeforeAll
  void backfill(@TempDir Path work) throws Exception {
    raw = work.resolve("data-raw");
    out = work.resolve("data-out");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    Folders.copy(Fixtures.resource("golden/deliveries"), raw);
    // This test's own deliveries only (the golden fixture's indicator values are other tests').
    Folders.delete(raw.resolve("indicator_values"));
    Path decRaw = raw.resolve("indicator_values/2025-12/chi-tieu.csv");
    java.nio.file.Files.createDirectories(decRaw.getParent());
    java.nio.file.Files.writeString(decRaw, String.join("\n",
        "indicator_id,period,scope,value,status,source,note",
        "ward_income_per_person,2025,thao_nguyen_ward,60,estimate,Chi cục Thống kê,ước thực hiện",
        "ward_health_insurance,2025,thao_nguyen_ward,0.9,official,Chi cục Thống kê,",
        "visitors,2025,tourism_area,700,official,Chi cục Thống kê,",
        "tourism_revenue,2025,tourism_area,3.5,preliminary,Chi cục Thống kê,") + "\n");
    Path janRaw = raw.resolve("indicator_values/2026-01/chi-tieu.csv");
    java.nio.file.Files.createDirectories(janRaw.getParent());
    java.nio.file.Files.writeString(janRaw, String.join("\n",
        "indicator_id,period,scope,value,status,source,note",
        "ward_income_per_person,2025,thao_nguyen_ward,62,official,Chi cục Thống kê,",
        "ward_health_insurance,2026,thao_nguyen_ward,0.93,estimate,Chi cục Thống kê,") + "\n");
    Launcher.Result run = Launcher.run("backfill", "2025-05", "2026-01", "--raw",
        raw.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.output());
  }

  private List<List<String>> duck(String sql) {
    return DuckDb.query(sql.replace("{marts}", out.resolve("marts").toString()));
  }

  private static List<String> row(Object... values) {
    return java.util.Arrays.stream(values).map(v -> v == null ? null : v.toString()).toList();
  }

  @Test
  void everyVintageIsKeptWithTheDeliveryThatReplacedIt() {
    assertEquals(List.of(
            row("ward_income_per_person", "2025", "60.000000", "estimate", "2025-12", "2026-01",
                "indicator_values/2025-12/chi-tieu.csv", 2),
            row("ward_income_per_person", "2025", "62.000000", "official", "2026-01", null,
                "indicator_values/2026-01/chi-tieu.csv", 2)),
        duck("select indicator_id, period, value, status, delivered, superseded_by,"
            + " source_file, source_line from '{marts}/indicator_observations/*.parquet'"
            + " where indicator_id = 'ward_income_per_person' order by delivered"));
    assertEquals(List.of(row(6)), duck("select count(*) from"
        + " '{marts}/indicator_observations/*.parquet'"));
  }

  @Test
  void aRunUsesTheValuesKnownInItsMonth() {
    // As of 2025-12 the 2025 estimate 60 is x, and the baseline (b = 2025) from data: tau = b.
    assertEquals(List.of(
            row("2025-12", "60.000000", "data", "60.000000", "2025", "estimate", "not_assessed",
                "not_after_baseline"),
            row("2026-01", "62.000000", "data", "62.000000", "2025", "official", "not_assessed",
                "not_after_baseline")),
        duck("select as_of, baseline_value, baseline_source, assessed_value, assessed_period,"
            + " x_status, status, note_code from '{marts}/target_progress/*.parquet'"
            + " where indicator_id = 'ward_income_per_person' and as_of >= '2025-12'"
            + " order by as_of"));
    assertEquals(List.of(row("not_assessed", "no_data", "chưa có số liệu", null)),
        duck("select status, note_code, note_vi, assessed_value from"
            + " '{marts}/target_progress/*.parquet' where indicator_id = 'ward_income_per_person'"
            + " and as_of = '2025-11'"));
  }

  @Test
  void aRunningYearsEstimateIsAssessedFromItsDelivery() {
    // v_b = 0.9 (2025), v_T = 0.95 (2030), x = 0.93 (2026 estimate, tau = 2026), compound:
    // r_obs = 0.93/0.9 − 1 = 0.0333…; v^_T = 0.9·(31/30)^5 = 1.060374; P = 0.160374/0.05.
    double projected = 0.9 * Math.pow(31.0 / 30, 5);
    double p = (projected - 0.9) / 0.05;
    assertEquals(List.of(row("0.930000", "2026", "estimate", "on_track",
            String.format("%.6f", projected), String.format("%.6f", p))),
        duck("select assessed_value, assessed_period, x_status, status,"
            + " projected_target_year_value, round(anticipated_progress, 6)"
            + " from '{marts}/target_progress/*.parquet' where as_of = '2026-01'"
            + " and indicator_id = 'ward_health_insurance'"));
    assertEquals(List.of(row(13)), duck("select count(*) from"
        + " '{marts}/target_progress/*.parquet' where as_of = '2026-01'"), "every registry row");
  }

  @Test
  void officialFiguresAreReconciledWithTheFeedsAndIncompleteYearsFlagged() {
    // 2025 in the feeds (May–December only, so incomplete): 680 visits (170 + 210 + 300) and
    // 3,001,500,001 VND = 3.001500001 billion. Visitors: 700 − 680 = 20, 20/680 = 0.029412;
    // revenue: 3.5 − 3.001500001 = 0.498499999, / 3.001500001 = 0.1660836.
    List<List<String>> expected = new ArrayList<>();
    for (String asOf : List.of("2025-12", "2026-01")) {
      expected.add(row(asOf, 2025, "tourism_revenue", "3.001500", "3.500000", "preliminary",
          "2025-12", "0.498500", "0.166084", true, false));
      expected.add(row(asOf, 2025, "visitors", "680.000000", "700.000000", "official",
          "2025-12", "20.000000", "0.029412", true, false));
    }
    assertEquals(expected, duck("select as_of, year, indicator_id, pipeline_value,"
        + " official_value, official_status, official_delivered, difference,"
        + " round(relative_difference, 6), flag, pipeline_complete"
        + " from '{marts}/reconciliation/*.parquet' order by as_of, indicator_id"));
  }

  /**
   * programme.md §1: re-running 2025-12 (the month before the official 2025 income arrived) with
   * the 2026-01 delivery curated gives the same rows as before: the estimate, as known then.
   */
  @Test
  void reRunningTheMonthBeforeTheOfficialFigureGivesTheSameRows() throws Exception {
    String progress = "select * from '{marts}/target_progress/*.parquet' where as_of = '2025-12'"
        + " order by indicator_id";
    String reconciliation = "select * from '{marts}/reconciliation/*.parquet' order by as_of,"
        + " indicator_id";
    String observations = "select * from '{marts}/indicator_observations/*.parquet'"
        + " order by indicator_id, period, delivered";
    List<List<String>> progressBefore = duck(progress);
    List<List<String>> reconciliationBefore = duck(reconciliation);
    List<List<String>> observationsBefore = duck(observations);
    Launcher.Result again = Launcher.run("monthly", "2025-12", "--raw", raw.toString(), "--out",
        out.toString());
    assertEquals(0, again.exitCode(), again.output());
    assertEquals(progressBefore, duck(progress));
    assertEquals(reconciliationBefore, duck(reconciliation));
    assertEquals(observationsBefore, duck(observations));
    assertEquals(List.of(row("60.000000", "estimate")), duck("select assessed_value, x_status"
        + " from '{marts}/target_progress/*.parquet' where as_of = '2025-12'"
        + " and indicator_id = 'ward_income_per_person'"));
  }
}
