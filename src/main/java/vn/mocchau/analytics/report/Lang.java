package vn.mocchau.analytics.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import vn.mocchau.analytics.contract.Text;

/**
 * The report's two languages: words, and numbers as each language writes them. Vietnamese uses
 * '.' for thousands and ',' for decimals ("5.594 tỷ đồng", "6,25 triệu"), English the reverse.
 */
public enum Lang {
  VI, EN;

  public static Lang of(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "vi" -> VI;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("Cannot use language '" + code
          + "': use vi or en");
    };
  }

  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("visitors", new String[] {"Tổng lượt khách du lịch", "Total tourist visits"}),
      Map.entry("tourism_revenue", new String[] {"Doanh thu du lịch", "Tourism revenue"}),
      Map.entry("overnight_share", new String[] {"Tỷ lệ khách lưu trú", "Overnight share"}),
      Map.entry("corn_area", new String[] {"Diện tích ngô sinh khối", "Biomass corn area"}),
      Map.entry("corn_output", new String[] {"Sản lượng ngô sinh khối", "Biomass corn output"}),
      Map.entry("actual", new String[] {"Thực hiện", "Actual"}),
      Map.entry("ytd", new String[] {"Chưa đủ 12 tháng (tạm tính)",
          "Fewer than 12 months (provisional)"}),
      Map.entry("incomplete", new String[] {"Chưa đủ các vụ (tạm tính)",
          "Not all seasons reported (provisional)"}),
      Map.entry("path", new String[] {"Lộ trình cần đạt", "Required path"}),
      Map.entry("projection", new String[] {"Dự báo", "Projection"}),
      Map.entry("latest_window", new String[] {"12 tháng gần nhất", "Latest 12 months"}),
      Map.entry("projection_median", new String[] {"Dự báo (đường giữa)",
          "Projection (median)"}),
      Map.entry("band80", new String[] {"Khoảng dự báo 80 %", "80 % interval"}),
      Map.entry("band95", new String[] {"Khoảng dự báo 95 %", "95 % interval"}),
      Map.entry("band_clipped", new String[] {"(phần trên vượt khung)",
          "(upper part beyond the frame)"}),
      Map.entry("target", new String[] {"Mục tiêu", "Target"}),
      Map.entry("year", new String[] {"Năm", "Year"}),
      Map.entry("month", new String[] {"Tháng", "Month"}),
      Map.entry("visits", new String[] {"lượt khách", "visits"}),
      Map.entry("billion", new String[] {"tỷ đồng", "billion VND"}),
      Map.entry("ha", new String[] {"ha", "ha"}),
      Map.entry("tonnes", new String[] {"tấn", "tonnes"}),
      Map.entry("vnd_per_visit", new String[] {"đồng/lượt khách", "VND per visit"}),
      Map.entry("status", new String[] {"Đánh giá", "Status"}),
      Map.entry("achieved", new String[] {"Đã đạt", "Achieved"}),
      Map.entry("on_track", new String[] {"Đúng lộ trình", "On track"}),
      Map.entry("accelerate", new String[] {"Cần đẩy nhanh", "Needs acceleration"}),
      Map.entry("off_track", new String[] {"Chậm so với lộ trình", "Off track"}),
      Map.entry("regressing", new String[] {"Đang đi lùi", "Regressing"}),
      Map.entry("not_assessed", new String[] {"Chưa đánh giá", "Not assessed"}),
      Map.entry("provisional", new String[] {"tạm tính", "provisional"}),
      Map.entry("source", new String[] {"Nguồn: tổng hợp báo cáo của các xã, phường khu du lịch"
          + " quốc gia Mộc Châu (dữ liệu mẫu tổng hợp), số liệu đến tháng %s",
          "Source: reports of the communes and wards of the Mộc Châu national tourism area"
              + " (synthetic sample data), data to %s"}));

  public String word(String key) {
    String[] pair = WORDS.get(key);
    return pair == null ? key : pair[ordinal()];
  }

  public String source(YearMonth asOf) {
    return String.format(word("source"), month(asOf));
  }

  /** The text for this language out of a Vietnamese and an English one. */
  public String pick(String vi, String en) {
    return this == VI ? vi : en;
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

  /** A 12-month window as target_progress.assessed_period writes it: "2025-11..2026-10". */
  private static final java.util.regex.Pattern WINDOW =
      java.util.regex.Pattern.compile("(\\d{4}-\\d{2})\\.\\.(\\d{4}-\\d{2})");

  /**
   * A period as the marts write it ("2025-11..2026-10", "2026-10" or "2025") as this language
   * writes it: "11/2025–10/2026" / "Nov 2025–Oct 2026". Anything else is returned as it is.
   */
  public String period(String period) {
    if (period == null) {
      return null;
    }
    java.util.regex.Matcher window = WINDOW.matcher(period);
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
    return this == VI ? "Trang " + page + "/" + pages : "Page " + page + " of " + pages;
  }

  private DecimalFormatSymbols symbols() {
    DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
    s.setGroupingSeparator(this == VI ? '.' : ',');
    s.setDecimalSeparator(this == VI ? ',' : '.');
    return s;
  }

  /** A number with the language's separators and at most {@code decimals} decimals. */
  public String number(double value, int decimals) {
    return Text.number(value, decimals, this == VI);
  }

  /** The anticipated-progress ratio P, always with two decimals ("0,80", "4,27"). */
  public String progressRatio(double p) {
    return new DecimalFormat("#,##0.00", symbols()).format(p);
  }

  /** A NumberFormat for chart axes. */
  public NumberFormat axisFormat(int decimals) {
    return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
        symbols());
  }

  /** A share as a percentage: "70 %" in both languages (the house style of the reports). */
  public String percent(double fraction, int decimals) {
    return number(fraction * 100, decimals) + " %";
  }

  /** Visits: "6,25 triệu lượt" / "6.25 million visits". */
  public String visits(double visits) {
    if (visits >= 1_000_000) {
      return number(visits / 1e6, 2) + (this == VI ? " triệu lượt" : " million visits");
    }
    return number(visits, 0) + " " + word("visits");
  }

  /** Billions of đồng: "5.594 tỷ đồng" / "5,594 billion VND". */
  public String billions(double billions) {
    return number(billions, billions < 100 ? 1 : 0) + " " + word("billion");
  }

  /** "10/2026" / "Oct 2026". */
  public String month(YearMonth month) {
    return this == VI ? String.format("%02d/%d", month.getMonthValue(), month.getYear())
        : month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " "
            + month.getYear();
  }
}
