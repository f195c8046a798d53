package vn.mocchau.analytics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.marts.TargetProgressRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.testing.Seasonality;

/** targets.md formulas and status rules, with values worked out by hand. */
class ProgressTest {

  static Target target(String kind, String basis, int b, String vb, int bigT, String vt,
      String high) {
    return new Target("x", "x", "x", "unit", "scope", basis, b,
        vb == null ? null : new BigDecimal(vb), bigT, new BigDecimal(vt),
        high == null ? null : new BigDecimal(high), kind, "test");
  }

  static AnnualSeries years(Object... yearValue) {
    AnnualSeries series = new AnnualSeries();
    for (int i = 0; i < yearValue.length; i += 2) {
      series.put((Integer) yearValue[i], new BigDecimal(yearValue[i + 1].toString()));
    }
    return series;
  }

  @Test
  void growthPathProjectionAndProgressRatio() {
    // v_b = 100 (2025), v_T = 200 (2030), x = 110 in 2026.
    Progress.Row row = Progress.assess(target("at_least", "annual", 2025, "100", 2030, "200",
        null), years(2025, 100, 2026, 110), YearMonth.of(2027, 3));
    assertEquals(Math.pow(2, 0.2) - 1, row.requiredCagr(), 1e-12);       // 0.148698
    assertEquals(0.10, row.observedCagr(), 1e-12);
    assertEquals(100 * Math.pow(2, 0.2), row.pathValueNow().doubleValue(), 1e-9); // 114.8698
    assertEquals(161.051, row.projectedTargetYearValue().doubleValue(), 1e-9);     // 100·1.1^5
    assertEquals(0.61051, row.anticipatedProgress(), 1e-9);
    assertEquals("accelerate", row.status());
    assertEquals(2026.0, row.assessedTime());
    assertEquals(2026, row.latestYear());
    assertFalse(row.provisional(), "tau - b = 1 is not provisional");
  }

  /** T − b = 1 and tau = T make P = (x − v_b)/(v_T − v_b), so boundaries are exact. */
  @ParameterizedTest
  @CsvSource({"195, 0.95, on_track", "194.99, 0.9499, accelerate", "150, 0.5, accelerate",
      "149.99, 0.4999, off_track", "100, 0, off_track", "99, -0.01, regressing",
      "200, 1, achieved", "250, 1.5, achieved"})
  void statusBoundaries(String x, double p, String status) {
    Progress.Row row = Progress.assess(target("at_least", "annual", 2025, "100", 2026, "200",
        null), years(2026, x), YearMonth.of(2026, 12));
    assertEquals(p, row.anticipatedProgress(), 1e-9);
    assertEquals(status, row.status());
  }

  @Test
  void notAssessedUntilAValueAfterTheBaselineYearExists() {
    Progress.Row row = Progress.assess(target("at_least", "annual", 2025, "100", 2030, "200",
        null), years(2024, 90, 2025, 100), YearMonth.of(2026, 6));
    assertEquals("not_assessed", row.status());
    assertEquals(2025.0, row.assessedTime());
    assertTrue(row.provisional());
    assertNull(row.observedCagr());
    assertEquals("the latest value is not after the baseline year", row.note());
  }

  @Test
  void theRunningYearIsOnlyYearToDateForAnnualIndicators() {
    Progress.Row row = Progress.assess(target("at_least", "annual", 2025, "100", 2030, "200",
        null), years(2025, 100, 2026, 150), YearMonth.of(2026, 11));
    assertEquals("not_assessed", row.status(), "2026 has not ended in November");
    assertEquals(new BigDecimal("150"), row.ytdValue());
    Progress.Row december = Progress.assess(target("at_least", "annual", 2025, "100", 2030,
        "200", null), years(2025, 100, 2026, 150), YearMonth.of(2026, 12));
    assertEquals("2026", december.assessedPeriod(), "December closes the year");
  }

