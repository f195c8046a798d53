package vn.mocchau.analytics.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.mocchau.analytics.text.Reason;

/**
 * Dates, months and counts as feeds.md §2 accepts them. Day-first always; impossible dates are
 * invalid. Counts may group digits with '.', ',' or a space, each group after a separator having
 * exactly three digits.
 */
public final class Values {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SLASH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
  /** First group 1–3 digits, then groups of exactly three after one kind of separator. */
  private static final Pattern GROUPED_INTEGER =
      Pattern.compile("-?\\d{1,3}(?:([., \\u00A0\\u202F])\\d{3})(?:\\1\\d{3})*");
  private static final Pattern PLAIN_INTEGER = Pattern.compile("-?\\d+");

  private Values() {}

  public static LocalDate date(String text) throws InvalidValueException {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return date(text, year, month, day);
      }
    }
    Matcher iso = ISO_DATE.matcher(text);
    Matcher dayFirst = DAY_FIRST_DATE.matcher(text);
    int year;
    int month;
    int day;
    if (iso.matches()) {
      year = Integer.parseInt(iso.group(1));
      month = Integer.parseInt(iso.group(2));
      day = Integer.parseInt(iso.group(3));
    } else if (dayFirst.matches()) {
      day = Integer.parseInt(dayFirst.group(1));
      month = Integer.parseInt(dayFirst.group(2));
      year = Integer.parseInt(dayFirst.group(3));
    } else {
      throw new InvalidValueException(ReasonCode.BAD_DATE, Reason.NOT_A_DATE, text);
    }
    return date(text, year, month, day);
  }

  private static LocalDate date(String text, int year, int month, int day)
      throws InvalidValueException {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException impossible) {
      throw new InvalidValueException(ReasonCode.BAD_DATE, Reason.IMPOSSIBLE_DATE, text);
    }
  }

  /** The ASCII digits text[from, to) as a number, or -1 if any is not one (what the patterns' \d matches). */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  public static YearMonth month(String text) throws InvalidValueException {
    Matcher iso = ISO_MONTH.matcher(text);
    Matcher slash = SLASH_MONTH.matcher(text);
    int year;
    int month;
    if (iso.matches()) {
      year = Integer.parseInt(iso.group(1));
      month = Integer.parseInt(iso.group(2));
    } else if (slash.matches()) {
      month = Integer.parseInt(slash.group(1));
      year = Integer.parseInt(slash.group(2));
    } else {
      throw new InvalidValueException(ReasonCode.BAD_MONTH, Reason.NOT_A_MONTH, text);
    }
    if (month < 1 || month > 12) {
      throw new InvalidValueException(ReasonCode.BAD_MONTH, Reason.IMPOSSIBLE_MONTH, text);
    }
    return YearMonth.of(year, month);
  }

  /** A whole number, possibly with digit groups ("1.234.567", "1,234,567", "1 234 567"). */
  public static long integer(String text) throws InvalidValueException {
    int sign = text.startsWith("-") ? 1 : 0;
    if (text.length() > sign && text.length() - sign <= 9
        && digits(text, sign, text.length()) >= 0) {
      long value = digits(text, sign, text.length());
      return sign == 1 ? -value : value;
    }
    String digits;
    if (PLAIN_INTEGER.matcher(text).matches()) {
      digits = text;
    } else if (GROUPED_INTEGER.matcher(text).matches()) {
      digits = text.replaceAll("[., \\u00A0\\u202F]", "");
    } else {
      throw new InvalidValueException(ReasonCode.BAD_NUMBER, Reason.NOT_A_WHOLE_NUMBER, text);
    }
    if (digits.length() > 18) {
      throw new InvalidValueException(ReasonCode.TOO_LARGE, Reason.TOO_LARGE, text);
    }
    return Long.parseLong(digits);
  }
}
