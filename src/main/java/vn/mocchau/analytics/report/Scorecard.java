package vn.mocchau.analytics.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.mocchau.analytics.marts.MartSchemas;

/** One line per indicator as of the month: target, latest value, share of target, status. */
public final class Scorecard {
  /** A scorecard line, every text already in the report's language. */
  public record Line(String indicator, String name, String target, String latest,
      String percentOfTarget, String status, String statusWord, boolean provisional) {}

  private Scorecard() {}

  public static List<Line> lines(MartData data, YearMonth asOf, Lang lang) {
    MartData.Table t = data.table(MartSchemas.TARGET_PROGRESS);
    List<Line> lines = new ArrayList<>();
    for (Object[] row : t.where(r -> asOf.toString().equals(r[0]))) {
      String id = t.text(row, "indicator_id");
      String unit = t.text(row, "unit");
      Double target = t.number(row, "target_value");
      Double high = t.number(row, "target_high");
      Double latest = t.number(row, "assessed_value");
      String targetText = format(target, unit, lang) + (high == null ? ""
          : " – " + format(high, unit, lang));
      String latestText = latest == null ? "–" : format(latest, unit, lang) + " ("
          + t.text(row, "assessed_period") + ")";
      String percent = latest == null || target == null || target == 0 ? "–"
          : lang.percent(latest / target, 0);
      String status = t.text(row, "status");
      lines.add(new Line(id, lang == Lang.VI ? t.text(row, "name_vi") : t.text(row, "name_en"),
          targetText, latestText, percent, status, lang.word(status),
          Boolean.TRUE.equals(t.get(row, "provisional"))));
    }
    return lines;
  }

  static String format(Double value, String unit, Lang lang) {
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

  /** Units of targets.csv (written in English there) as the report's language says them. */
  static String unitWord(String unit, Lang lang) {
    String bare = unit.replace("/year", "");
    if (lang == Lang.EN) {
      return bare;
    }
    return switch (bare) {
      case "tonnes" -> "tấn";
      case "head" -> "con";
      case "ha" -> "ha";
      case "million VND/person" -> "triệu đồng/người";
      case "doctors per 10000 people" -> "bác sĩ/vạn dân";
      default -> bare;
    };
  }
}
