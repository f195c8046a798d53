package vn.mocchau.analytics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.progress.Progress.Row;

/** programme.md §3: every kind's formulas and status boundaries, with values worked by hand. */
class ValueProgressTest {
  static final YearMonth DEC_2027 = YearMonth.of(2027, 12);

  static Target target(String kind, String path, String vb, String vt, String high,
      String frequency, String direction) {
    return new Target("ind", "chỉ tiêu", "indicator", "fraction", "thao_nguyen_ward", "annual",
        2025, vb == null ? null : new BigDecimal(vb), 2030, new BigDecimal(vt),
        high == null ? null : new BigDecimal(high), kind, "test", "ward_economy", "(1)",
        frequency, "indicator_values", path, direction, 2026);
  }

  static Target target(String kind, String path, String vb, String vt) {
    return target(kind, path, vb, vt, null, "annual", "at_least");
  }

  static Observation obs(String period, String value, String status) {
    return new Observation("ind", period, "thao_nguyen_ward", new BigDecimal(value), status,
        "UBND phường", null, YearMonth.of(2020, 1), "f.csv", 2L);
  }

  /** Alternating period, value pairs, every one official. */
  static List<Observation> values(Object... periodValue) {
    List<Observation> list = new ArrayList<>();
    for (int i = 0; i < periodValue.length; i += 2) {
      list.add(obs(periodValue[i].toString(), periodValue[i + 1].toString(), "official"));
    }
    return list;
  }

  @Test
  void linearPathFromAZeroBaseline() {
    // v_b = 0 (2025), v_T = 0.5 (2030), x = 0.2 in 2027: r_req = 0.5/5 = 0.1 a year;
    // path now = 0 + 0.1·2 = 0.2; r_obs = 0.2/2 = 0.1; v^_T = 0 + 0.1·5 = 0.5; P = 0.5/0.5 = 1.
    Row row = ValueProgress.assess(target("at_least", "linear", "0", "0.5"),
        values(2026, "0.1", 2027, "0.2"), DEC_2027);
    assertEquals(0.1, row.requiredCagr(), 1e-12);
    assertEquals(0.1, row.observedCagr(), 1e-12);
    assertEquals(0.2, row.pathValueNow().doubleValue(), 1e-12);
    assertEquals(0.5, row.projectedTargetYearValue().doubleValue(), 1e-12);
    assertEquals(1.0, row.anticipatedProgress(), 1e-9);
    assertEquals("on_track", row.status());
    assertEquals("2027", row.assessedPeriod());
    assertEquals(2027.0, row.assessedTime());
    assertEquals("official", row.xStatus());
    assertEquals("registry", row.baselineSource());
  }

  /** T − b = 5, τ − b = 2: P = (x − v_b)·(5/2) / (v_T − v_b) with v_b = 0, v_T = 0.5 → P = 5x. */
  @ParameterizedTest
  @CsvSource({"0.19, 0.95, on_track", "0.1899, 0.9495, accelerate", "0.1, 0.5, accelerate",
      "0.0999, 0.4995, off_track", "0, 0, off_track", "0.5, 2.5, achieved"})
  void linearStatusBoundaries(String x, double p, String status) {
    Row row = ValueProgress.assess(target("at_least", "linear", "0", "0.5"), values(2027, x),
        DEC_2027);
    assertEquals(p, row.anticipatedProgress(), 1e-9);
    assertEquals(status, row.status());
  }

  @Test
  void linearRegressesBelowTheBaseline() {
    // v_b = 0.4, v_T = 0.5, x = 0.38 in 2027: r_obs = −0.01, v^_T = 0.35, P = −0.05/0.1 = −0.5.
    Row row = ValueProgress.assess(target("at_least", "linear", "0.4", "0.5"),
        values(2027, "0.38"), DEC_2027);
    assertEquals(-0.5, row.anticipatedProgress(), 1e-9);
    assertEquals("regressing", row.status());
  }

  @Test
  void compoundFromTheDataBaselineAsToday() {
    // v_b = 100 from the 2025 value, v_T = 200, x = 121 in 2027: r_obs = 0.1, v^_T = 161.051,
    // P = 0.61051 (as ProgressTest), path now = 100·2^(2/5) = 131.9508.
    Row row = ValueProgress.assess(target("at_least", "compound", null, "200"),
        values(2025, "100", 2027, "121"), DEC_2027);
    assertEquals("data", row.baselineSource());
    assertEquals(0, new BigDecimal("100").compareTo(row.baselineValue()));
    assertEquals(0.1, row.observedCagr(), 1e-12);
    assertEquals(100 * Math.pow(2, 0.4), row.pathValueNow().doubleValue(), 1e-9);
    assertEquals(161.051, row.projectedTargetYearValue().doubleValue(), 1e-9);
    assertEquals(0.61051, row.anticipatedProgress(), 1e-9);
    assertEquals("accelerate", row.status());
  }

