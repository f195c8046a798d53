package vn.mocchau.analytics.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.TargetProgressRow;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Word;

/**
 * The whole congress programme as the report shows it (programme.md §5): every target_progress
 * row of the as-of month, one table per group of the political report ({@link Target#GROUPS}
 * order), rows in the report's numbering ("(2)a" &lt; "(10)" &lt; "(23)a"), every text already in
 * the report's language; and the count of targets per status. A target without a value says
 * "chưa có số liệu" in the value's place: nothing about it may read as a zero.
 */
public final class Programme {
  /**
   * A row of a group's table. {@code latest} is the value ("860 tấn", "có") or, without one,
   * "chưa có số liệu"; {@code period} its year, month or quarter ("" without a value);
   * {@code mark} "ước"/"sơ bộ" for an estimate or a preliminary figure, else "";
   * {@code years} the each_year and cumulative notes (missed years, years without a value), else
   * ""; {@code progressRatio} P or "–" when the status does not rest on it.
   */
  public record Row(String indicator, String group, String code, String name, String target,
      String latest, String period, String mark, String years, String status,
      String statusText, String progressRatio, boolean measured) {}

  /** A group of the political report with its name and rows in the report's order. */
  public record Group(String key, String name, List<Row> rows) {}

  /**
   * The categories of the count per status, in the order the top line says them: the six
   * statuses, with not_assessed split into "a value exists but cannot be judged yet" and "no data
   * yet" (the brief's "12 chưa có số liệu").
   */
  public static final List<String> COUNT_ORDER = List.of("achieved", "on_track", "accelerate",
      "off_track", "regressing", "not_assessed", "no_data_yet");

  private static final List<String> JUDGED_ON_P = List.of("on_track", "accelerate", "off_track",
      "regressing");

  private Programme() {}

  /** Every target of the as-of month, grouped, each group in the report's numbering order. */
  public static List<Group> groups(Marts data, YearMonth asOf, Language lang) {
    Map<String, List<Row>> byGroup = new LinkedHashMap<>();
    for (String group : Target.GROUPS) {
      byGroup.put(group, new ArrayList<>());
    }
    List<Row> rows = new ArrayList<>();
    for (TargetProgressRow r : data.progress(asOf)) {
      rows.add(row(r, lang));
    }
    // Rows without a code (a registry written before programme.md §2) come after the numbered
    // ones, the headline targets in their order, the others in the mart's order (stable sort).
    rows.sort(Comparator.comparing(Row::code, Programme::compareCodes)
        .thenComparingInt(r -> r.code().isEmpty() ? headlineRank(r.indicator()) : 0));
    for (Row row : rows) {
      byGroup.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
    }
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((key, list) -> {
      if (!list.isEmpty()) {
        groups.add(new Group(key, groupName(key, lang), List.copyOf(list)));
      }
    });
    return groups;
  }

  private static int headlineRank(String indicator) {
    int rank = Scorecard.HEADLINE.indexOf(indicator);
    return rank < 0 ? Scorecard.HEADLINE.size() : rank;
  }

  /**
   * The group of a row: the registry's, or for a registry written before programme.md §2 (no
   * group column) the regional group of the five feed indicators and "other" for the rest.
   */
  static String groupOf(TargetProgressRow r) {
    if (r.group() != null && !r.group().isEmpty()) {
      return r.group();
    }
    return switch (r.indicatorId()) {
      case "visitors", "tourism_revenue", "overnight_share" -> "regional_tourism";
      case "corn_area", "corn_output" -> "regional_agriculture";
      default -> "other_targets";
    };
  }

  static String groupName(String key, Language lang) {
    Word word = Word.of(key);
    return word == null ? Word.OTHER_TARGETS.format(lang) : word.format(lang);
  }

  /** One target as its table row says it. */
  static Row row(TargetProgressRow r, Language lang) {
    String status = r.status() == null ? "not_assessed" : r.status();
    boolean measured = r.assessedValue() != null;
    String latest = measured ? latest(r, lang) : noData(r, lang);
    String period = measured ? period(r.assessedPeriod(), lang) : "";
    Double p = r.anticipatedProgress();
    String statusText = lang.status(status) + (Boolean.TRUE.equals(r.provisional())
        && !"not_assessed".equals(status) ? " (" + lang.word("provisional") + ")" : "");
    return new Row(r.indicatorId(), groupOf(r), r.code() == null ? "" : r.code(),
        lang == Language.VI ? r.nameVi() : r.nameEn(), target(r, lang), latest,
        period == null ? "" : period, measured ? mark(r.xStatus(), lang) : "", years(r, lang),
        status, statusText, p == null || !JUDGED_ON_P.contains(status) ? "–"
            : lang.progressRatio(p), measured);
  }

  /** Where a value is missing: why, in the value's place. */
  private static String noData(TargetProgressRow r, Language lang) {
    if (Target.MONTHLY_FEEDS.equals(r.sourceFeed()) || Target.MEASURED_BY_FEEDS.contains(
        r.indicatorId()) && r.sourceFeed() == null) {
      return Scorecard.noDataYet(r.basis(), lang);
    }
    return Word.NO_DATA_YET.format(lang);
  }

