package vn.mocchau.analytics.progress;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first day of Tết Nguyên Đán (1st day of the 1st lunar month, Vietnamese calendar, UTC+7)
 * for 2015–2035. Tết falls between 21 January and 20 February, so it moves between January and
 * February from year to year; visits follow it.
 *
 * <p>Source: the Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm, the one Vietnamese calendars
 * print); {@code TetCalendarTest} recomputes every date astronomically. 2030 is 2 February in
 * Vietnam (the new moon falls at 23:07 UTC+7) but 3 February in China (UTC+8). A 12-month window ending in
 * February to December always holds exactly one Tết; a window ending in January (February of the
 * year before to January) holds none when Tết moved from January to February, and two when it moved
 * from February to January.
 */
public final class TetCalendar {
  private static final Map<Integer, LocalDate> TET = new TreeMap<>(Map.ofEntries(
      Map.entry(2015, LocalDate.of(2015, 2, 19)), Map.entry(2016, LocalDate.of(2016, 2, 8)),
      Map.entry(2017, LocalDate.of(2017, 1, 28)), Map.entry(2018, LocalDate.of(2018, 2, 16)),
      Map.entry(2019, LocalDate.of(2019, 2, 5)), Map.entry(2020, LocalDate.of(2020, 1, 25)),
      Map.entry(2021, LocalDate.of(2021, 2, 12)), Map.entry(2022, LocalDate.of(2022, 2, 1)),
      Map.entry(2023, LocalDate.of(2023, 1, 22)), Map.entry(2024, LocalDate.of(2024, 2, 10)),
      Map.entry(2025, LocalDate.of(2025, 1, 29)), Map.entry(2026, LocalDate.of(2026, 2, 17)),
      Map.entry(2027, LocalDate.of(2027, 2, 6)), Map.entry(2028, LocalDate.of(2028, 1, 26)),
      Map.entry(2029, LocalDate.of(2029, 2, 13)), Map.entry(2030, LocalDate.of(2030, 2, 2)),
      Map.entry(2031, LocalDate.of(2031, 1, 23)), Map.entry(2032, LocalDate.of(2032, 2, 11)),
      Map.entry(2033, LocalDate.of(2033, 1, 31)), Map.entry(2034, LocalDate.of(2034, 2, 19)),
      Map.entry(2035, LocalDate.of(2035, 2, 8))));

  public static final int FIRST_YEAR = 2015;
  public static final int LAST_YEAR = 2035;

  private TetCalendar() {}

  /** The first day of Tết of {@code year}, or null outside 2015–2035. */
  public static LocalDate tet(int year) {
    return TET.get(year);
  }

  /**
   * How many Tết first days fall in the 12 months ending in {@code end}, or -1 when a year the
   * window touches is outside the table.
   */
  public static int tetsInWindow(YearMonth end) {
    LocalDate from = end.minusMonths(11).atDay(1);
    LocalDate to = end.atEndOfMonth();
    int count = 0;
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate tet = tet(year);
      if (tet == null) {
        return -1;
      }
      if (!tet.isBefore(from) && !tet.isAfter(to)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the 12-month window ending in {@code end} can be compared with a calendar year: it
   * holds exactly one Tết (always true for windows ending February to December). Outside the
   * table's years a window is taken as comparable, as before this rule existed.
   */
  public static boolean comparable(YearMonth end) {
    if (end.getMonth() != Month.JANUARY) {
      return true;
    }
    int tets = tetsInWindow(end);
    return tets < 0 || tets == 1;
  }
}