  @Test
  void compoundWithAZeroBaselineIsNotAssessedButKeepsWhatIsKnown() {
    Row row = ValueProgress.assess(target("at_least", "compound", "0", "0.5"),
        List.of(obs("2027", "0.2", "estimate")), DEC_2027);
    assertEquals("not_assessed", row.status());
    assertEquals("compound_needs_positive", row.noteCode());
    assertEquals(0, BigDecimal.ZERO.compareTo(row.baselineValue()));
    assertEquals(0, new BigDecimal("0.2").compareTo(row.assessedValue()));
    assertEquals("2027", row.assessedPeriod());
    assertEquals("estimate", row.xStatus());
    assertNull(row.pathValueNow());
    assertNull(row.projectedTargetYearValue());
    assertNull(row.anticipatedProgress());
  }

  @Test
  void aValueEqualToTheTargetMeetsItWhateverTheKind() {
    assertEquals("achieved", ValueProgress.assess(target("at_least", "linear", "0.9", "0.95"),
        values(2026, "0.95"), DEC_2027).status());
    assertEquals("achieved", ValueProgress.assess(target("at_most", "linear", "0.05", "0.02"),
        values(2026, "0.02"), DEC_2027).status());
    // A fraction target of 1 (100 %) is met by 1, not by 0.999.
    assertEquals("achieved", ValueProgress.assess(target("at_least", "linear", "0.9", "1"),
        values(2027, "1"), DEC_2027).status());
    // 0.95 in 2027 from 0.9: r_obs = 0.025, v^_T = 0.9 + 0.125 = 1.025, P = 0.125/0.1 = 1.25.
    Row near = ValueProgress.assess(target("at_least", "linear", "0.9", "1"),
        values(2027, "0.95"), DEC_2027);
    assertEquals(1.25, near.anticipatedProgress(), 1e-9);
    assertEquals("on_track", near.status());
  }

  @Test
  void rangeAndMaintainNeedNoBaselineToBeAchieved() {
    Row inside = ValueProgress.assess(target("range", "linear", null, "0.3", "0.4", "annual",
        "at_least"), values(2026, "0.35"), DEC_2027);
    assertEquals("achieved", inside.status());
    assertNull(inside.baselineValue());
    Row outside = ValueProgress.assess(target("maintain", "linear", null, "0.3", "0.4",
        "annual", "at_least"), values(2026, "0.45"), DEC_2027);
    assertEquals("not_assessed", outside.status());
    assertEquals("baseline_missing", outside.noteCode());
    assertEquals("năm gốc 2025 chưa có số liệu", outside.noteVi());
    Row withBaseline = ValueProgress.assess(target("maintain", "linear", "0.35", "0.3", "0.4",
        "annual", "at_least"), values(2026, "0.45"), DEC_2027);
    assertEquals("off_track", withBaseline.status());
    // A band has no growth path: nothing that would read as a verdict beside the status.
    assertNull(withBaseline.anticipatedProgress());
    assertNull(withBaseline.pathValueNow());
    assertNull(withBaseline.projectedTargetYearValue());
  }

  @Test
  void anAnnualValueCountsFromItsDeliveryNotFromTheYearsEnd() {
    // A 2026 estimate known as of 2026-11 is x with τ = 2026 (the corn rule would wait for
    // 2027); v_b = 100, x = 110: r_obs = 0.1 (linear: 10 a year), v_T = 150 → P = 50/50 = 1.
    Row row = ValueProgress.assess(target("at_least", "linear", "100", "150"),
        List.of(obs("2025", "100", "official"), obs("2026", "110", "estimate")),
        YearMonth.of(2026, 11));
    assertEquals("2026", row.assessedPeriod());
    assertEquals(2026.0, row.assessedTime());
    assertEquals("estimate", row.xStatus());
    assertEquals(2026, row.latestYear());
    assertEquals("on_track", row.status());
    assertFalse(row.provisional());
  }

  @Test
  void aQuarterSitsAtTheEndOfItsLastMonth() {
    // As of 2026-05 the quarter 2026-Q2 has started: x = its value at τ = 2025 + 6/12.
    // Linear from v_b = 10 (2025-Q4) to v_T = 20: r_req = 2 a year; path now = 10 + 2·0.5 = 11;
    // x = 12: r_obs = 2/0.5 = 4; v^_T = 10 + 4·5 = 30; P = 20/10 = 2.
    Row row = ValueProgress.assess(target("at_least", "linear", null, "20", null, "quarterly",
        "at_least"), values("2025-Q4", "10", "2026-Q1", "11", "2026-Q2", "12", "2026-Q3", "13"),
        YearMonth.of(2026, 5));
    assertEquals("2026-Q2", row.assessedPeriod());
    assertEquals(2025.5, row.assessedTime(), 1e-12);
    assertEquals(0, new BigDecimal("10").compareTo(row.baselineValue()));
    assertEquals(11.0, row.pathValueNow().doubleValue(), 1e-9);
    assertEquals(2.0, row.anticipatedProgress(), 1e-9);
    assertEquals("on_track", row.status());
  }

