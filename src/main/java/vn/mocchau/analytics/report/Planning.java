package vn.mocchau.analytics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.mocchau.analytics.contract.PlanningParameters;
import vn.mocchau.analytics.marts.PlanningRequirementRow;
import vn.mocchau.analytics.marts.PlanningRequirements;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Word;

/**
 * "What the targets demand" (programme.md §6, issue #16): the planning_requirements rows of the
 * as-of month as the report says them — a table line (name, value in its unit, where the inputs
 * come from) and one plain sentence. Everything is read from the rows: the value and the
 * {@code inputs} text ("name=value (source)"); nothing is computed again here.
 */
public final class Planning {
  /**
   * One requirement in the report's language: its name, its value in words ("khoảng 22.900
   * giường", or "chưa tính được"), where its inputs come from ("số liệu, tham số, mục tiêu") and
   * the sentence that says it.
   */
  public record Line(String requirement, String name, String value, String sources,
      String sentence, boolean assessed) {}

  /** One input as the mart writes it: "alos_latest=1.57 (data: 2025-11..2026-10)". */
  record Input(String name, double value, String source, String period) {}

  private static final Pattern INPUT =
      Pattern.compile("([A-Za-z0-9_]+)=(\\S+) \\((data|parameter|target|derived)(?:: (.*))?\\)");

  private Planning() {}

