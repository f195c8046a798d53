package vn.mocchau.analytics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The projection model validated on series whose answer is known. */
class SeasonalProjectionTest {
  static final double[] SEASON = {0.0, 0.4, -0.2, -0.3, -0.1, -0.3, -0.4, -0.4, -0.3, -0.5,
      -0.2, 0.2};

  /** log v = 10 + 0.01·t + season + N(0, sd). */
  static Map<YearMonth, Double> series(YearMonth first, int months, double sd, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<YearMonth, Double> values = new TreeMap<>();
    for (int t = 0; t < months; t++) {
      YearMonth m = first.plusMonths(t);
      values.put(m, Math.exp(10 + 0.01 * t + SEASON[m.getMonthValue() - 1]
          + sd * gaussian(random)));
    }
    return values;
  }

  static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  @Test
  void recoversTrendAndSeasonalityExactlyWithoutNoise() {
    SeasonalProjection.Fit fit = SeasonalProjection.fit(series(YearMonth.of(2023, 1), 36, 0, 1));
    assertEquals(Math.exp(0.12) - 1, fit.annualGrowth(), 1e-9);
    List<SeasonalProjection.Forecast> f = SeasonalProjection.forecast(fit, YearMonth.of(2026, 2));
    assertEquals(2, f.size());
    // Feb 2026 is t = 37: exp(10 + 0.37 + 0.4).
    assertEquals(Math.exp(10.77), f.get(1).point(), 1e-6 * Math.exp(10.77));
  }

  @Test
  void ninetyFivePercentIntervalsCoverAboutNinetyFivePercentOfFutureValues() {
    int covered80 = 0;
    int covered95 = 0;
    int total = 0;
    for (long seed = 0; seed < 300; seed++) {
      Map<YearMonth, Double> all = series(YearMonth.of(2020, 1), 60, 0.08, seed);
      Map<YearMonth, Double> history = new TreeMap<>();
      all.forEach((m, v) -> {
        if (m.isBefore(YearMonth.of(2024, 1))) {
          history.put(m, v);
        }
      });
      for (SeasonalProjection.Forecast f : SeasonalProjection.forecast(
          SeasonalProjection.fit(history), YearMonth.of(2024, 12))) {
        double actual = all.get(f.period());
        covered80 += actual >= f.lower80() && actual <= f.upper80() ? 1 : 0;
        covered95 += actual >= f.lower95() && actual <= f.upper95() ? 1 : 0;
        total++;
      }
    }
    assertEquals(0.80, covered80 / (double) total, 0.03);
    assertEquals(0.95, covered95 / (double) total, 0.02);
  }

  @Test
  void intervalsWidenWithTheHorizon() {
    List<SeasonalProjection.Forecast> f = SeasonalProjection.forecast(
        SeasonalProjection.fit(series(YearMonth.of(2023, 1), 46, 0.08, 7)),
        YearMonth.of(2030, 12));
    double first = Math.log(f.get(0).upper95() / f.get(0).lower95());
    double last = Math.log(f.get(f.size() - 1).upper95() / f.get(f.size() - 1).lower95());
    assertTrue(last > first, first + " then " + last);
  }

  @Test
  void tooShortAHistoryIsNotProjected() {
    assertNull(SeasonalProjection.fit(series(YearMonth.of(2025, 1), 23, 0.05, 3)));
  }
}