  @Test
  void cumulativeAddsTheYearsOfTheTerm() {
    // 30 over 2026–2030; 2025 (before the term) is ignored; 4 + 5 = 9 by 2027;
    // path now = 30·2/5 = 12; v^_T = 9·5/2 = 22.5; P = 22.5/30 = 0.75.
    Row row = ValueProgress.assess(target("cumulative", "compound", null, "30"),
        List.of(obs("2025", "100", "official"), obs("2026", "4", "official"),
            obs("2027", "5", "estimate")), DEC_2027);
    assertEquals(0, new BigDecimal("9").compareTo(row.assessedValue()));
    assertEquals("2026..2027", row.assessedPeriod());
    assertEquals("estimate", row.xStatus(), "the weakest of the summed years");
    assertEquals(12.0, row.pathValueNow().doubleValue(), 1e-9);
    assertEquals(22.5, row.projectedTargetYearValue().doubleValue(), 1e-9);
    assertEquals(0.75, row.anticipatedProgress(), 1e-9);
    assertEquals("accelerate", row.status());
  }

  @Test
  void cumulativeBoundariesAndGaps() {
    // 5 years of term, 1 counted: P = 5x/30, so x = 5.7 gives 0.95 and x = 3 gives 0.5.
    YearMonth asOf = YearMonth.of(2026, 12);
    Target t = target("cumulative", "compound", null, "30");
    assertEquals("on_track", ValueProgress.assess(t, values(2026, "5.7"), asOf).status());
    assertEquals("accelerate", ValueProgress.assess(t, values(2026, "5.69"), asOf).status());
    assertEquals("accelerate", ValueProgress.assess(t, values(2026, "3"), asOf).status());
    assertEquals("off_track", ValueProgress.assess(t, values(2026, "2.99"), asOf).status());
    assertEquals("achieved", ValueProgress.assess(t, values(2026, "30"), asOf).status());

    Row gap = ValueProgress.assess(t, values(2026, "4", 2028, "6"), YearMonth.of(2028, 6));
    assertEquals("not_assessed", gap.status());
    assertEquals("missing_years", gap.noteCode());
    assertEquals("2027", gap.missingYears());
    assertEquals(0, new BigDecimal("10").compareTo(gap.assessedValue()));
    assertNull(gap.anticipatedProgress());
    assertEquals("thiếu số liệu năm 2027 trong nhiệm kỳ nên chưa cộng dồn được", gap.noteVi());

    Row before = ValueProgress.assess(t, values(2025, "7"), DEC_2027);
    assertEquals("not_assessed", before.status());
    assertEquals("no_value_in_term", before.noteCode());
    assertNull(before.assessedValue());
  }

  @Test
  void growthRateIsAnAverageMetOnlyAtTheEndOfTheTerm() {
    // y_2025 = 100, y_2027 = 116.64: r_obs = 1.1664^(1/2) − 1 = 0.08 ≥ 7 % but 2027 < T.
    // P = 0.08/0.07 = 1.142857; path now = 100·1.07² = 114.49; v^_T = 100·1.08⁵ = 146.93280768.
    Target t = target("growth_rate", "compound", null, "0.07", "0.08", "annual", "at_least");
    Row row = ValueProgress.assess(t, values(2025, "100", 2026, "105", 2027, "116.64"),
        DEC_2027);
    assertEquals(0.08, row.assessedValue().doubleValue(), 1e-12);
    assertEquals("2025..2027", row.assessedPeriod());
    assertEquals(0.08 / 0.07, row.anticipatedProgress(), 1e-9);
    assertEquals(114.49, row.pathValueNow().doubleValue(), 1e-9);
    assertEquals(146.93280768, row.projectedTargetYearValue().doubleValue(), 1e-6);
    assertEquals("on_track", row.status());
    assertEquals("judged_at_term_end", row.noteCode());
    assertEquals(0, new BigDecimal("100").compareTo(row.baselineValue()));

    // At T: y_2030 = 100·1.07⁵ = 140.2551731 gives r_obs = 0.07 → achieved; 140 gives
    // r_obs = 1.4^(1/5) − 1 = 0.06961 → P = 0.99445, on track but not achieved.
    YearMonth end = YearMonth.of(2030, 12);
    assertEquals("achieved", ValueProgress.assess(t, values(2025, "100", 2030,
        "140.2551731"), end).status());
    Row after = ValueProgress.assess(t, values(2025, "100", 2030, "140.2551731", 2031, "100"),
        YearMonth.of(2031, 12));
    assertEquals("2025..2030", after.assessedPeriod(), "years after T are not in the average");
    assertEquals("achieved", after.status());
    Row almost = ValueProgress.assess(t, values(2025, "100", 2030, "140"), end);
    assertEquals((Math.pow(1.4, 0.2) - 1) / 0.07, almost.anticipatedProgress(), 1e-9);
    assertEquals("on_track", almost.status());

    Row noBaseline = ValueProgress.assess(t, List.of(obs("2026", "105", "estimate")),
        DEC_2027);
    assertEquals("not_assessed", noBaseline.status());
    assertEquals("baseline_missing", noBaseline.noteCode());
    assertEquals("estimate", noBaseline.xStatus());
    assertEquals("not_assessed", ValueProgress.assess(t, values(2025, "100"), DEC_2027)
        .status(), "tau <= b");
  }

