package vn.mocchau.analytics.progress;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The observed values of one indicator, in its unit, as the progress measures ask for them. */
public interface IndicatorData {
  /** The 12-month window ending in {@code end}, or null unless all 12 months are present. */
  BigDecimal rolling12(YearMonth end);

  /** The calendar year's value, or null when the year is incomplete or has no data. */
  BigDecimal calendarYear(int year);

  /** January to {@code asOf} of asOf's year over the months present, or null when none is. */
  BigDecimal yearToDate(YearMonth asOf);

  /** The earliest month (or January of the earliest year) with data, or null when empty. */
  YearMonth firstMonth();

  /**
   * The share of calendar year {@code year}'s value that January to {@code month} hold (for a
   * ratio, their share of its denominator), or null when the year is incomplete or the indicator
   * is not monthly. It measures how much of a year's growth a window ending in that month carries.
   */
  default Double cumulativeShare(int year, int month) {
    return null;
  }
}