  /**
   * The target as the political report says it: "trên 5.594 tỷ đồng", "khoảng 4.000 ha",
   * "800 – 1.000 tấn", "duy trì 12.000 – 13.000 con", "dưới 0,18 %", "30 doanh nghiệp cả nhiệm kỳ
   * 2026–2030", "7–8 %/năm", "≥ 90 % mỗi năm", "tổ chức hằng năm".
   */
  static String target(TargetProgressRow r, Language lang) {
    String unit = r.unit() == null ? "" : r.unit();
    Double target = number(r.targetValue());
    Double high = number(r.targetHigh());
    String kind = r.kind() == null ? "at_least" : r.kind();
    if (target == null) {
      return "–";
    }
    switch (kind) {
      case "growth_rate": {
        String rate = lang.number(target * 100, 1) + (high == null ? ""
            : "–" + lang.number(high * 100, 1)) + " %";
        return Word.TARGET_GROWTH_RATE.format(lang, rate);
      }
      case "each_year": {
        if (isYesNo(unit)) {
          return Word.TARGET_HELD_EVERY_YEAR.format(lang);
        }
        // "100 % mỗi năm": nothing is above 100 %, so a bound there says no more than the value.
        boolean full = unit.startsWith("fraction") && target == 1.0
            && !"at_most".equals(r.direction());
        String bound = (full ? "" : "at_most".equals(r.direction()) ? "≤ " : "≥ ")
            + value(target, unit, lang);
        return Word.TARGET_EACH_YEAR.format(lang, bound);
      }
      case "cumulative":
        return Word.TARGET_CUMULATIVE.format(lang, Scorecard.qualifier(r.indicatorId(), lang)
            + value(target, unit, lang), r.termStart() == null ? Target.DEFAULT_TERM_START
            : r.termStart(), r.targetYear());
      case "maintain":
        if (unit.startsWith("fraction") && high != null && high == 1.0) {
          return Word.TARGET_MAINTAIN_AT_LEAST.format(lang, value(target, unit, lang));
        }
        return Word.TARGET_MAINTAIN.format(lang, band(target, high, unit, lang));
      case "range":
        return band(target, high, unit, lang);
      case "at_most": {
        String qualifier = Scorecard.qualifier(r.indicatorId(), lang);
        String text = value(target, unit, lang);
        // The congress report says "below" (dưới) for its at-most targets; the registry's
        // own wording wins where it has one.
        return qualifier.isEmpty() ? Word.BELOW.format(lang) + " " + text : qualifier + text;
      }
      default:
        return Scorecard.qualifier(r.indicatorId(), lang) + value(target, unit, lang);
    }
  }

  private static String band(Double low, Double high, String unit, Language lang) {
    if (high == null) {
      return value(low, unit, lang);
    }
    if (unit.startsWith("fraction")) {
      return lang.number(low * 100, 2) + " – " + value(high, unit, lang);
    }
    // The unit once, after the upper bound: "800 – 1.000 tấn".
    String upper = value(high, unit, lang);
    return lang.number(low, low < 100 ? 1 : 0) + " – " + upper;
  }

  /** The latest value: x in its unit; r_obs for growth rates; the running sum for cumulative. */
  private static String latest(TargetProgressRow r, Language lang) {
    double x = r.assessedValue().doubleValue();
    String unit = r.unit() == null ? "" : r.unit();
    return switch (r.kind() == null ? "" : r.kind()) {
      case "growth_rate" -> (x < 0 ? Word.DECLINE_OBSERVED : Word.GROWTH_OBSERVED)
          .format(lang, lang.percent(Math.abs(x), 1));
      case "cumulative" -> Word.RUNNING_SUM.format(lang, value(x, unit, lang));
      // The five the feeds measure as the headline table says them (27,3 %); an office's figure
      // to the hundredth it gave (93,55 %).
      default -> Target.MONTHLY_FEEDS.equals(r.sourceFeed()) && !isYesNo(unit)
          ? Scorecard.format(x, unit, lang) : value(x, unit, lang);
    };
  }

