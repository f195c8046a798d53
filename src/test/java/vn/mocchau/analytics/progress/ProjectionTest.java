package vn.mocchau.analytics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The projection is the status rule's own: its years add up to v_b·(1 + r_obs)^(y − b). */
class ProjectionTest {
  static final YearMonth AS_OF = YearMonth.of(2026, 10);

  static MonthlySeries sample() {
    return ProgressTest.seasonal(AS_OF, 2_200_000, 2_900_000, 3_800_000, 3_800_000 * 1.09);
  }

  static Map<Integer, Double> byYear(List<Projection.Forecast> forecasts,
      java.util.function.ToDoubleFunction<Projection.Forecast> value) {
    Map<Integer, Double> sums = new TreeMap<>();
    forecasts.forEach(f -> sums.merge(f.period().getYear(), value.applyAsDouble(f), Double::sum));
    return sums;
  }

  @Test
  void everyForecastYearAddsUpToTheStatusProjectionAndTheTargetYearToItsValue() {
    Progress.Row row = Progress.assess(ProgressTest.VISITORS, sample(), AS_OF);
    List<Projection.Forecast> forecasts = Projection.monthly(row, sample(), AS_OF,
        YearMonth.of(2030, 12));
    assertEquals(YearMonth.of(2026, 11), forecasts.get(0).period());
    assertEquals(50, forecasts.size());
    Map<Integer, Double> points = byYear(forecasts, Projection.Forecast::point);
    for (int year = 2027; year <= 2030; year++) {
      double expected = 3_800_000 * Math.pow(1 + row.observedCagr(), year - 2025);
      assertEquals(expected, points.get(year), 1e-6 * expected, "year " + year);
    }
    assertEquals(row.projectedTargetYearValue().doubleValue(), points.get(2030), 1e-3);
    // The 2030 interval: σ·h with h = 2030 − 2025 − growth years.
    double h = 5 - row.growthYears();
    assertEquals(points.get(2030) * Math.exp(-Projection.Z95 * Projection.SIGMA_PER_YEAR * h),
        byYear(forecasts, Projection.Forecast::lower95).get(2030), 1e-3);
    assertEquals(points.get(2030) * Math.exp(Projection.Z80 * Projection.SIGMA_PER_YEAR * h),
        byYear(forecasts, Projection.Forecast::upper80).get(2030), 1e-3);
  }

  @Test
  void intervalsWidenWithTheHorizonAndNestInsideEachOther() {
    Progress.Row row = Progress.assess(ProgressTest.VISITORS, sample(), AS_OF);
    Projection.Forecast previous = null;
    for (Projection.Forecast f : Projection.monthly(row, sample(), AS_OF,
        YearMonth.of(2030, 12))) {
      assertTrue(f.lower95() < f.lower80() && f.lower80() < f.point()
          && f.point() < f.upper80() && f.upper80() < f.upper95(), f.toString());
      if (previous != null && previous.period().getYear() < f.period().getYear()) {
        assertTrue(f.upper95() / f.lower95() > previous.upper95() / previous.lower95());
      }
      previous = f;
    }
  }

  @Test
  void theSeasonalShapeFollowsTet() {
    Progress.Row row = Progress.assess(ProgressTest.VISITORS, sample(), AS_OF);
    Map<YearMonth, Double> points = new TreeMap<>();
    Projection.monthly(row, sample(), AS_OF, YearMonth.of(2030, 12))
        .forEach(f -> points.put(f.period(), f.point()));
    // Tết 2028 is on 26 January (history: 2023 and 2025 had it in January), 2027 on 6 February.
    double jan2028 = points.get(YearMonth.of(2028, 1)) / points.get(YearMonth.of(2028, 2));
    double jan2027 = points.get(YearMonth.of(2027, 1)) / points.get(YearMonth.of(2027, 2));
    assertEquals(13 / 12.0, jan2028, 0.01);
    assertEquals(10 / 15.0, jan2027, 0.01);
  }

  @Test
  void nothingIsProjectedWithoutAVerdict() {
    MonthlySeries series = ProgressTest.seasonal(YearMonth.of(2025, 10), 2_200_000, 2_900_000,
        3_800_000);
    Progress.Row row = Progress.assess(ProgressTest.VISITORS, series, YearMonth.of(2025, 10));
    assertEquals("not_assessed", row.status());
    assertTrue(Projection.monthly(row, series, YearMonth.of(2025, 10), YearMonth.of(2030, 12))
        .isEmpty());
  }

  /** The published annual arrivals (shared/reference/moc-chau-published.md). */
  static final Map<Integer, Double> PUBLISHED = Map.of(2010, 288_000.0, 2013, 600_000.0,
      2014, 850_000.0, 2016, 1_050_000.0, 2019, 1_200_000.0, 2020, 850_000.0, 2022, 1_500_000.0,
      2023, 2_200_000.0);

  @Test
  void theIntervalWidthIsTheOneTheBacktestCalibrates() {
    List<ProjectionBacktest.Error> status = ProjectionBacktest.annual("published",
        new TreeMap<>(PUBLISHED)).stream().filter(e -> e.method().equals("status")).toList();
    assertEquals(17, status.size());
    double ordinary = ProjectionBacktest.calibrate(status.stream().filter(e -> !e.covid())
        .toList());
    assertEquals(0.1334, ordinary, 5e-5);
    assertEquals(Math.round(ordinary * 100) / 100.0, Projection.SIGMA_PER_YEAR, 1e-12);
    assertEquals(0.2834, ProjectionBacktest.calibrate(status), 5e-5);
  }
}
