package vn.mocchau.analytics.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.TreeMap;

/**
 * An indicator measured per calendar year (biomass corn, from season reports). It has no rolling
 * window; the running year's value so far serves as year-to-date.
 */
public final class AnnualSeries implements IndicatorData {
  private final TreeMap<Integer, BigDecimal> years = new TreeMap<>();

  public AnnualSeries put(int year, BigDecimal value) {
    if (value != null) {
      years.put(year, value);
    }
    return this;
  }

  @Override
  public BigDecimal rolling12(YearMonth end) {
    return null;
  }

  @Override
  public BigDecimal calendarYear(int year) {
    return years.get(year);
  }

  @Override
  public BigDecimal yearToDate(YearMonth asOf) {
    return years.get(asOf.getYear());
  }

  @Override
  public YearMonth firstMonth() {
    return years.isEmpty() ? null : YearMonth.of(years.firstKey(), 1);
  }
}
