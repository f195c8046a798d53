package vn.mocchau.analytics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.JulianFields;
import org.junit.jupiter.api.Test;

/**
 * The Tết table checked against an independent computation: Hồ Ngọc Đức's Vietnamese lunar
 * calendar algorithm (new moons and solar longitude after Meeus, local time UTC+7), which is what
 * Vietnamese calendars print. It differs from the Chinese calendar (UTC+8) in some years.
 */
class TetCalendarTest {

  @Test
  void everyDateInTheTableIsTheFirstDayOfTheFirstLunarMonthInVietnam() {
    for (int year = TetCalendar.FIRST_YEAR; year <= TetCalendar.LAST_YEAR; year++) {
      assertEquals(Lunar.tet(year, 7), TetCalendar.tet(year), "Tết " + year);
    }
    assertNull(TetCalendar.tet(2014));
    assertNull(TetCalendar.tet(2036));
  }

  @Test
  void publishedDatesOfRecentYears() {
    // The dates the issue and the published figures name.
    assertEquals(LocalDate.of(2025, 1, 29), TetCalendar.tet(2025));
    assertEquals(LocalDate.of(2026, 2, 17), TetCalendar.tet(2026));
  }

  @Test
  void theAlgorithmKnowsWhereVietnamAndChinaDiffer() {
    // Known differences between the Vietnamese (UTC+7) and Chinese (UTC+8) new year.
    assertEquals(LocalDate.of(1985, 1, 21), Lunar.tet(1985, 7));
    assertEquals(LocalDate.of(1985, 2, 20), Lunar.tet(1985, 8));
    assertEquals(LocalDate.of(2007, 2, 17), Lunar.tet(2007, 7));
    assertEquals(LocalDate.of(2007, 2, 18), Lunar.tet(2007, 8));
    assertEquals(LocalDate.of(2030, 2, 2), Lunar.tet(2030, 7));
    assertEquals(LocalDate.of(2030, 2, 3), Lunar.tet(2030, 8));
  }

  @Test
  void windowsEndingFebruaryToDecemberHoldExactlyOneTet() {
    for (YearMonth end = YearMonth.of(2016, 1); !end.isAfter(YearMonth.of(2035, 12));
        end = end.plusMonths(1)) {
      int tets = TetCalendar.tetsInWindow(end);
      if (end.getMonth() != Month.JANUARY) {
        assertEquals(1, tets, end.toString());
        assertTrue(TetCalendar.comparable(end));
      } else {
        boolean lastInJanuary = TetCalendar.tet(end.getYear() - 1).getMonth() == Month.JANUARY;
        boolean thisInJanuary = TetCalendar.tet(end.getYear()).getMonth() == Month.JANUARY;
        int expected = (lastInJanuary ? 0 : 1) + (thisInJanuary ? 1 : 0);
        assertEquals(expected, tets, end.toString());
        assertEquals(expected == 1, TetCalendar.comparable(end), end.toString());
      }
    }
  }

  @Test
  void theJanuaryWindowsOfTheSampleYears() {
    assertEquals(0, TetCalendar.tetsInWindow(YearMonth.of(2026, 1)), "02/2025–01/2026");
    assertFalse(TetCalendar.comparable(YearMonth.of(2026, 1)));
    assertEquals(2, TetCalendar.tetsInWindow(YearMonth.of(2025, 1)), "02/2024–01/2025");
    assertFalse(TetCalendar.comparable(YearMonth.of(2025, 1)));
    assertEquals(1, TetCalendar.tetsInWindow(YearMonth.of(2027, 1)), "02/2026–01/2027");
    assertTrue(TetCalendar.comparable(YearMonth.of(2027, 1)));
    assertTrue(TetCalendar.comparable(YearMonth.of(2050, 1)), "outside the table: as before");
  }

  /** Hồ Ngọc Đức, "Âm lịch Việt Nam" (informatik.uni-leipzig.de/~duc/amlich), ported. */
  static final class Lunar {
    static long newMoonDay(long k, double timeZone) {
      double t = k / 1236.85;
      double t2 = t * t;
      double t3 = t2 * t;
      double dr = Math.PI / 180;
      double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
          + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
      double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
      double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
      double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
      double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
          - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr)
          - 0.0004 * Math.sin(dr * 3 * mpr) + 0.0104 * Math.sin(dr * 2 * f)
          - 0.0051 * Math.sin(dr * (m + mpr)) - 0.0074 * Math.sin(dr * (m - mpr))
          + 0.0004 * Math.sin(dr * (2 * f + m)) - 0.0004 * Math.sin(dr * (2 * f - m))
          - 0.0006 * Math.sin(dr * (2 * f + mpr)) + 0.0010 * Math.sin(dr * (2 * f - mpr))
          + 0.0005 * Math.sin(dr * (2 * mpr + m));
      double deltaT = t < -11
          ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
          : -0.000278 + 0.000265 * t + 0.000262 * t2;
      return (long) Math.floor(jd1 + c1 - deltaT + 0.5 + timeZone / 24);
    }

    /** The sun's longitude at local midnight starting day {@code jdn}, in 30° sectors 0–11. */
    static int sunLongitude(long jdn, double timeZone) {
      double t = (jdn - 2451545.5 - timeZone / 24) / 36525;
      double t2 = t * t;
      double dr = Math.PI / 180;
      double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
      double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
      double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
          + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
      double l = (l0 + dl) * dr;
      l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
      return (int) Math.floor(l / Math.PI * 6);
    }

    static long julianDay(LocalDate date) {
      return date.getLong(JulianFields.JULIAN_DAY);
    }

    /** The day lunar month 11 (the one holding the winter solstice) of {@code year} begins. */
    static long lunarMonth11(int year, double timeZone) {
      long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
      long k = (long) Math.floor(off / 29.530588853);
      long nm = newMoonDay(k, timeZone);
      if (sunLongitude(nm, timeZone) >= 9) {
        nm = newMoonDay(k - 1, timeZone);
      }
      return nm;
    }

    static int leapMonthOffset(long a11, double timeZone) {
      long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
      int i = 1;
      int arc = sunLongitude(newMoonDay(k + i, timeZone), timeZone);
      int last;
      do {
        last = arc;
        i++;
        arc = sunLongitude(newMoonDay(k + i, timeZone), timeZone);
      } while (arc != last && i < 14);
      return i - 1;
    }

    /** 1st day of the 1st lunar month of {@code year}: two months after month 11 of year − 1. */
    static LocalDate tet(int year, double timeZone) {
      long a11 = lunarMonth11(year - 1, timeZone);
      long b11 = lunarMonth11(year, timeZone);
      long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
      int off = 2;
      if (b11 - a11 > 365 && off >= leapMonthOffset(a11, timeZone)) {
        off += 1; // a leap month 11 or 12 comes before the new year
      }
      return LocalDate.MIN.with(JulianFields.JULIAN_DAY, newMoonDay(k + off, timeZone));
    }
  }
}
