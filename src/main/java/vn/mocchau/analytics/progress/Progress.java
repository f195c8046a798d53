package vn.mocchau.analytics.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import vn.mocchau.analytics.contract.Target;

/**
 * Progress of one indicator toward its target as of a month, exactly as targets.md defines it:
 * the time axis (a rolling window ending in month m of year y sits at y − 1 + m/12, a calendar
 * year at y), required and observed compound growth, the value on the required path now, the
 * projected target-year value, the anticipated-progress ratio P (UNSD Progress Chart) and status.
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
      boolean provisional, String note) {

    public Object[] values() {
      return new Object[] {asOf, target.indicatorId(), target.nameVi(), target.nameEn(),
          target.unit(), target.kind(), target.basis(), target.baselineYear(),
          scale(baselineValue), baselineSource, target.targetYear(), scale(target.targetValue()),
          scale(target.targetHigh()), latestYear, scale(latestYearValue), scale(ytdValue),
          scale(rolling12mValue), scale(assessedValue), assessedPeriod, assessedTime,
          requiredCagr, observedCagr, scale(pathValueNow), scale(projectedTargetYearValue),
          anticipatedProgress, status, provisional, note};
    }
  }

  private Progress() {}

  public static Row assess(Target target, IndicatorData data, YearMonth asOf) {
    int latestYear = asOf.getMonthValue() == 12 ? asOf.getYear() : asOf.getYear() - 1;
    BigDecimal latestYearValue = data == null ? null : data.calendarYear(latestYear);
    BigDecimal ytd = data == null ? null : data.yearToDate(asOf);
    BigDecimal rolling = data == null ? null : data.rolling12(asOf);

    // x and tau: the latest complete value at or before the as-of month.
    BigDecimal x = null;
    Double tau = null;
    String period = null;
    YearMonth first = data == null ? null : data.firstMonth();
    if (first != null && "rolling_12m".equals(target.basis())) {
      for (YearMonth end = asOf; !end.isBefore(first.plusMonths(11)); end = end.minusMonths(1)) {
        BigDecimal v = data.rolling12(end);
        if (v != null) {
          x = v;
          tau = end.getYear() - 1 + end.getMonthValue() / 12.0;
          period = end.minusMonths(11) + ".." + end;
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
          break;
        }
      }
    }

    BigDecimal vb = target.baselineValue();
    String baselineSource = "registry";
    if (vb == null) {
      vb = data == null ? null : data.calendarYear(target.baselineYear());
      baselineSource = "data";
    }

    BigDecimal low = target.targetValue();
    BigDecimal high = target.targetHigh();
    String kind = target.kind();
    BigDecimal goal = low;
    if (kind.equals("range") && x != null && high != null && x.compareTo(high) > 0) {
      goal = high;
    }
    int b = target.baselineYear();
    int bigT = target.targetYear();

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
        observedCagr = Math.pow(x.doubleValue() / vB, 1.0 / (tau - b)) - 1;
        double projectedValue = vB * Math.pow(1 + observedCagr, bigT - b);
        projected = decimal(projectedValue);
        double span = goal.doubleValue() - vB;
        if (span != 0) {
          p = Math.round((projectedValue - vB) / span * 1e9) / 1e9;
        }
      }
    }

    String status;
    String note = null;
    if (x != null && meets(kind, x, low, high)) {
      status = "achieved";
    } else if (x == null || vb == null || tau == null || tau <= b) {
      status = "not_assessed";
      note = x == null ? "no complete " + ("annual".equals(target.basis()) ? "year" : "12-month window")
          + " of data yet" : vb == null ? "baseline year " + b + " has no complete data"
          : "the latest value is not after the baseline year";
    } else if (kind.equals("maintain")) {
      status = "off_track";
    } else if (p == null) {
      status = "off_track";
      note = "target equals baseline";
    } else if (p >= 0.95) {
      status = "on_track";
    } else if (p >= 0.5) {
      status = "accelerate";
    } else if (p >= 0) {
      status = "off_track";
    } else {
      status = "regressing";
    }
    boolean provisional = tau == null || tau - b < 1;
    return new Row(asOf.toString(), target, vb, vb == null ? null : baselineSource, latestYear,
        latestYearValue, ytd, rolling, x, period, tau, requiredCagr, observedCagr, pathNow,
        projected, p, status, provisional, note);
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

  private static BigDecimal scale(BigDecimal value) {
    return value == null ? null : value.setScale(6, RoundingMode.HALF_UP);
  }
}
