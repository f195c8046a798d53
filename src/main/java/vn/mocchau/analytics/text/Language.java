package vn.mocchau.analytics.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two languages the tool speaks, Vietnamese (the default) and English: parsed once from
 * {@code --lang}, then passed to every stage that writes for a person. It owns how each language
 * writes numbers, months, days and periods (Vietnamese uses '.' for thousands and ',' for
 * decimals: "5.594 tỷ đồng", "6,25 triệu"; English the reverse), so that the console, the
 * notices, the charts and the report write them alike. Its words are in {@link Word} and
 * {@link Msg}.
 */
public enum Language {
  VI("vi"), EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** "vi" or "en", as {@code --lang} takes it and HTML's lang attribute writes it. */
  public String code() {
    return code;
  }

  /** The language of a {@code --lang} value; anything but vi or en is refused. */
  public static Language of(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "vi" -> VI;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("Cannot use language '" + code
          + "': use vi or en");
    };
  }

  /** The text for this language out of a Vietnamese and an English one. */
  public String pick(String vi, String en) {
    return this == VI ? vi : en;
  }

  private DecimalFormatSymbols symbols() {
    DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
    s.setGroupingSeparator(this == VI ? '.' : ',');
    s.setDecimalSeparator(this == VI ? ',' : '.');
    return s;
  }

  /**
   * A number with the language's separators and at most {@code decimals} decimals: "16.889.130"
   * and "3,4" in Vietnamese, "16,889,130" and "3.4" in English.
   */
  public String number(double value, int decimals) {
    return axisFormat(decimals).format(value);
  }

  /**
   * A number with exactly {@code decimals} decimals, trailing zeros kept: "1,50" (the average
   * length of stay, #16, reads as a measure to the hundredth).
   */
  public String fixed(double value, int decimals) {
    return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
        symbols()).format(value);
  }

  /** The anticipated-progress ratio P, always with two decimals ("0,80", "4,27"). */
  public String progressRatio(double p) {
    return new DecimalFormat("#,##0.00", symbols()).format(p);
  }

  /** A NumberFormat for chart axes: the language's separators, at most {@code decimals}. */
  public NumberFormat axisFormat(int decimals) {
    return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
        symbols());
  }

  /** A share as a percentage: "70 %" in both languages (the house style of the reports). */
  public String percent(double fraction, int decimals) {
    return number(fraction * 100, decimals) + " %";
  }

  /** "10/2026" / "Oct 2026". */
  public String month(YearMonth month) {
    return this == VI ? String.format(Locale.ROOT, "%02d/%d", month.getMonthValue(),
        month.getYear())
        : month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
            + month.getYear();
  }

  /** "13/01/2026" in Vietnamese; ISO "2026-01-13" in English. */
  public String date(LocalDate day) {
    return this == VI ? String.format(Locale.ROOT, "%02d/%02d/%d", day.getDayOfMonth(),
        day.getMonthValue(), day.getYear()) : day.toString();
  }

  /** A 12-month window as target_progress.assessed_period writes it: "2025-11..2026-10". */
  private static final Pattern WINDOW = Pattern.compile("(\\d{4}-\\d{2})\\.\\.(\\d{4}-\\d{2})");

  /**
   * A period as the marts write it ("2025-11..2026-10", "2026-10" or "2025") as this language
   * writes it: "11/2025–10/2026" / "Nov 2025–Oct 2026". Anything else is returned as it is.
   */
  public String period(String period) {
    if (period == null) {
      return null;
    }
    Matcher window = WINDOW.matcher(period);
    if (window.matches()) {
      return month(YearMonth.parse(window.group(1))) + "–"
          + month(YearMonth.parse(window.group(2)));
    }
    if (period.matches("\\d{4}-\\d{2}")) {
      return month(YearMonth.parse(period));
    }
    return period;
  }

  /** Page i of n in the footer of the printed report. */
  public String page(int page, int pages) {
    return Word.PAGE.format(this, page, pages);
  }

  /** A word of the report by its key in the marts (an indicator, a status, a unit). */
  public String word(String key) {
    Word word = Word.of(key);
    return word == null ? key : word.format(this);
  }

  /** The line under every chart and at the end of the report: where the data come from. */
  public String source(YearMonth asOf) {
    return Word.SOURCE.format(this, asOf);
  }

  /**
   * A status as a symbol, so that it reads without colour (printed in black and white, or by a
   * reader who cannot tell the colours apart); the word goes with it everywhere.
   */
  public static String statusSymbol(String status) {
    return switch (status == null ? "" : status) {
      case "achieved" -> "★";
      case "on_track" -> "✓";
      case "accelerate" -> "▲";
      case "off_track" -> "▼";
      case "regressing" -> "✗";
      default -> "○";
    };
  }

  /** "✓ Đúng lộ trình": the status symbol and word. */
  public String status(String status) {
    return statusSymbol(status) + " " + word(status == null ? "not_assessed" : status);
  }

  /**
   * A unit of targets.csv (written there in English: "visits/year", "billion VND/year",
   * "million VND/person/year", "doctors per 10000 people") as this language writes it. The one
   * translation of units: the console summary and the report's scorecard both use it.
   */
  public String unit(String unit) {
    if (this == EN) {
      return unit.replace("10000", "10,000").replace("yes_no", "yes/no");
    }
    // Units of the whole programme's registry (programme.md §2) that are a whole word; the
    // compound units of the five feed indicators are translated piece by piece below.
    String whole = switch (unit) {
      case "yes_no" -> "có/không";
      case "facilities" -> "cơ sở";
      case "households" -> "hộ";
      case "workers" -> "lao động";
      case "enterprises" -> "doanh nghiệp, hợp tác xã";
      // planning_requirements (programme.md §6).
      case "beds" -> "giường";
      case "nights" -> "đêm";
      case "fraction" -> "tỷ lệ";
      case "fraction/year" -> "tỷ lệ/năm";
      case "members", "party members" -> "đảng viên";
      default -> null;
    };
    if (whole != null) {
      return whole;
    }
    return unit.replace("doctors per 10000 people", "bác sĩ/vạn dân")
        .replace("billion VND", "tỷ đồng").replace("million VND", "triệu đồng")
        .replace("visits", "lượt khách").replace("tonnes", "tấn").replace("head", "con")
        .replace("/person", "/người").replace("/year", "/năm");
  }

  /** Visits: "6,25 triệu lượt" / "6.25 million visits". */
  public String visits(double visits) {
    if (visits >= 1_000_000) {
      return Word.MILLION_VISITS.format(this, visits / 1e6);
    }
    return number(visits, 0) + " " + word("visits");
  }

  /** Billions of đồng: "5.594 tỷ đồng" / "5,594 billion VND". */
  public String billions(double billions) {
    return number(billions, billions < 100 ? 1 : 0) + " " + word("billion");
  }
}
