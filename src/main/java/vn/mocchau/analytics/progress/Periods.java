package vn.mocchau.analytics.progress;

import java.time.YearMonth;

/**
 * The canonical periods of indicator_values ({@code 2025}, {@code 2026-03}, {@code 2026-Q1}) on
 * targets.md's time axis: a period sits at the end of its last month, y − 1 + m/12, so a year y
 * sits at y, as an annual value does, and a quarter or month sits where a 12-month window ending
 * in the same month would.
 */
public final class Periods {
  private Periods() {}

  public static YearMonth start(String period) {
    if (period.length() == 4) {
      return YearMonth.of(Integer.parseInt(period), 1);
    }
    if (period.charAt(5) == 'Q') {
      int quarter = Integer.parseInt(period.substring(6));
      return YearMonth.of(Integer.parseInt(period.substring(0, 4)), 3 * quarter - 2);
    }
    return YearMonth.parse(period);
  }

  public static YearMonth end(String period) {
    if (period.length() == 4) {
      return YearMonth.of(Integer.parseInt(period), 12);
    }
    if (period.charAt(5) == 'Q') {
      return start(period).plusMonths(2);
    }
    return YearMonth.parse(period);
  }

  /** τ of a value for {@code period}: y − 1 + m/12 of its last month. */
  public static double time(String period) {
    YearMonth end = end(period);
    return end.getYear() - 1 + end.getMonthValue() / 12.0;
  }
}
