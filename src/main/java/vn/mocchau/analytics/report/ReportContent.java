package vn.mocchau.analytics.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.mocchau.analytics.contract.ColumnSpec;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.Rejection;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.ReconciliationRow;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Word;

/**
 * What the report says, once, in one language: title, introduction, scorecard, what P means,
 * figure captions, the whole programme, what the targets demand, the reconciliation, the month's
 * data quality and the method note. {@link HtmlReport} and
 * {@link PdfReport} only lay this out, so the screen and the printed copy cannot say different
 * things. Every text here is plain (the renderers escape it).
 */
public record ReportContent(Language lang, String title, String shortTitle, String intro,
    String scorecardHeading, List<String> scorecardColumns, List<Scorecard.Line> scorecard,
    String notYetMeasuredHeading, List<String> notYetMeasured, String statusKeyHeading,
    List<String> statusKey, String progressMeaning, String chartsHeading, List<Figure> figures,
    String qualityHeading, List<String> qualityColumns, List<QualityRow> quality,
    String methodHeading, List<String> method, String source, String statusCounts,
    String programmeHeading, String programmeIntro, List<String> programmeColumns,
    List<Programme.Group> programme, String trendsHeading, String trendsIntro,
    List<Trends.Trend> trends, String reconciliationHeading, String reconciliationIntro,
    List<String> reconciliationColumns, List<List<String>> reconciliation,
    String reconciliationNone, String planningHeading, String planningIntro,
    List<String> planningColumns, List<Planning.Line> planning) {

  /** A chart's place in the report and its text alternative. */
  public record Figure(String name, String caption) {}

  /** Data quality of the month: per feed, delivered or not, counts and top reasons. */
  public record FeedQuality(String feed, boolean delivered, long read, long accepted,
      long rejected, long duplicates, Map<String, Long> topReasons, boolean expected) {}

  /**
   * One feed's line of the data-quality table: its name in the report's language; when not
   * delivered, {@code missing} says so and the counts are empty; reasons are "column: reason (n)".
   */
  public record QualityRow(String feed, String missing, List<String> counts,
      List<String> reasons) {}

  /** The statuses in the order the key explains them. */
  static final List<String> STATUSES = List.of("achieved", "on_track", "accelerate", "off_track",
      "regressing", "not_assessed");

  /** The report of marts that hold no programme beyond {@code lines} (older tests). */
  public static ReportContent of(YearMonth asOf, Language lang, List<Scorecard.Line> lines,
      List<ChartFactory.Chart> charts, List<FeedQuality> quality) {
    return of(asOf, lang, lines, charts, quality,
        new Marts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  /**
   * The report: the headline scorecard of {@code lines} (the five regional-linkage targets the
   * monthly feeds measure, with their charts), and from {@code data} the whole programme of the
   * as-of month — the count per status, one table per group, the trend charts, what the targets
   * demand (planning_requirements; none when the month has no such rows) and the flagged years
   * of the reconciliation.
   */
  public static ReportContent of(YearMonth asOf, Language lang, List<Scorecard.Line> lines,
      List<ChartFactory.Chart> charts, List<FeedQuality> quality, Marts data) {
    List<Programme.Group> programme = Programme.groups(data, asOf, lang);
    // The programme tables list every target, so the headline table keeps the five headline
    // targets and the list of targets without data is only needed when there is no programme.
    List<Scorecard.Line> table = programme.isEmpty() ? Scorecard.table(lines)
        : lines.stream().filter(l -> Scorecard.HEADLINE.contains(l.indicator())).toList();
    List<String> notYet = new ArrayList<>();
    if (programme.isEmpty()) {
      for (Scorecard.Line line : Scorecard.notYetMeasured(lines)) {
        notYet.add(line.name() + " (" + line.target() + ")");
      }
    }
    List<String> key = new ArrayList<>();
    for (String status : STATUSES) {
      key.add(lang.status(status) + ": " + statusMeaning(status, lang));
    }
    if (!programme.isEmpty()) {
      key.add(Word.KEY_EACH_YEAR.format(lang, lang.status("on_track"), lang.status("accelerate"),
          lang.status("off_track")));
      key.add(Word.KEY_MAINTAIN.format(lang, lang.status("achieved"), lang.status("off_track")));
    }
    List<Figure> figures = charts.stream().map(c -> new Figure(c.name(), c.altText())).toList();
    return new ReportContent(lang, Word.REPORT_TITLE.format(lang, asOf),
        Word.REPORT_SHORT_TITLE.format(lang, asOf), Word.REPORT_INTRO.format(lang),
        Word.SCORECARD_HEADING.format(lang), words(lang, Word.COLUMN_INDICATOR,
            Word.COLUMN_TARGET_2030, Word.COLUMN_LATEST, Word.COLUMN_PERCENT_OF_TARGET,
            Word.COLUMN_P, Word.STATUS),
        table, Word.NOT_YET_MEASURED.format(lang), notYet,
        Word.STATUS_KEY_HEADING.format(lang), key, progressMeaning(lang),
        Word.CHARTS_HEADING.format(lang), figures, Word.QUALITY_HEADING.format(lang, asOf),
        words(lang, Word.COLUMN_DATA_SOURCE, Word.COLUMN_ROWS_READ, Word.COLUMN_ACCEPTED,
            Word.COLUMN_REJECTED, Word.COLUMN_DUPLICATES, Word.COLUMN_MAIN_REASONS),
        quality.stream().map(q -> qualityRow(q, lang)).toList(),
        Word.METHOD_HEADING.format(lang), method(lang), lang.source(asOf),
        programme.isEmpty() ? "" : Programme.countsLine(Programme.counts(data, asOf), lang),
        Word.PROGRAMME_HEADING.format(lang), Word.PROGRAMME_INTRO.format(lang),
        words(lang, Word.COLUMN_CODE, Word.COLUMN_INDICATOR, Word.COLUMN_TARGET_2030,
            Word.COLUMN_LATEST, Word.STATUS, Word.COLUMN_P),
        programme, Word.TRENDS_HEADING.format(lang), Word.TRENDS_INTRO.format(lang),
        Trends.of(data, asOf, lang), Word.RECONCILIATION_HEADING.format(lang),
        Word.RECONCILIATION_INTRO.format(lang), words(lang, Word.YEAR, Word.COLUMN_INDICATOR,
            Word.COLUMN_OFFICIAL, Word.COLUMN_PIPELINE, Word.COLUMN_DIFFERENCE,
            Word.COLUMN_RELATIVE_DIFFERENCE, Word.COLUMN_WHY_FLAGGED),
        reconciliation(data, asOf, lang), Word.RECONCILIATION_NONE.format(lang),
        Word.PLANNING_HEADING.format(lang), Word.PLANNING_INTRO.format(lang),
        words(lang, Word.COLUMN_REQUIREMENT, Word.COLUMN_VALUE, Word.COLUMN_INPUTS_FROM),
        Planning.lines(data.planning(asOf), lang));
  }

  /**
   * The flagged years of the as-of month's reconciliation (programme.md §4), one line each:
   * year, indicator, official figure with its estimate mark, the monthly feeds' figure, the
   * difference (official − pipeline, signed), the relative difference and why it is flagged.
   * Years within 5 % and complete in the feeds are left out: they need no attention.
   */
  static List<List<String>> reconciliation(Marts data, YearMonth asOf, Language lang) {
    Map<String, vn.mocchau.analytics.marts.TargetProgressRow> targets = new java.util.HashMap<>();
    data.progress(asOf).forEach(r -> targets.put(r.indicatorId(), r));
    List<List<String>> rows = new ArrayList<>();
    List<ReconciliationRow> flagged = data.reconciliation().stream()
        .filter(r -> asOf.toString().equals(r.asOf()) && Boolean.TRUE.equals(r.flag()))
        .sorted(java.util.Comparator.comparing(ReconciliationRow::year)
            .thenComparing(r -> Scorecard.HEADLINE.indexOf(r.indicatorId())))
        .toList();
    for (ReconciliationRow r : flagged) {
      var target = targets.get(r.indicatorId());
      String unit = target == null ? unitOf(r.indicatorId()) : target.unit();
      String name = target == null ? lang.word(r.indicatorId())
          : lang == Language.VI ? target.nameVi() : target.nameEn();
      String official = r.officialValue() == null ? Word.NO_DATA_YET.format(lang)
          : Programme.value(r.officialValue().doubleValue(), unit, lang);
      String mark = Programme.mark(r.officialStatus(), lang);
      String pipeline = r.pipelineValue() == null ? Word.NO_DATA_YET.format(lang)
          : Programme.value(r.pipelineValue().doubleValue(), unit, lang);
      // A year the feeds do not cover in full: the mart keeps the difference (programme.md §4);
      // the report does not print a whole year against part of one.
      boolean complete = Boolean.TRUE.equals(r.pipelineComplete());
      String difference = r.difference() == null || !complete ? "–"
          : signed(r.difference().doubleValue(), unit, lang);
      String relative = r.relativeDifference() == null || !complete ? "–"
          : (r.relativeDifference() > 0 ? "+" : "") + lang.percent(r.relativeDifference(), 1);
      List<String> why = new ArrayList<>();
      if (complete && r.relativeDifference() != null && Math.abs(r.relativeDifference()) > 0.05) {
        why.add(Word.FLAG_OVER_5_PERCENT.format(lang)); // not said of a part of a year
      }
      if (!Boolean.TRUE.equals(r.pipelineComplete())) {
        why.add(Word.FLAG_INCOMPLETE_YEAR.format(lang));
      }
      rows.add(List.of(String.valueOf(r.year()), name, official + (mark.isEmpty() ? ""
          : " (" + mark + ")"), pipeline, difference, relative, String.join("; ", why)));
    }
    return rows;
  }

  /**
   * A difference with its sign: "+300.000 lượt khách"; of two shares, in percentage points
   * ("+0,75 điểm phần trăm"), which a bare "%" would confuse with the relative difference beside it.
   */
  private static String signed(double value, String unit, Language lang) {
    String text = unit.startsWith("fraction")
        ? Word.PERCENTAGE_POINTS.format(lang, points(Math.abs(value) * 100, lang))
        : Scorecard.format(Math.abs(value), unit, lang);
    return (value > 0 ? "+" : value < 0 ? "−" : "") + text;
  }

  /** Percentage points with as few decimals as say them (1; 0,5; 0,75), at most two. */
  private static String points(double points, Language lang) {
    for (int decimals = 0; decimals < 2; decimals++) {
      double scaled = points * Math.pow(10, decimals);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
        return lang.number(points, decimals);
      }
    }
    return lang.number(points, 2);
  }

  /** The unit of a reconciled indicator whose target row is missing (the registry's units). */
  private static String unitOf(String indicator) {
    return switch (indicator) {
      case "visitors" -> "visits/year";
      case "tourism_revenue" -> "billion VND/year";
      default -> "fraction";
    };
  }

  private static List<String> words(Language lang, Word... words) {
    return java.util.Arrays.stream(words).map(w -> w.format(lang)).toList();
  }

  /** A scorecard line's status as symbol and word: "▲ Cần đẩy nhanh (tạm tính)". */
  public String statusText(Scorecard.Line line) {
    return line.statusText(lang);
  }

  /**
   * The page footer's "Trang i/n" with the page and the count given as text: numbers in the PDF,
   * CSS counters in the HTML.
   */
  public String page(String page, String pages) {
    return Word.PAGE.format(lang, page, pages);
  }

  /** P in one plain sentence a delegate understands. */
  static String progressMeaning(Language lang) {
    return Word.PROGRESS_MEANING.format(lang);
  }

  static String statusMeaning(String status, Language lang) {
    return switch (status) {
      case "achieved" -> Word.ACHIEVED_MEANING.format(lang);
      case "on_track" -> "P ≥ " + lang.number(0.95, 2);
      case "accelerate" -> lang.number(0.5, 1) + " ≤ P < " + lang.number(0.95, 2);
      case "off_track" -> "0 ≤ P < " + lang.number(0.5, 1);
      case "regressing" -> "P < 0";
      default -> Word.NOT_ASSESSED_MEANING.format(lang);
    };
  }

  static List<String> method(Language lang) {
    return List.of(progressMeaning(lang), Word.METHOD_WINDOWS.format(lang),
        Word.METHOD_PROJECTION.format(lang), Word.METHOD_IMPLIED.format(lang),
        Word.METHOD_PROVISIONAL.format(lang));
  }

  static QualityRow qualityRow(FeedQuality q, Language lang) {
    String name = feedName(q.feed(), lang);
    if (!q.delivered()) {
      // The delivery calendar: a feed with no delivery due this month is not missing.
      return new QualityRow(name, (q.expected() ? Word.NOT_DELIVERED : Word.NOT_DUE)
          .format(lang), List.of(), List.of());
    }
    List<String> counts = new ArrayList<>();
    for (long n : new long[] {q.read(), q.accepted(), q.rejected(), q.duplicates()}) {
      counts.add(lang.number(n, 0));
    }
    List<String> reasons = new ArrayList<>();
    q.topReasons().forEach((reason, n) -> reasons.add(reason + " (" + lang.number(n, 0) + ")"));
    return new QualityRow(name, null, counts, reasons);
  }

  /** A feed as officers call it: "Lượt khách" / "Visitor counts" for visitor_counts. */
  public static String feedName(String feed, Language lang) {
    return switch (feed) {
      case "visitor_counts" -> Word.FEED_VISITOR_COUNTS.format(lang);
      case "stays" -> Word.FEED_STAYS.format(lang);
      case "revenue" -> Word.FEED_REVENUE.format(lang);
      case "biomass_corn" -> Word.FEED_BIOMASS_CORN.format(lang);
      case "indicator_values" -> Word.FEED_INDICATOR_VALUES.format(lang);
      default -> feed;
    };
  }

  /**
   * A column of a feed as the report names it: in Vietnamese the contract's Vietnamese header
   * name ("Ngày đi" for check_out), in English the contract's name in words ("check out").
   */
  public static String columnName(String feed, String column, Language lang) {
    if (column == null || Rejection.WHOLE_ROW.equals(column)) {
      return Word.WHOLE_ROW.format(lang);
    }
    for (Feed f : Feed.registered()) {
      if (!f.folder().equals(feed)) {
        continue;
      }
      for (ColumnSpec spec : f.contract().columns()) {
        if (spec.name().equals(column)) {
          String words = lang == Language.VI && !spec.viAliases().isEmpty()
              ? spec.viAliases().get(0) : spec.name().replace('_', ' ');
          return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        }
      }
    }
    return column;
  }
}