  /** The lines of the as-of month's rows, in their (§6) order; none when there are no rows. */
  public static List<Line> lines(List<PlanningRequirementRow> rows, Language lang) {
    Map<String, PlanningRequirementRow> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put(r.requirementId(), r));
    List<Line> lines = new ArrayList<>();
    for (PlanningRequirementRow row : rows) {
      boolean assessed = row.assessed() && row.value() != null;
      lines.add(new Line(row.requirementId(), lang == Language.VI ? row.nameVi() : row.nameEn(),
          assessed ? value(row, lang) : Word.PLANNING_NOT_COMPUTED.format(lang),
          sources(row, byId, lang), assessed ? sentence(row, byId, lang)
              : notAssessed(row, lang), assessed));
    }
    return lines;
  }

  /** The inputs of a row, parsed from its text; an input that does not parse is left out. */
  static Map<String, Input> inputs(PlanningRequirementRow row) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    if (row.inputs() == null || row.inputs().isBlank()) {
      return inputs;
    }
    for (String part : row.inputs().split("; ")) {
      Matcher m = INPUT.matcher(part.strip());
      if (m.matches()) {
        try {
          inputs.put(m.group(1), new Input(m.group(1), Double.parseDouble(m.group(2)),
              m.group(3), m.group(4)));
        } catch (NumberFormatException e) {
          // Not a number: the sentence that needs it falls back to saying the value alone.
        }
      }
    }
    return inputs;
  }

  /** The value in its unit, rounded as a planner reads it. */
  static String value(PlanningRequirementRow row, Language lang) {
    double v = row.value();
    return switch (row.requirementId()) {
      // A count of the registry: exact.
      case PlanningRequirements.BEDS_NOW -> beds(v, lang);
      case PlanningRequirements.ALOS_LATEST -> nights(v, lang);
      case PlanningRequirements.BEDS_NEEDED_TARGET_YEAR -> about(beds(rounded(v), lang), lang);
      case PlanningRequirements.BEDS_GROWTH_NEEDED ->
          Word.PLANNING_PER_YEAR.format(lang, lang.percent(v, 1));
      case PlanningRequirements.CORN_FEED_DEMAND_NOW ->
          Word.PLANNING_PER_YEAR.format(lang, about(tonnes(rounded(v), lang), lang));
      case PlanningRequirements.CORN_AREA_FOR_FULL_DEMAND ->
          about(lang.number(rounded(v), 0) + " " + Word.HA.format(lang), lang);
      default -> row.unit() != null && row.unit().startsWith("fraction")
          ? lang.percent(v, 1) : lang.number(v, 2);
    };
  }

  /** The sentence of an assessed requirement, from its value and inputs. */
  static String sentence(PlanningRequirementRow row, Map<String, PlanningRequirementRow> byId,
      Language lang) {
    Map<String, Input> in = inputs(row);
    String name = lang == Language.VI ? row.nameVi() : row.nameEn();
    String value = value(row, lang);
    // A sentence needs every input it names; a row written otherwise says its value alone.
    String fallback = name + ": " + value + ".";
    switch (row.requirementId()) {
      case PlanningRequirements.BEDS_NOW: {
        Input open = in.get("establishments_open");
        return open == null ? fallback : Word.PLANNING_BEDS_NOW.format(lang,
            lang.period(open.period()), beds(row.value(), lang), lang.number(open.value(), 0));
      }
      case PlanningRequirements.ALOS_LATEST: {
        Input nights = in.get("guest_nights");
        Input guests = in.get("overnight_guests");
        return nights == null || guests == null ? fallback : Word.PLANNING_ALOS.format(lang,
            lang.period(nights.period()), lang.fixed(row.value(), 2),
            lang.number(nights.value(), 0), lang.number(guests.value(), 0));
      }
      case PlanningRequirements.BEDS_NEEDED_TARGET_YEAR: {
        Input visitors = in.get("visitors_target");
        Input share = in.get("overnight_share_target");
        Input alos = in.get(PlanningRequirements.ALOS_LATEST);
        Input occupancy = in.get(PlanningParameters.TARGET_BED_OCCUPANCY);
        if (visitors == null || share == null || alos == null || occupancy == null) {
          return fallback;
        }
        String needed = Word.PLANNING_BEDS_NEEDED.format(lang, lang.visits(visitors.value()),
            Scorecard.qualifier("overnight_share", lang) + Programme.value(share.value(),
                "fraction", lang), lang.fixed(alos.value(), 2),
            Programme.value(occupancy.value(), "fraction", lang),
            lang.number(rounded(row.value()), 0));
        PlanningRequirementRow now = byId.get(PlanningRequirements.BEDS_NOW);
        return now == null || !now.assessed() || now.value() == null ? needed + "."
            : needed + Word.PLANNING_BEDS_THERE_ARE.format(lang, lang.number(now.value(), 0),
                lang.period(now.asOf()));
      }
      case PlanningRequirements.BEDS_GROWTH_NEEDED: {
        Input needed = in.get(PlanningRequirements.BEDS_NEEDED_TARGET_YEAR);
        Input now = in.get(PlanningRequirements.BEDS_NOW);
        Input year = in.get("target_year");
        if (needed == null || now == null || year == null) {
          return fallback;
        }
        return row.value() <= 0
            ? Word.PLANNING_BEDS_ENOUGH.format(lang, lang.number(rounded(needed.value()), 0),
                (int) year.value(), lang.number(now.value(), 0))
            : Word.PLANNING_BEDS_GROWTH.format(lang, lang.number(rounded(needed.value()), 0),
                (int) year.value(), lang.number(now.value(), 0), lang.percent(row.value(), 1));
      }
      case PlanningRequirements.CORN_FEED_DEMAND_NOW: {
        Input herd = in.get(PlanningParameters.DAIRY_HERD_NOW);
        Input silage = in.get(PlanningParameters.SILAGE_KG_PER_COW_DAY);
        return herd == null || silage == null ? fallback : Word.PLANNING_CORN_DEMAND.format(
            lang, lang.number(herd.value(), 0), lang.number(silage.value(), 1),
            lang.number(rounded(row.value()), 0));
      }
      case PlanningRequirements.CORN_SELF_SUFFICIENCY_LATEST: {
        Input output = in.get("corn_output");
        Input demand = in.get(PlanningRequirements.CORN_FEED_DEMAND_NOW);
        return output == null || demand == null ? fallback
            : Word.PLANNING_CORN_SELF_SUFFICIENCY.format(lang, lang.period(output.period()),
                lang.number(output.value(), 0), lang.percent(row.value(), 1),
                lang.number(rounded(demand.value()), 0));
      }
      case PlanningRequirements.CORN_SELF_SUFFICIENCY_TARGET_YEAR: {
        Input target = in.get("corn_output_target");
        Input herd = in.get(PlanningParameters.DAIRY_HERD_2030);
        return target == null || herd == null ? fallback
            : Word.PLANNING_CORN_SELF_SUFFICIENCY_TARGET.format(lang,
                Scorecard.qualifier("corn_output", lang) + lang.number(target.value(), 0),
                lang.percent(row.value(), 1), lang.number(herd.value(), 0));
      }
      case PlanningRequirements.CORN_AREA_FOR_FULL_DEMAND: {
        Input yield = in.get("corn_yield_t_per_ha");
        Input herd = in.get(PlanningParameters.DAIRY_HERD_2030);
        return yield == null || herd == null ? fallback : Word.PLANNING_CORN_AREA.format(lang,
            lang.period(yield.period()), lang.number(yield.value(), 1),
            lang.number(rounded(row.value()), 0), lang.number(herd.value(), 0));
      }
      default:
        return fallback;
    }
  }

  /** A requirement not assessed: it cannot be computed yet, and what is missing, in words. */
  static String notAssessed(PlanningRequirementRow row, Language lang) {
    Set<String> missing = new LinkedHashSet<>();
    for (String input : (row.note() == null ? "" : row.note()).split(";")) {
      if (!input.isBlank()) {
        missing.add(missing(input.strip(), lang));
      }
    }
    String name = lang == Language.VI ? row.nameVi() : row.nameEn();
    return Word.PLANNING_CANNOT_COMPUTE.format(lang, name, missing.isEmpty()
        ? Word.PLANNING_MISSING_UNKNOWN.format(lang) : String.join("; ", missing));
  }

  /** A missing input as an officer knows it; a parameter with its name and file to edit. */
  static String missing(String input, Language lang) {
    return switch (input) {
      // ALOS needs both, over the same 12 months: one phrase for either.
      case "guest_nights", "overnight_guests" -> Word.PLANNING_MISSING_STAYS.format(lang);
      case PlanningParameters.DAIRY_HERD_NOW -> parameter(Word.PLANNING_HERD_NOW, input, lang);
      case PlanningParameters.DAIRY_HERD_2030 -> parameter(Word.PLANNING_HERD_PLANNED, input,
          lang);
      case PlanningParameters.SILAGE_KG_PER_COW_DAY -> parameter(Word.PLANNING_SILAGE, input,
          lang);
      case PlanningParameters.TARGET_BED_OCCUPANCY -> parameter(Word.PLANNING_OCCUPANCY, input,
          lang);
      case "visitors_target" -> Word.PLANNING_MISSING_TARGET.format(lang,
          Word.VISITORS.format(lang));
      case "overnight_share_target" -> Word.PLANNING_MISSING_TARGET.format(lang,
          Word.OVERNIGHT_SHARE.format(lang));
      case "corn_output_target" -> Word.PLANNING_MISSING_TARGET.format(lang,
          Word.CORN_OUTPUT.format(lang));
      case "corn_output" -> Word.PLANNING_MISSING_CORN_OUTPUT.format(lang);
      case "corn_yield_t_per_ha" -> Word.PLANNING_MISSING_CORN_YIELD.format(lang);
      case PlanningRequirements.BEDS_NOW -> Word.PLANNING_MISSING_BEDS.format(lang);
      case "target_year" -> Word.PLANNING_MISSING_TARGET_YEAR.format(lang);
      default -> input; // an input this report does not know yet: its identifier
    };
  }

  private static String parameter(Word what, String name, Language lang) {
    return Word.PLANNING_MISSING_PARAMETER.format(lang, what.format(lang), name,
        PlanningParameters.FILE);
  }

  /**
   * Where a requirement's inputs come from: data, parameters, targets; an input derived from
   * another requirement brings that one's sources (beds needed rest on the ALOS, so on data).
   */
  static String sources(PlanningRequirementRow row, Map<String, PlanningRequirementRow> byId,
      Language lang) {
    Set<String> kinds = new LinkedHashSet<>();
    collect(row, byId, kinds, new LinkedHashSet<>());
    List<String> words = new ArrayList<>();
    if (kinds.contains("data")) {
      words.add(Word.PLANNING_FROM_DATA.format(lang));
    }
    if (kinds.contains("parameter")) {
      words.add(Word.PLANNING_FROM_PARAMETER.format(lang));
    }
    if (kinds.contains("target")) {
      words.add(Word.PLANNING_FROM_TARGET.format(lang));
    }
    return words.isEmpty() ? "–" : String.join(", ", words);
  }

  private static void collect(PlanningRequirementRow row,
      Map<String, PlanningRequirementRow> byId, Set<String> kinds, Set<String> seen) {
    if (!seen.add(row.requirementId())) {
      return;
    }
    for (Input input : inputs(row).values()) {
      PlanningRequirementRow from = byId.get(input.name());
      if ("derived".equals(input.source()) && from != null) {
        collect(from, byId, kinds, seen);
      } else {
        kinds.add(input.source());
      }
    }
  }

  /** Beds, tonnes and hectares as a plan states them: to 100 from 1,000 up, else to 10. */
  static double rounded(double value) {
    double step = Math.abs(value) >= 1000 ? 100 : 10;
    return Math.round(value / step) * step;
  }

  private static String about(String text, Language lang) {
    return Word.ABOUT.format(lang) + " " + text;
  }

  private static String beds(double beds, Language lang) {
    return lang.number(beds, 0) + " " + Word.BEDS.format(lang);
  }

  private static String nights(double nights, Language lang) {
    return lang.fixed(nights, 2) + " " + Word.NIGHTS.format(lang);
  }

  private static String tonnes(double tonnes, Language lang) {
    return lang.number(tonnes, 0) + " " + Word.TONNES.format(lang);
  }
}
