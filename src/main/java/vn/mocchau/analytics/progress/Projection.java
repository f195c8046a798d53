package vn.mocchau.analytics.progress;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The projection that the fan charts draw and the status is judged on: one story. Its annual
 * centre is the status rule's own projection, {@code v_b·(1 + r_obs)^(y − b)} for every year y to
 * the target year, so the drawn value of the target year is {@code projected_target_year_value}
 * and P read off the chart is the P of the status. Months get the seasonal shape of the complete
 * calendar years observed so far (years whose Tết fell in the same month as the forecast year's,
 * when there are any), so a year's months add up to its annual value.
 *
 * <p>Intervals: the annual value's log error grows with the horizon h (years from the assessed
 * value to the year) as {@code σ·h}, σ = {@link #SIGMA_PER_YEAR} calibrated on the backtest of
 * the published 2010–2023 arrivals (docs/projection.md, {@code ProjectionBacktest}): a growth
 * rate measured over a year or two is uncertain, and that error compounds. A month's bounds are
 * its share of the year's bounds, so the chart's sum of monthly bounds is the annual interval.
 */
public final class Projection {
  /**
   * Log-scale error per year of horizon: RMS of (log error / h) of the status method on the
   * published arrivals, leaving out the forecasts from or of 2020 (0.133; 0.283 with them). The
   * intervals describe ordinary years; a shock like the pandemic falls outside them.
   */
  public static final double SIGMA_PER_YEAR = 0.13;
  public static final double Z80 = 1.2815515655446004;
  public static final double Z95 = 1.959963984540054;

  /** A month's forecast in the indicator's unit. */
  public record Forecast(YearMonth period, double point, double lower80, double upper80,
      double lower95, double upper95) {}

  private Projection() {}

  /** The annual centre of year {@code year}: v_b·(1 + r_obs)^(year − b), or null unassessed. */
  public static Double annual(Progress.Row row, int year) {
    if (row.observedCagr() == null || row.baselineValue() == null) {
      return null;
    }
    return row.baselineValue().doubleValue() * Math.pow(1 + row.observedCagr(),
        year - row.target().baselineYear());
  }

  /** Years from the assessed value to the annual value of {@code year} (at least 0). */
  public static double horizon(Progress.Row row, int year) {
    return Math.max(0, year - row.target().baselineYear() - row.growthYears());
  }

  /**
   * Monthly forecasts after {@code asOf} through {@code until}; none when the row has no observed
   * growth (not assessed): without a verdict there is no projection to draw.
   */
  public static List<Forecast> monthly(Progress.Row row, MonthlySeries series, YearMonth asOf,
      YearMonth until) {
    List<Forecast> forecasts = new ArrayList<>();
    if (annual(row, asOf.getYear()) == null || row.growthYears() == null) {
      return forecasts;
    }
    Map<Integer, double[]> shapes = shapes(series, asOf);
    for (YearMonth m = asOf.plusMonths(1); !m.isAfter(until); m = m.plusMonths(1)) {
      int year = m.getYear();
      double[] shape = shape(shapes, year, series.isRatio());
      double point = annual(row, year) * shape[m.getMonthValue() - 1];
      double sd = SIGMA_PER_YEAR * horizon(row, year);
      forecasts.add(new Forecast(m, point, point * Math.exp(-Z80 * sd),
          point * Math.exp(Z80 * sd), point * Math.exp(-Z95 * sd), point * Math.exp(Z95 * sd)));
    }
    return forecasts;
  }

  public static String method(Progress.Row row, YearMonth asOf) {
    return String.format(Locale.ROOT, "growth since baseline %d (r_obs %.4f/yr over %.2f yr, "
        + "%s) carried to %d; seasonal shape of the complete years to %s; log interval "
        + "%.2f x horizon (backtest, docs/projection.md)", row.target().baselineYear(),
        row.observedCagr(), row.growthYears(), row.assessedPeriod(), row.target().targetYear(),
        asOf, SIGMA_PER_YEAR);
  }

  /**
   * Each complete calendar year's monthly weights: shares of the year's value (additive) or
   * month ratio / year ratio (ratio series).
   */
  static Map<Integer, double[]> shapes(MonthlySeries series, YearMonth asOf) {
    Map<Integer, double[]> shapes = new TreeMap<>();
    Map<YearMonth, Double> values = series.monthlyValues();
    YearMonth first = series.firstMonth();
    if (first == null) {
      return shapes;
    }
    for (int year = first.getYear(); year <= asOf.getYear(); year++) {
      if (YearMonth.of(year, 12).isAfter(asOf)) {
        continue;
      }
      BigDecimal total = series.calendarYear(year);
      if (total == null || total.signum() <= 0) {
        continue;
      }
      double[] shape = new double[12];
      for (int m = 1; m <= 12; m++) {
        Double v = values.get(YearMonth.of(year, m));
        shape[m - 1] = v == null ? Double.NaN : v / total.doubleValue();
      }
      shapes.put(year, shape);
    }
    return shapes;
  }

  /**
   * The average shape of the years whose Tết fell in the same month as {@code year}'s (all years
   * when none did, a flat year when there are none), scaled so that the months add up to the
   * year (additive) or average 1 (ratio).
   */
  static double[] shape(Map<Integer, double[]> shapes, int year, boolean ratio) {
    Month tet = TetCalendar.tet(year) == null ? null : TetCalendar.tet(year).getMonth();
    List<double[]> same = new ArrayList<>();
    shapes.forEach((y, s) -> {
      if (tet != null && TetCalendar.tet(y) != null && TetCalendar.tet(y).getMonth() == tet) {
        same.add(s);
      }
    });
    List<double[]> used = same.isEmpty() ? new ArrayList<>(shapes.values()) : same;
    double[] shape = new double[12];
    if (used.isEmpty()) {
      java.util.Arrays.fill(shape, ratio ? 1 : 1 / 12.0);
      return shape;
    }
    double sum = 0;
    for (int m = 0; m < 12; m++) {
      for (double[] s : used) {
        shape[m] += s[m] / used.size();
      }
      sum += shape[m];
    }
    double scale = ratio ? 12 / sum : 1 / sum;
    for (int m = 0; m < 12; m++) {
      shape[m] *= scale;
    }
    return shape;
  }
}
