package vn.mocchau.analytics.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.TargetProgressRow;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Word;

/**
 * One line per indicator as of the month: target (in the congress report's own wording), latest
 * value and its period, share of target, P and status. Lines come in the order a delegate looks
 * for them: the headline regional-linkage targets first, then the other targets that have data,
 * then the targets nothing measures yet.
 */
public final class Scorecard {
  /**
   * A scorecard line, every text already in the report's language. {@code latest} is the value
   * alone ("4,07 triệu lượt", or "–"), {@code period} its window or year ("11/2025–10/2026"),
   * or why there is no value yet; {@code progressRatio} P ("0,77", or "–" when the status does
   * not rest on it), {@code measured} whether any value exists yet.
   */
  public record Line(String indicator, String name, String target, String latest,
      String percentOfTarget, String status, String statusWord, boolean provisional,
      String period, String progressRatio, boolean measured) {

    /** "✓ Đúng lộ trình (tạm tính)": symbol and word, so it reads without colour. */
    public String statusText(Language lang) {
      return lang.status(status) + (provisional && !"not_assessed".equals(status)
          ? " (" + lang.word("provisional") + ")" : "");
    }
  }

  /** The regional-linkage targets of the congress report, in the report's order. */
  public static final List<String> HEADLINE = List.of("visitors", "tourism_revenue",
      "overnight_share", "corn_area", "corn_output");

  /**
   * How the congress report words a target, where it says more than a bare number: "more than
   * 5,594 billion", "more than 70 %", "about 4,000 ha". The registry (targets.csv) quotes these
   * words in its source column; ScorecardTest keeps this table in step with it.
   */
  static final Map<String, String> WORDING = Map.of(
      "tourism_revenue", "more_than",
      "overnight_share", "more_than",
      "corn_area", "about",
      "corn_output", "about",
      "ward_plum_output", "about",
      "ward_farm_households", "about",
      "ward_farm_workers", "about",
      "ward_roads_widened", "more_than",
      "ward_poverty_rate", "below");

  private static final List<String> JUDGED_ON_P = List.of("on_track", "accelerate", "off_track",
      "regressing");

  private Scorecard() {}

  public static List<Line> lines(Marts data, YearMonth asOf, Language lang) {
    List<Line> lines = new ArrayList<>();
    for (TargetProgressRow row : data.progress(asOf)) {
      String id = row.indicatorId();
      String unit = row.unit();
      Double target = number(row.targetValue());
      Double high = number(row.targetHigh());
      Double latest = number(row.assessedValue());
      Double p = row.anticipatedProgress();
      String targetText = qualifier(id, lang) + format(target, unit, lang)
          + (high == null ? "" : " – " + format(high, unit, lang));
      String percent = latest == null || target == null || target == 0 ? "–"
          : lang.percent(latest / target, 0);
      String status = row.status();
      lines.add(new Line(id, lang == Language.VI ? row.nameVi() : row.nameEn(),
          targetText, latest == null ? "–" : format(latest, unit, lang), percent, status,
          lang.word(status), Boolean.TRUE.equals(row.provisional()),
          latest == null ? noDataYet(row.basis(), lang) : lang.period(row.assessedPeriod()),
          p == null || !JUDGED_ON_P.contains(status) ? "–" : lang.progressRatio(p),
          latest != null));
    }
    lines.sort(Comparator.comparingInt(Scorecard::rank));
    return lines;
  }

  private static Double number(java.math.BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /** Why a target has no value yet, in the place of its period. */
  static String noDataYet(String basis, Language lang) {
    return ("rolling_12m".equals(basis) ? Word.FEWER_THAN_12_MONTHS : Word.NO_COMPLETE_YEAR)
        .format(lang);
  }

  /** Headline targets in their order, then others with data, then the ones without (stable). */
  private static int rank(Line line) {
    int headline = HEADLINE.indexOf(line.indicator());
    if (headline >= 0) {
      return headline;
    }
    return line.measured() ? HEADLINE.size() : HEADLINE.size() + 1;
  }

  /** The lines of the scorecard table: headline targets always, others once they have data. */
  public static List<Line> table(List<Line> lines) {
    return lines.stream().filter(l -> l.measured() || HEADLINE.contains(l.indicator())).toList();
  }

  /** Targets no feed measures yet, listed together after the table instead of rows of "–". */
  public static List<Line> notYetMeasured(List<Line> lines) {
    return lines.stream().filter(l -> !l.measured() && !HEADLINE.contains(l.indicator()))
        .toList();
  }

  /** "trên " / "more than " before a target the congress report words that way, else "". */
  static String qualifier(String indicator, Language lang) {
    String key = WORDING.get(indicator);
    return key == null ? "" : Word.of(key).in(lang) + " ";
  }

  static String format(Double value, String unit, Language lang) {
    if (value == null) {
      return "–";
    }
    if (unit.startsWith("fraction")) {
      return lang.percent(value, value < 0.01 ? 2 : 1);
    }
    if (unit.startsWith("visits")) {
      return lang.visits(value);
    }
    if (unit.startsWith("billion")) {
      return lang.billions(value);
    }
    return lang.number(value, value < 100 ? 1 : 0) + " " + unitWord(unit, lang);
  }

  /** Units of targets.csv as the report's language says them, without "/year". */
  static String unitWord(String unit, Language lang) {
    return lang.unit(unit.replace("/year", ""));
  }

}
