package vn.mocchau.analytics.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.text.Language;

/**
 * Progress of one indicator toward its target as of a month, exactly as targets.md defines it:
 * the time axis (a rolling window ending in month m of year y sits at y − 1 + m/12, a calendar
 * year at y), required and observed compound growth, the value on the required path now, the
 * projected target-year value, the anticipated-progress ratio P (UNSD Progress Chart) and status.
 *
 * <p>Two documented departures keep a verdict from swinging with the calendar (docs/marts.md): a
 * 12-month window that holds no Tết or two is not compared with a calendar year (the latest one
 * that holds one is used, like the latest complete window), and the growth exponent counts the
 * years a window carries by the baseline year's seasonal shares ({@link #growthYears}).
 *
 * <p>P is rounded to 1e-9 before it is compared with 0.95, 0.5 and 0, so that a value exactly on a
 * boundary is not moved across it by floating-point error. A value equal to the target meets it.
 */
public final class Progress {

  /** One row of target_progress. */
  public record Row(String asOf, Target target, BigDecimal baselineValue, String baselineSource,
      Integer latestYear, BigDecimal latestYearValue, BigDecimal ytdValue,
      BigDecimal rolling12mValue, BigDecimal assessedValue, String assessedPeriod,
      Double assessedTime, Double requiredCagr, Double observedCagr, BigDecimal pathValueNow,
      BigDecimal projectedTargetYearValue, Double anticipatedProgress, String status,
      boolean provisional, String note, Double growthYears, String noteCode, String noteVi,
      String xStatus, String missedYears, String missingYears) {

    /**
     * A row of the five feed-measured indicators: their values are the feeds' own, so they carry
     * no value status and no missed or missing years.
     */
    public Row(String asOf, Target target, BigDecimal baselineValue, String baselineSource,
        Integer latestYear, BigDecimal latestYearValue, BigDecimal ytdValue,
        BigDecimal rolling12mValue, BigDecimal assessedValue, String assessedPeriod,
        Double assessedTime, Double requiredCagr, Double observedCagr, BigDecimal pathValueNow,
        BigDecimal projectedTargetYearValue, Double anticipatedProgress, String status,
        boolean provisional, String note, Double growthYears, String noteCode, String noteVi) {
      this(asOf, target, baselineValue, baselineSource, latestYear, latestYearValue, ytdValue,
          rolling12mValue, assessedValue, assessedPeriod, assessedTime, requiredCagr,
          observedCagr, pathValueNow, projectedTargetYearValue, anticipatedProgress, status,
          provisional, note, growthYears, noteCode, noteVi, null, null, null);
    }

    /** The note in the reader's language. */
    public String note(Language language) {
      return language.pick(noteVi, note);
    }
  }

  /** Why a row has no verdict, or what it was judged on, in both languages with a stable code. */
  record Note(String code, String en, String vi) {}

  private Progress() {}

