package vn.mocchau.analytics.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.progress.Progress.Note;
import vn.mocchau.analytics.progress.Progress.Row;

/**
 * Progress of an indicator fed by indicator_values (programme.md §3), for every kind: the level
 * kinds of targets.md on a compound or linear path, {@code cumulative}, {@code growth_rate} and
 * {@code each_year}. Pure: it is given what was known at the as-of month ({@link Vintages#asOf}).
 *
 * <p>x is the value of the latest period that has started by the as-of month (for an annual
 * indicator the latest year ≤ the as-of year with a value, τ = that year: a running year's
 * estimate counts from its delivery, unlike the feeds' corn, which waits for the year's end). A
 * quarter or month sits at the end of its last month on targets.md's time axis ({@link Periods}).
 * {@code cumulative}, {@code growth_rate} and {@code each_year} count years, so they read the
 * yearly values only.
 *
 * <p>Status rules as targets.md: a value equal to the target meets it, P is rounded to 1e-9
 * before it is compared, and a {@code not_assessed} row keeps its baseline, x, period and
 * x_status but no path value, projection or P.
 */
public final class ValueProgress {
  private ValueProgress() {}

  /** estimate < preliminary < official: the order of a value's status, weakest first. */
  static final List<String> STATUS_ORDER = List.of("estimate", "preliminary", "official");

  /**
   * @param known the values known as of {@code asOf} (one per key, any indicator); those of the
   *     target's indicator and scope, for periods started by {@code asOf}, are used
   */
  public static Row assess(Target target, List<Observation> known, YearMonth asOf) {
    List<Observation> values = new ArrayList<>();
    for (Observation o : known) {
      if (o.indicatorId().equals(target.indicatorId()) && o.scope().equals(target.scope())
          && !o.periodStart().isAfter(asOf)) {
        values.add(o);
      }
    }
    values.sort(java.util.Comparator.comparing(Observation::periodEnd));
    TreeMap<Integer, Observation> years = new TreeMap<>();
    for (Observation o : values) {
      if (o.period().length() == 4) {
        years.put(Integer.parseInt(o.period()), o);
      }
    }
    Assessment a = new Assessment(target, asOf, years);
    switch (target.kind()) {
      case "cumulative" -> a.cumulative();
      case "growth_rate" -> a.growthRate();
      case "each_year" -> a.eachYear();
      default -> a.level(values.stream().filter(o -> frequencyOf(o).equals(target.frequency()))
          .toList());
    }
    return a.row();
  }

  private static String frequencyOf(Observation o) {
    return o.period().length() == 4 ? "annual" : o.period().contains("Q") ? "quarterly"
        : "monthly";
  }

  /** The measures of one row, filled by the kind's rule. */
  private static final class Assessment {
    final Target target;
    final YearMonth asOf;
    final TreeMap<Integer, Observation> years;
    final int b;
    final int bigT;
    BigDecimal baseline;
    String baselineSource;
    Integer latestYear;
    BigDecimal latestYearValue;
    BigDecimal x;
    String period;
    Double tau;
    String xStatus;
    Double requiredChange;
    Double observedChange;
    BigDecimal pathNow;
    BigDecimal projected;
    Double p;
    String status;
    Note note;
    String missed;
    String missing;

    Assessment(Target target, YearMonth asOf, TreeMap<Integer, Observation> years) {
      this.target = target;
      this.asOf = asOf;
      this.years = years;
      this.b = target.baselineYear();
      this.bigT = target.targetYear();
      this.baseline = target.baselineValue();
      this.baselineSource = baseline == null ? null : "registry";
      Map.Entry<Integer, Observation> last = years.floorEntry(asOf.getYear());
      if (last != null) {
        latestYear = last.getKey();
        latestYearValue = last.getValue().value();
      }
    }

    /** v_b from the data when the registry has none: the baseline period's value as known now. */
    void baselineFromData(List<Observation> values, String baselinePeriod) {
      if (baseline != null) {
        return;
      }
      for (Observation o : values) {
        if (o.period().equals(baselinePeriod)) {
          baseline = o.value();
          baselineSource = "data";
        }
      }
    }