  static MonthlySeries months(YearMonth from, YearMonth to, long each) {
    MonthlySeries series = MonthlySeries.additive();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      series.put(m, BigDecimal.valueOf(each), null);
    }
    return series;
  }

  @Test
  void anIncompleteWindowFallsBackToTheLatestCompleteOne() {
    MonthlySeries series = months(YearMonth.of(2025, 1), YearMonth.of(2026, 8), 10);
    series.put(YearMonth.of(2026, 10), BigDecimal.TEN, null); // 2026-09 missing
    Progress.Row row = Progress.assess(target("at_least", "rolling_12m", 2025, null, 2030, "500",
        null), series, YearMonth.of(2026, 10));
    assertNull(row.rolling12mValue());
    assertEquals("2025-09..2026-08", row.assessedPeriod());
    assertEquals(2025 + 8 / 12.0, row.assessedTime(), 1e-12);
    assertEquals(new BigDecimal("120"), row.assessedValue());
    assertEquals(new BigDecimal("120"), row.baselineValue(), "2025 from data: Jan–Dec complete");
    assertEquals("data", row.baselineSource());
    assertEquals(new BigDecimal("90"), row.ytdValue(), "Jan–Aug and Oct 2026");
    assertTrue(row.provisional());
  }

  @Test
  void ratiosAreSummedNumeratorsOverSummedDenominators() {
    MonthlySeries share = MonthlySeries.ratio();
    for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2025, 12));
        m = m.plusMonths(1)) {
      boolean big = m.getMonthValue() == 1;
      share.put(m, BigDecimal.valueOf(big ? 90 : 1), BigDecimal.valueOf(big ? 100 : 10));
    }
    // (90 + 11·1) / (100 + 11·10) = 101/210, not the mean of monthly ratios (0.9 + 11·0.1)/12.
    assertEquals(101.0 / 210, share.calendarYear(2025).doubleValue(), 1e-12);
  }

  @Test
  void atMostTargetsMoveDown() {
    Target poverty = target("at_most", "annual", 2025, "0.01", 2030, "0.0018", null);
    Progress.Row falling = Progress.assess(poverty, years(2026, "0.008"), YearMonth.of(2026, 12));
    // r_obs = -0.2; v̂ = 0.01·0.8^5 = 0.0032768; P = (0.0032768-0.01)/(0.0018-0.01) = 0.81990
    assertEquals(0.8199024390, falling.anticipatedProgress(), 1e-9);
    assertEquals("accelerate", falling.status());
    assertEquals("achieved", Progress.assess(poverty, years(2026, "0.0015"),
        YearMonth.of(2026, 12)).status());
    assertEquals("regressing", Progress.assess(poverty, years(2026, "0.012"),
        YearMonth.of(2026, 12)).status());
  }

  @Test
  void rangeTargetsAreAchievedInsideTheBandAndOtherwiseAimAtTheNearerBound() {
    Target tea = target("range", "annual", 2025, "600", 2030, "800", "1000");
    assertEquals("achieved", Progress.assess(tea, years(2026, 900), YearMonth.of(2026, 12))
        .status());
    Progress.Row below = Progress.assess(tea, years(2026, 660), YearMonth.of(2026, 12));
    assertEquals(Math.pow(800 / 600.0, 0.2) - 1, below.requiredCagr(), 1e-12);
    Progress.Row above = Progress.assess(target("range", "annual", 2025, "1200", 2030, "800",
        "1000"), years(2026, 1100), YearMonth.of(2026, 12));
    assertEquals(Math.pow(1000 / 1200.0, 0.2) - 1, above.requiredCagr(), 1e-12,
        "above the band the upper bound plays v_T");
  }

  @Test
  void maintainTargetsHaveNoGrowthPath() {
    Target herd = target("maintain", "annual", 2025, "12500", 2030, "12000", "13000");
    assertEquals("achieved", Progress.assess(herd, years(2026, 12600), YearMonth.of(2026, 12))
        .status());
    assertEquals("off_track", Progress.assess(herd, years(2026, 11000), YearMonth.of(2026, 12))
        .status());
  }

  @Test
  void anIndicatorWithoutDataIsNotAssessed() {
    Progress.Row row = Progress.assess(target("at_least", "annual", 2025, null, 2030, "76",
        null), null, YearMonth.of(2026, 10));
    assertEquals("not_assessed", row.status());
    assertNull(row.assessedValue());
    assertEquals("no complete year of data yet", row.note());
  }

  // --- Tết and seasonality -------------------------------------------------------------------

  static double share(YearMonth month) {
    return Seasonality.share(month);
  }

  /** Monthly visits whose calendar years are exactly {@code annual} (2023 first). */
  static MonthlySeries seasonal(YearMonth to, double... annual) {
    MonthlySeries series = MonthlySeries.additive();
    for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(to); m = m.plusMonths(1)) {
      double year = annual[m.getYear() - 2023];
      series.put(m, BigDecimal.valueOf(Math.round(year * share(m))), null);
    }
    return series;
  }

  static final Target VISITORS = new Target("visitors", "Tổng lượt khách du lịch", "Visitors",
      "visits/year", "tourism_area", "rolling_12m", 2025, null, 2030, new BigDecimal("6250000"),
      null, "at_least", "test");

  /**
   * The sample's story: 3.8 M visits in 2025, then 9 % a year, so the honest 2030 value is
   * 3.8·1.09^5 = 5.85 M and P = 0.835 (accelerate) in every month from February 2026. The
   * spec's calendar time read 02/2026 as on track (two strong months as two months of growth) and
   * 01/2026 as regressing (its window holds no Tết).
   */
  @Test
  void theStatusDoesNotSwingWithTetOrTheSeasonAcross2025And2026() {
    MonthlySeries series = seasonal(YearMonth.of(2026, 12), 2_200_000, 2_900_000, 3_800_000,
        3_800_000 * 1.09);
    double honest = (3_800_000 * Math.pow(1.09, 5) - 3_800_000) / (6_250_000 - 3_800_000);
    for (YearMonth asOf = YearMonth.of(2025, 1); !asOf.isAfter(YearMonth.of(2026, 12));
        asOf = asOf.plusMonths(1)) {
      Progress.Row row = Progress.assess(VISITORS, series, asOf);
      if (asOf.isBefore(YearMonth.of(2026, 2))) {
        assertEquals("not_assessed", row.status(), asOf.toString());
        continue;
      }
      assertEquals("accelerate", row.status(), asOf + ": P = " + row.anticipatedProgress());
      // (1 + g·s)^(1/s) overstates 1 + g a little when s is small: 0.87 in February.
      assertEquals(honest, row.anticipatedProgress(), 0.04, asOf.toString());
      assertEquals(0.09, row.observedCagr(), 0.004, asOf.toString());
    }
  }

  @Test
  void aJanuaryWindowWithoutTetIsNotComparedAndTheNoteSaysSoInBothLanguages() {
    MonthlySeries series = seasonal(YearMonth.of(2026, 1), 2_200_000, 2_900_000, 3_800_000,
        3_800_000 * 1.09);
    Progress.Row row = Progress.assess(VISITORS, series, YearMonth.of(2026, 1));
    assertEquals("not_assessed", row.status());
    assertEquals("2025-01..2025-12", row.assessedPeriod(), "the latest window holding one Tết");
    assertEquals("tet_window", row.noteCode());
    assertEquals("the 12 months to 2026-01 hold no Tết, so they are not compared with a calendar"
        + " year; assessed on the latest 12 months holding one: 2025-01..2025-12, not after the"
        + " baseline year yet", row.note());
    assertEquals("12 tháng đến 01/2026 không có kỳ Tết nào nên không so được với một năm; đánh"
        + " giá theo 12 tháng gần nhất có đúng một kỳ Tết: 01/2025–12/2025 (chính là năm gốc, nên"
        + " chưa tính được P)",
        row.noteVi());
    assertEquals(row.noteVi(), row.note(vn.mocchau.analytics.text.Language.VI));
  }

  @Test
  void aJanuaryWindowWithTwoTetsFallsBackToDecemberAndIsStillAssessed() {
    // 02/2027–01/2028 holds Tết 2027 (6 Feb) and Tết 2028 (26 Jan).
    MonthlySeries series = seasonal(YearMonth.of(2028, 1), 2_200_000, 2_900_000, 3_800_000,
        4_142_000, 4_515_000, 4_921_000);
    Progress.Row row = Progress.assess(VISITORS, series, YearMonth.of(2028, 1));
    assertEquals("2027-01..2027-12", row.assessedPeriod());
    assertEquals(2.0, row.growthYears(), 1e-12);
    assertEquals("accelerate", row.status());
    assertEquals("tet_window", row.noteCode());
    assertTrue(row.note().startsWith("the 12 months to 2028-01 hold two Tết"), row.note());
    assertTrue(row.noteVi().startsWith("12 tháng đến 01/2028 có hai kỳ Tết"), row.noteVi());
  }

  @Test
  void growthYearsWeighAWindowsMonthsByTheirShareOfTheBaselineYear() {
    MonthlySeries series = seasonal(YearMonth.of(2026, 3), 2_200_000, 2_900_000, 3_800_000,
        4_142_000);
    // Tết 2025 was in January: Jan 13 + Feb 12 + Mar 8 = 33 % of 2025.
    assertEquals(0.33, Progress.growthYears(series, 2025, YearMonth.of(2026, 3)), 1e-6);
    assertEquals(1.33, Progress.growthYears(series, 2025, YearMonth.of(2027, 3)), 1e-6);
    assertEquals(1.0, Progress.growthYears(series, 2025, YearMonth.of(2026, 12)), 1e-12);
    Progress.Row row = Progress.assess(VISITORS, series, YearMonth.of(2026, 3));
    assertEquals(0.33, row.growthYears(), 1e-6);
    assertEquals(2025 + 3 / 12.0, row.assessedTime(), 1e-12, "tau stays targets.md's time axis");
    double x = row.assessedValue().doubleValue();
    assertEquals(Math.pow(x / 3_800_000, 1 / row.growthYears()) - 1, row.observedCagr(), 1e-12);
    // Annual indicators and an incomplete baseline year keep tau - b.
    assertEquals(0.25, Progress.growthYears(months(YearMonth.of(2025, 6), YearMonth.of(2026, 3),
        10), 2025, YearMonth.of(2026, 3)), 1e-12);
  }

  @Test
  void notesHaveStableCodesAndBothLanguages() {
    Progress.Row none = Progress.assess(target("at_least", "annual", 2025, null, 2030, "76",
        null), null, YearMonth.of(2026, 10));
    assertEquals("no_complete_year", none.noteCode());
    assertEquals("chưa có năm nào đủ số liệu", none.noteVi());
    Progress.Row early = Progress.assess(target("at_least", "annual", 2025, "100", 2030, "200",
        null), years(2024, 90, 2025, 100), YearMonth.of(2026, 6));
    assertEquals("not_after_baseline", early.noteCode());
    assertEquals("số liệu mới nhất chưa sang năm sau năm gốc 2025", early.noteVi());
    Progress.Row window = Progress.assess(VISITORS, months(YearMonth.of(2026, 1),
        YearMonth.of(2026, 6), 10), YearMonth.of(2026, 6));
    assertEquals("no_complete_window", window.noteCode());
    assertEquals("chưa có 12 tháng liên tiếp đủ số liệu", window.noteVi());
    Object[] values = TargetProgressRow.TABLE.values(TargetProgressRow.of(early));
    java.util.List<String> names = TargetProgressRow.TABLE.columnNames();
    assertEquals("not_after_baseline", values[names.indexOf("note_code")]);
    assertEquals(early.noteVi(), values[names.indexOf("note_vi")]);
  }
}