  public static Row assess(Target target, IndicatorData data, YearMonth asOf) {
    int latestYear = asOf.getMonthValue() == 12 ? asOf.getYear() : asOf.getYear() - 1;
    BigDecimal latestYearValue = data == null ? null : data.calendarYear(latestYear);
    BigDecimal ytd = data == null ? null : data.yearToDate(asOf);
    BigDecimal rolling = data == null ? null : data.rolling12(asOf);
    int b = target.baselineYear();
    int bigT = target.targetYear();

    // x and tau: the latest complete value at or before the as-of month. A 12-month window is
    // compared with a calendar year only when it holds exactly one Tết: a window ending in
    // January holds none or two when Tết moved between January and February (TetCalendar).
    BigDecimal x = null;
    Double tau = null;
    String period = null;
    Double growthYears = null;
    YearMonth skipped = null;
    YearMonth first = data == null ? null : data.firstMonth();
    if (first != null && "rolling_12m".equals(target.basis())) {
      for (YearMonth end = asOf; !end.isBefore(first.plusMonths(11)); end = end.minusMonths(1)) {
        BigDecimal v = data.rolling12(end);
        if (v != null && !TetCalendar.comparable(end)) {
          skipped = skipped == null ? end : skipped;
          continue;
        }
        if (v != null) {
          x = v;
          tau = end.getYear() - 1 + end.getMonthValue() / 12.0;
          period = end.minusMonths(11) + ".." + end;
          growthYears = growthYears(data, b, end);
          break;
        }
      }
    } else if (first != null) {
      for (int year = latestYear; year >= first.getYear(); year--) {
        BigDecimal v = data.calendarYear(year);
        if (v != null) {
          x = v;
          tau = (double) year;
          period = String.valueOf(year);
          growthYears = (double) (year - b);
          break;
        }
      }
    }

    BigDecimal vb = target.baselineValue();
    String baselineSource = "registry";
    if (vb == null) {
      vb = data == null ? null : data.calendarYear(b);
      baselineSource = "data";
    }

    BigDecimal low = target.targetValue();
    BigDecimal high = target.targetHigh();
    String kind = target.kind();
    BigDecimal goal = low;
    if (kind.equals("range") && x != null && high != null && x.compareTo(high) > 0) {
      goal = high;
    }

    Double requiredCagr = null;
    Double observedCagr = null;
    BigDecimal pathNow = null;
    BigDecimal projected = null;
    Double p = null;
    if (vb != null && vb.signum() > 0 && goal.signum() > 0 && bigT > b) {
      double vB = vb.doubleValue();
      requiredCagr = Math.pow(goal.doubleValue() / vB, 1.0 / (bigT - b)) - 1;
      if (tau != null) {
        pathNow = decimal(vB * Math.pow(1 + requiredCagr, tau - b));
      }
      if (tau != null && tau > b && x != null && x.signum() > 0) {
        observedCagr = Math.pow(x.doubleValue() / vB, 1.0 / growthYears) - 1;
        double projectedValue = vB * Math.pow(1 + observedCagr, bigT - b);
        projected = decimal(projectedValue);
        double span = goal.doubleValue() - vB;
        if (span != 0) {
          p = Math.round((projectedValue - vB) / span * 1e9) / 1e9;
        }
      }
    }

    String status;
    Note note = null;
    if (x != null && meets(kind, x, low, high)) {
      status = "achieved";
    } else if (x == null || vb == null || tau == null || tau <= b) {
      status = "not_assessed";
      note = x == null ? ("annual".equals(target.basis())
          ? new Note("no_complete_year", "no complete year of data yet",
              "chưa có năm nào đủ số liệu")
          : new Note("no_complete_window", "no complete 12-month window of data yet",
              "chưa có 12 tháng liên tiếp đủ số liệu"))
          : vb == null ? new Note("baseline_incomplete", "baseline year " + b
              + " has no complete data", "năm gốc " + b + " chưa đủ số liệu")
          : new Note("not_after_baseline", "the latest value is not after the baseline year",
              "số liệu mới nhất chưa sang năm sau năm gốc " + b);
    } else if (kind.equals("maintain")) {
      status = "off_track";
    } else if (p == null) {
      status = "off_track";
      note = new Note("target_equals_baseline", "target equals baseline",
          "mục tiêu bằng giá trị năm gốc");
    } else if (p >= 0.95) {
      status = "on_track";
    } else if (p >= 0.5) {
      status = "accelerate";
    } else if (p >= 0) {
      status = "off_track";
    } else {
      status = "regressing";
    }
    if (skipped != null && (note == null || note.code().equals("not_after_baseline"))) {
      note = tetNote(skipped, period, note != null);
    }
    boolean provisional = tau == null || tau - b < 1;
    return new Row(asOf.toString(), target, vb, vb == null ? null : baselineSource, latestYear,
        latestYearValue, ytd, rolling, x, period, tau, requiredCagr, observedCagr, pathNow,
        projected, p, status, provisional, note == null ? null : note.en(), growthYears,
        note == null ? null : note.code(), note == null ? null : note.vi());
  }

  /**
   * How many years of growth since the baseline a value carries: a calendar year y carries y − b;
   * a window ending in month m of year y carries the y − 1 − b years before it plus the share of a
   * year's value that January to m hold in the baseline year. Visits are seasonal (January,
   * February and December carry a third of the year), so counting m/12 years, as targets.md's
   * time axis does, would read two strong months as two months of growth at an annual rate, and
   * multiply the error of a short window by 12/m on the way to the target year. Without monthly
   * shares (annual indicators, an incomplete baseline year) it is the time axis's τ − b.
   */
  static double growthYears(IndicatorData data, int b, YearMonth end) {
    if (end.getMonthValue() == 12) {
      return end.getYear() - b;
    }
    Double share = data.cumulativeShare(b, end.getMonthValue());
    double part = share == null ? end.getMonthValue() / 12.0 : share;
    return end.getYear() - 1 - b + part;
  }

  private static Note tetNote(YearMonth skipped, String period, boolean notAfterBaseline) {
    int tets = TetCalendar.tetsInWindow(skipped);
    String[] used = period == null ? null : period.split("\\.\\.");
    String usedEn = used == null ? "none yet" : used[0] + ".." + used[1];
    String usedVi = used == null ? "chưa có" : vi(used[0]) + "–" + vi(used[1]);
    return new Note("tet_window",
        "the 12 months to " + skipped + " hold " + (tets == 0 ? "no" : "two") + " Tết, so they are "
            + "not compared with a calendar year; assessed on the latest 12 months holding one: "
            + usedEn + (notAfterBaseline ? ", not after the baseline year yet" : ""),
        "12 tháng đến " + vi(skipped.toString()) + (tets == 0 ? " không có kỳ Tết nào"
            : " có hai kỳ Tết") + " nên không so được với một năm; đánh giá theo 12 tháng gần"
            + " nhất có đúng một kỳ Tết: " + usedVi
            + (notAfterBaseline ? " (chính là năm gốc, nên chưa tính được P)" : ""));
  }

  /** "2026-01" as Vietnamese write it, "01/2026". */
  private static String vi(String month) {
    YearMonth m = YearMonth.parse(month);
    return String.format("%02d/%d", m.getMonthValue(), m.getYear());
  }

  static boolean meets(String kind, BigDecimal x, BigDecimal low, BigDecimal high) {
    return switch (kind) {
      case "at_least" -> x.compareTo(low) >= 0;
      case "at_most" -> x.compareTo(low) <= 0;
      case "range", "maintain" -> x.compareTo(low) >= 0 && (high == null || x.compareTo(high) <= 0);
      default -> throw new IllegalArgumentException("Cannot assess kind " + kind);
    };
  }

  private static BigDecimal decimal(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
  }
}