  @Test
  void eachYearMustMeetTheTarget() {
    Target t = target("each_year", "compound", null, "0.9");
    YearMonth asOf = YearMonth.of(2028, 12);
    Row accelerate = ValueProgress.assess(t, values(2025, "0.5", 2026, "0.92", 2027, "0.88",
        2028, "0.9"), asOf);
    assertEquals("accelerate", accelerate.status(), "2027 missed, the latest met");
    assertEquals("2027", accelerate.missedYears());
    assertNull(accelerate.missingYears());
    assertEquals(0, new BigDecimal("0.9").compareTo(accelerate.assessedValue()));
    assertEquals("2028", accelerate.assessedPeriod());

    Row off = ValueProgress.assess(t, values(2026, "0.92", 2027, "0.85"), asOf);
    assertEquals("off_track", off.status());
    assertEquals("2027", off.missedYears());

    Row gap = ValueProgress.assess(t, values(2026, "0.95", 2028, "0.95"), asOf);
    assertEquals("on_track", gap.status());
    assertEquals("2027", gap.missingYears());

    YearMonth end = YearMonth.of(2030, 12);
    assertEquals("achieved", ValueProgress.assess(t, values(2026, "1", 2027, "1", 2028, "1",
        2029, "1", 2030, "0.9"), end).status());
    Row blocked = ValueProgress.assess(t, values(2026, "1", 2028, "1", 2029, "1", 2030, "1"),
        end);
    assertEquals("on_track", blocked.status(), "a missing year blocks achieved");
    assertEquals("2027", blocked.missingYears());

    Target atMost = target("each_year", "compound", null, "0.02", null, "annual", "at_most");
    Row most = ValueProgress.assess(atMost, values(2026, "0.02", 2027, "0.03"), asOf);
    assertEquals("off_track", most.status());
    assertEquals("2027", most.missedYears());
  }

  @Test
  void noValueYetIsNotAssessedNeverZero() {
    Row row = ValueProgress.assess(target("at_least", "linear", "0.4", "0.5"), List.of(),
        DEC_2027);
    assertEquals("not_assessed", row.status());
    assertEquals("no_data", row.noteCode());
    assertEquals("no data delivered", row.note());
    assertEquals("chưa có số liệu", row.noteVi());
    assertNull(row.assessedValue());
    assertNull(row.xStatus());
    assertEquals(0, new BigDecimal("0.4").compareTo(row.baselineValue()));
    for (String kind : List.of("cumulative", "growth_rate", "each_year")) {
      assertEquals("no_data", ValueProgress.assess(target(kind, "compound", null, "1"),
          List.of(), DEC_2027).noteCode(), kind);
    }
  }

  /** A run of a month before the term (the sample's backfill starts in 2023; the term in 2026). */
  @Test
  void aMonthBeforeTheTermHasNoValueInTheTerm() {
    for (String kind : List.of("cumulative", "each_year")) {
      Row row = ValueProgress.assess(target(kind, "compound", null, "1"),
          values(2024, "1"), YearMonth.of(2024, 6));
      assertEquals("not_assessed", row.status(), kind);
      assertEquals("no_value_in_term", row.noteCode(), kind);
    }
  }

  @Test
  void otherIndicatorsAndScopesAreNotMixedIn() {
    Observation otherScope = new Observation("ind", "2026", "moc_chau_area", BigDecimal.ONE,
        "official", "s", null, YearMonth.of(2026, 12), "f", 1L);
    Observation otherIndicator = new Observation("other", "2026", "thao_nguyen_ward",
        BigDecimal.ONE, "official", "s", null, YearMonth.of(2026, 12), "f", 1L);
    assertEquals("no_data", ValueProgress.assess(target("at_least", "linear", "0", "1"),
        List.of(otherScope, otherIndicator), DEC_2027).noteCode());
  }
}