    /** at_least, at_most, range, maintain on a compound or linear path (targets.md, §3). */
    void level(List<Observation> values) {
      String baselinePeriod = switch (target.frequency()) {
        case "quarterly" -> b + "-Q4";
        case "monthly" -> b + "-12";
        default -> String.valueOf(b);
      };
      baselineFromData(values, baselinePeriod);
      if (!values.isEmpty()) {
        Observation latest = values.get(values.size() - 1);
        x = latest.value();
        period = latest.period();
        tau = Periods.time(period);
        xStatus = latest.status();
      }
      BigDecimal low = target.targetValue();
      BigDecimal high = target.targetHigh();
      String kind = target.kind();
      BigDecimal goal = kind.equals("range") && x != null && high != null
          && x.compareTo(high) > 0 ? high : low;
      boolean linear = "linear".equals(target.path());
      boolean compoundPossible = baseline != null && baseline.signum() > 0 && goal.signum() > 0;
      // A maintain band has no growth path (targets.md): no path value, projection or P, which
      // would read as a verdict ("P = -1.7" beside "achieved").
      boolean maintain = kind.equals("maintain");
      if (!maintain && baseline != null && bigT > b && (linear || compoundPossible)) {
        double vb = baseline.doubleValue();
        double vt = goal.doubleValue();
        requiredChange = linear ? (vt - vb) / (bigT - b) : Math.pow(vt / vb, 1.0 / (bigT - b)) - 1;
        if (tau != null && tau > b) {
          double years = tau - b;
          pathNow = decimal(linear ? vb + requiredChange * years
              : vb * Math.pow(1 + requiredChange, years));
          double xv = x.doubleValue();
          observedChange = linear ? (xv - vb) / years : Math.pow(xv / vb, 1.0 / years) - 1;
          double projectedValue = linear ? vb + observedChange * (bigT - b)
              : vb * Math.pow(1 + observedChange, bigT - b);
          projected = decimal(projectedValue);
          if (vt != vb) {
            p = round((projectedValue - vb) / (vt - vb));
          }
        }
      }
      if (x != null && Progress.meets(kind, x, low, high)) {
        status = "achieved";
      } else if (x == null) {
        notAssessed(noData());
      } else if (baseline == null) {
        notAssessed(baselineMissing());
      } else if (tau <= b) {
        notAssessed(new Note("not_after_baseline", "the latest value is not after the baseline"
            + " year", "số liệu mới nhất chưa sang năm sau năm gốc " + b));
      } else if (!linear && !compoundPossible) {
        notAssessed(new Note("compound_needs_positive", "a compound path needs a baseline and a"
            + " target above 0 (the registry can set path linear)", "lộ trình tăng trưởng kép"
            + " cần giá trị năm gốc và mục tiêu lớn hơn 0 (có thể đặt lộ trình tuyến tính)"));
      } else if (maintain) {
        status = "off_track"; // outside the band (targets.md: no growth path)
      } else if (p == null) {
        status = "off_track";
        note = new Note("target_equals_baseline", "target equals baseline",
            "mục tiêu bằng giá trị năm gốc");
      } else {
        status = byP(p);
      }
    }

    /**
     * The yearly values from {@code from} to the as-of year (at most T); none while the as-of
     * month is before the term (a run of 2024 for a term from 2026), and then the row is not
     * assessed: "no data delivered", or "no value in the term yet".
     */
    TreeMap<Integer, Observation> termYears(int from) {
      int to = Math.min(bigT, asOf.getYear());
      TreeMap<Integer, Observation> term = to < from ? new TreeMap<>()
          : new TreeMap<>(years.subMap(from, true, to, true));
      if (term.isEmpty()) {
        notAssessed(years.isEmpty() ? noData() : noValueInTerm(from));
      }
      return term;
    }

    /** Yearly values add up from term_start to T (§3 cumulative). */
    void cumulative() {
      int from = target.termStart();
      TreeMap<Integer, Observation> term = termYears(from);
      if (term.isEmpty()) {
        return; // not assessed, with the reason
      }
      int last = term.lastKey();
      BigDecimal sum = BigDecimal.ZERO;
      String weakest = "official";
      List<Integer> absent = new ArrayList<>();
      for (int y = from; y <= last; y++) {
        Observation o = term.get(y);
        if (o == null) {
          absent.add(y);
          continue;
        }
        sum = sum.add(o.value());
        weakest = weaker(weakest, o.status());
      }
      x = sum;
      period = from == last ? String.valueOf(from) : from + ".." + last;
      tau = (double) last;
      xStatus = weakest;
      missing = years(absent);
      BigDecimal vt = target.targetValue();
      double counted = last - from + 1;
      double termYears = bigT - from + 1;
      if (x.compareTo(vt) >= 0) {
        status = "achieved"; // later years only add: a sum that has reached v_T stays there
      } else if (!absent.isEmpty()) {
        notAssessed(missingYears(absent));
        return;
      }
      pathNow = decimal(vt.doubleValue() * counted / termYears);
      double projectedValue = x.doubleValue() * termYears / counted;
      projected = decimal(projectedValue);
      p = vt.signum() == 0 ? null : round(projectedValue / vt.doubleValue());
      if (status == null) {
        status = p == null ? "off_track" : byP(p);
      }
    }