  /** A value in its unit; yes/no as a word, never as 1 or 0. */
  static String value(double value, String unit, Language lang) {
    if (isYesNo(unit)) {
      return (value >= 0.5 ? Word.VALUE_YES : Word.VALUE_NO).format(lang);
    }
    if (unit != null && unit.startsWith("fraction")) {
      // A share as the report writes it, to the hundredth it gives (99,42 %, 39,27 %, 95 %);
      // a computed share (27,3373… %) to one decimal as in the headline table.
      double percent = value * 100;
      for (int decimals = 0; decimals <= 2; decimals++) {
        double scaled = percent * Math.pow(10, decimals);
        if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
          return lang.percent(value, decimals);
        }
      }
    }
    return Scorecard.format(value, unit, lang);
  }

  static boolean isYesNo(String unit) {
    return unit != null && unit.startsWith("yes_no");
  }

  /** "ước" for an estimate, "sơ bộ" for a preliminary figure, "" for an official one. */
  static String mark(String xStatus, Language lang) {
    if ("estimate".equals(xStatus)) {
      return Word.MARK_ESTIMATE.format(lang);
    }
    if ("preliminary".equals(xStatus)) {
      return Word.MARK_PRELIMINARY.format(lang);
    }
    return "";
  }

  /** Missed years and years without a value, as each_year and cumulative rows carry them. */
  private static String years(TargetProgressRow r, Language lang) {
    List<String> parts = new ArrayList<>();
    if (r.missedYears() != null && !r.missedYears().isEmpty()) {
      parts.add(Word.MISSED_YEARS.format(lang, yearList(r.missedYears())));
    }
    if (r.missingYears() != null && !r.missingYears().isEmpty()) {
      parts.add(Word.MISSING_YEARS.format(lang, yearList(r.missingYears())));
    }
    return String.join("; ", parts);
  }

  private static String yearList(String years) {
    return String.join(", ", years.split(";"));
  }

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEARS = Pattern.compile("(\\d{4})\\.\\.(\\d{4})");

  /**
   * A period as target_progress writes it, as the report's language says it: a year, a month,
   * a 12-month window (as {@link Language#period}), a quarter ("quý 1/2026" / "Q1 2026") or a
   * span of years ("2026–2027").
   */
  static String period(String period, Language lang) {
    if (period == null) {
      return "";
    }
    Matcher quarter = QUARTER.matcher(period);
    if (quarter.matches()) {
      return Word.QUARTER.format(lang, Integer.parseInt(quarter.group(2)), quarter.group(1));
    }
    Matcher years = YEARS.matcher(period);
    if (years.matches()) {
      return years.group(1) + "–" + years.group(2);
    }
    return lang.period(period);
  }

  /**
   * The count of targets per category of {@link #COUNT_ORDER}; a not_assessed target without
   * data ({@link #hasData}) counts as "no data yet". Every category is present, zero included.
   */
  public static Map<String, Integer> counts(List<String> statuses, List<Boolean> measured) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    COUNT_ORDER.forEach(c -> counts.put(c, 0));
    for (int i = 0; i < statuses.size(); i++) {
      String status = statuses.get(i) == null ? "not_assessed" : statuses.get(i);
      String category = "not_assessed".equals(status) && !measured.get(i) ? "no_data_yet"
          : status;
      counts.merge(category, 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Whether a target counts as having data: a value, or — for the five the monthly feeds measure
   * — months delivered but no complete window or year yet ("chưa đủ 12 tháng số liệu" in its
   * row, so "not assessed" in the count, not "no data yet").
   */
  public static boolean hasData(boolean valued, String sourceFeed) {
    return valued || Target.MONTHLY_FEEDS.equals(sourceFeed);
  }

  /** The counts of the as-of month's target_progress rows. */
  public static Map<String, Integer> counts(Marts data, YearMonth asOf) {
    List<TargetProgressRow> rows = data.progress(asOf);
    return counts(rows.stream().map(TargetProgressRow::status).toList(),
        rows.stream().map(r -> hasData(r.assessedValue() != null, r.sourceFeed())).toList());
  }

  /**
   * "40 chỉ tiêu: 3 đã đạt / 2 đúng lộ trình / … / 12 chưa có số liệu": the categories with at
   * least one target, in {@link #COUNT_ORDER}.
   */
  public static String countsLine(Map<String, Integer> counts, Language lang) {
    List<String> parts = new ArrayList<>();
    int total = 0;
    for (String category : COUNT_ORDER) {
      int n = counts.getOrDefault(category, 0);
      total += n;
      if (n > 0) {
        parts.add(n + " " + categoryWord(category, lang));
      }
    }
    return Word.PROGRAMME_TOTAL.format(lang, total, String.join(" / ", parts));
  }

  /** A category of the count as a word in lower case: "đúng lộ trình", "chưa có số liệu". */
  static String categoryWord(String category, Language lang) {
    String word = "no_data_yet".equals(category) ? Word.NO_DATA_YET.format(lang)
        : lang.word(category);
    return word.toLowerCase(lang == Language.VI ? Locale.forLanguageTag("vi") : Locale.ROOT);
  }

  /**
   * Report codes in the report's own order: digits compare as numbers, the rest as text, so
   * "1.(1)a" &lt; "1.(2)a", "(2)a" &lt; "(10)" &lt; "(23)a"; an empty code comes last.
   */
  static int compareCodes(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    Matcher ma = TOKEN.matcher(a);
    Matcher mb = TOKEN.matcher(b);
    while (ma.find()) {
      if (!mb.find()) {
        return 1;
      }
      String ta = ma.group();
      String tb = mb.group();
      boolean da = Character.isDigit(ta.charAt(0));
      boolean db = Character.isDigit(tb.charAt(0));
      int c = da && db ? new BigDecimal(ta).compareTo(new BigDecimal(tb))
          : da != db ? (da ? -1 : 1) : ta.compareTo(tb);
      if (c != 0) {
        return c;
      }
    }
    return mb.find() ? -1 : 0;
  }

  private static final Pattern TOKEN = Pattern.compile("\\d+|[^\\d]+");

  private static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }
}
