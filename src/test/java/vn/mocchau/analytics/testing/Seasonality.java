package vn.mocchau.analytics.testing;

import java.time.YearMonth;
import vn.mocchau.analytics.progress.TetCalendar;

/** The sample's seasonal shares of a year's visits, for tests that build monthly series. */
public final class Seasonality {
  private Seasonality() {}

  /** Jan 10, Feb 15 … Dec 12 %; Jan 13 / Feb 12 % in a year whose Tết falls in January. */
  public static double share(YearMonth month) {
    double[] shares = {10, 15, 8, 7, 9, 7, 6, 6, 7, 5, 8, 12};
    if (TetCalendar.tet(month.getYear()).getMonthValue() == 1) {
      shares[0] = 13;
      shares[1] = 12;
    }
    return shares[month.getMonthValue() - 1] / 100.0;
  }
}