    /** An average yearly growth rate over the term (§3 growth_rate): met only at its end. */
    void growthRate() {
      if (baseline == null && years.containsKey(b)) {
        baseline = years.get(b).value();
        baselineSource = "data";
      }
      if (years.isEmpty()) {
        notAssessed(noData());
        return;
      }
      // The term's average: years after T are not part of it.
      Map.Entry<Integer, Observation> last = years.floorEntry(Math.min(asOf.getYear(), bigT));
      Observation latest = last == null ? null : last.getValue();
      int tauYear = last == null ? b : last.getKey();
      xStatus = latest == null ? null : latest.status();
      if (baseline == null) {
        notAssessed(baselineMissing());
        return;
      }
      double vt = target.targetValue().doubleValue();
      requiredChange = vt;
      if (latest == null || tauYear <= b) {
        notAssessed(new Note("not_after_baseline", "the latest value is not after the baseline"
            + " year", "số liệu mới nhất chưa sang năm sau năm gốc " + b));
        return;
      }
      if (baseline.signum() <= 0) {
        notAssessed(new Note("growth_needs_positive_baseline", "a growth rate needs a baseline"
            + " above 0", "tốc độ tăng cần giá trị năm gốc lớn hơn 0"));
        return;
      }
      int span = tauYear - b;
      double yb = baseline.doubleValue();
      double rObs = Math.pow(latest.value().doubleValue() / yb, 1.0 / span) - 1;
      observedChange = rObs;
      x = decimal(rObs);
      period = b + ".." + tauYear;
      tau = (double) tauYear;
      pathNow = decimal(yb * Math.pow(1 + vt, span));
      projected = decimal(yb * Math.pow(1 + rObs, bigT - b));
      p = vt == 0 ? null : round(rObs / vt);
      if (tauYear >= bigT && rObs >= vt) {
        status = "achieved";
      } else if (p == null) {
        status = rObs >= 0 ? "on_track" : "regressing";
      } else {
        status = byP(p);
        if (rObs >= vt) {
          note = new Note("judged_at_term_end", "the average growth so far meets the target; an"
              + " average over the term is met only at its end", "tốc độ tăng bình quân đến nay"
              + " đạt mục tiêu; chỉ tính là đạt khi hết nhiệm kỳ");
        }
      }
    }

    /** Every year of the term must meet the target (§3 each_year). */
    void eachYear() {
      int from = target.termStart();
      TreeMap<Integer, Observation> term = termYears(from);
      if (term.isEmpty()) {
        return; // not assessed, with the reason
      }
      int last = term.lastKey();
      List<Integer> absent = new ArrayList<>();
      List<Integer> missedYears = new ArrayList<>();
      for (int y = from; y <= last; y++) {
        Observation o = term.get(y);
        if (o == null) {
          absent.add(y);
        } else if (!meetsEachYear(o.value())) {
          missedYears.add(y);
        }
      }
      Observation latest = term.get(last);
      x = latest.value();
      period = String.valueOf(last);
      tau = (double) last;
      xStatus = latest.status();
      pathNow = target.targetValue(); // what every year must reach
      missed = years(missedYears);
      missing = years(absent);
      if (missedYears.contains(last)) {
        status = "off_track";
      } else if (!missedYears.isEmpty()) {
        status = "accelerate";
      } else if (last == bigT && absent.isEmpty()) {
        status = "achieved";
      } else {
        status = "on_track";
      }
      if (!absent.isEmpty()) {
        note = new Note("missing_years", "no value for " + years(absent).replace(";", ", "),
            "thiếu số liệu năm " + years(absent).replace(";", ", "));
      }
    }

    boolean meetsEachYear(BigDecimal value) {
      int c = value.compareTo(target.targetValue());
      return "at_most".equals(target.direction()) ? c <= 0 : c >= 0;
    }

    void notAssessed(Note why) {
      status = "not_assessed";
      note = why;
      pathNow = null;
      projected = null;
      p = null;
    }

    Note noData() {
      return new Note("no_data", "no data delivered", "chưa có số liệu");
    }

    Note noValueInTerm(int from) {
      return new Note("no_value_in_term", "no value in the term yet (from " + from + ")",
          "chưa có số liệu trong nhiệm kỳ (từ năm " + from + ")");
    }

    Note baselineMissing() {
      return new Note("baseline_missing", "baseline year " + b + " has no value",
          "năm gốc " + b + " chưa có số liệu");
    }

    Note missingYears(List<Integer> absent) {
      String list = years(absent).replace(";", ", ");
      return new Note("missing_years", "no value for " + list + " inside the term, so the sum is"
          + " incomplete", "thiếu số liệu năm " + list + " trong nhiệm kỳ nên chưa cộng dồn được");
    }

    Row row() {
      boolean provisional = tau == null || tau - b < 1;
      Double growthYears = tau == null ? null : tau - b;
      return new Row(asOf.toString(), target, baseline, baselineSource, latestYear,
          latestYearValue, null, null, x, period, tau, requiredChange, observedChange, pathNow,
          projected, p, status, provisional, note == null ? null : note.en(), growthYears,
          note == null ? null : note.code(), note == null ? null : note.vi(), xStatus, missed,
          missing);
    }
  }

  static String byP(double p) {
    return p >= 0.95 ? "on_track" : p >= 0.5 ? "accelerate" : p >= 0 ? "off_track" : "regressing";
  }

  static String weaker(String a, String b) {
    return STATUS_ORDER.indexOf(b) < STATUS_ORDER.indexOf(a) ? b : a;
  }

  /** Years as the marts write them, {@code 2026;2027}; null when none. */
  static String years(List<Integer> years) {
    if (years.isEmpty()) {
      return null;
    }
    StringJoiner joined = new StringJoiner(";");
    years.forEach(y -> joined.add(String.valueOf(y)));
    return joined.toString();
  }

  private static double round(double value) {
    return Math.round(value * 1e9) / 1e9;
  }

  private static BigDecimal decimal(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
  }
}
