package vn.mocchau.analytics.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * A monthly indicator: an additive one (visits, billion đồng) whose window value is the sum of its
 * months, or a ratio (overnight share) whose window value is Σ numerators / Σ denominators — never
 * an average of monthly ratios. A month is present only when the feeds it needs were delivered.
 */
public final class MonthlySeries implements IndicatorData {
  private final boolean ratio;
  private final TreeMap<YearMonth, BigDecimal[]> months = new TreeMap<>();

  private MonthlySeries(boolean ratio) {
    this.ratio = ratio;
  }

  public static MonthlySeries additive() {
    return new MonthlySeries(false);
  }

  public static MonthlySeries ratio() {
    return new MonthlySeries(true);
  }

  /** Adds a present month; {@code denominator} is ignored for an additive series. */
  public MonthlySeries put(YearMonth month, BigDecimal numerator, BigDecimal denominator) {
    months.put(month, new BigDecimal[] {numerator, ratio ? denominator : BigDecimal.ONE});
    return this;
  }

  public boolean isRatio() {
    return ratio;
  }

  /** The present months and their values (a ratio's monthly value for a ratio series). */
  public Map<YearMonth, Double> monthlyValues() {
    Map<YearMonth, Double> values = new TreeMap<>();
    months.forEach((m, v) -> {
      if (!ratio) {
        values.put(m, v[0].doubleValue());
      } else if (v[1].signum() > 0) {
        values.put(m, v[0].doubleValue() / v[1].doubleValue());
      }
    });
    return values;
  }

  private BigDecimal over(YearMonth from, YearMonth to, boolean requireAll) {
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    boolean any = false;
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      BigDecimal[] v = months.get(m);
      if (v == null) {
        if (requireAll) {
          return null;
        }
        continue;
      }
      any = true;
      numerator = numerator.add(v[0]);
      denominator = denominator.add(v[1]);
    }
    if (!any) {
      return null;
    }
    if (!ratio) {
      return numerator;
    }
    return denominator.signum() == 0 ? null : numerator.divide(denominator, MathContext.DECIMAL64);
  }

  @Override
  public BigDecimal rolling12(YearMonth end) {
    return over(end.minusMonths(11), end, true);
  }

  @Override
  public BigDecimal calendarYear(int year) {
    return rolling12(YearMonth.of(year, 12));
  }

  @Override
  public BigDecimal yearToDate(YearMonth asOf) {
    return over(YearMonth.of(asOf.getYear(), 1), asOf, false);
  }

  @Override
  public Double cumulativeShare(int year, int month) {
    double part = 0;
    double total = 0;
    for (int m = 1; m <= 12; m++) {
      BigDecimal[] v = months.get(YearMonth.of(year, m));
      if (v == null) {
        return null;
      }
      double weight = (ratio ? v[1] : v[0]).doubleValue();
      total += weight;
      part += m <= month ? weight : 0;
    }
    return total > 0 ? part / total : null;
  }

  @Override
  public YearMonth firstMonth() {
    return months.isEmpty() ? null : months.firstKey();
  }
}
