package vn.mocchau.analytics.report;

import java.util.List;
import java.util.Map;

/**
 * The progress report as one self-contained HTML file, laid out from {@link ReportContent} (the
 * PDF says the same): charts inline as SVG with text alternatives, the scorecard (status as a
 * symbol and a word, coloured too), the month's data quality and a method note; styled to print
 * on A4 with page numbers. Every text from the data is escaped.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * The report as HTML: every text from {@code c}; {@code svgByFigure} holds each figure's drawing
   * (SVG) by its name.
   */
  public static String render(ReportContent c, Map<String, String> svgByFigure) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(c.lang().code())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(c.title()))
        .append("</title>\n<style>\n")
        // Printed, every page says what it is and "Trang i/n", as the PDF does.
        .append("@page { size: A4; margin: 14mm 12mm 16mm;\n  @bottom-left { content: \"")
        .append(cssString(c.shortTitle())).append("\"; ").append(FOOTER)
        .append(" }\n  @bottom-right { content: \"")
        .append(c.page("\" counter(page) \"", "\" counter(pages)")).append("; ")
        .append(FOOTER).append(" } }\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(c.title())).append("</h1>\n<p class=\"note\">")
        .append(esc(c.intro())).append("</p>\n");
    if (!c.statusCounts().isEmpty()) {
      h.append("<p class=\"counts\">").append(esc(c.statusCounts())).append("</p>\n");
    }
    scorecard(h, c);
    programme(h, c, svgByFigure);
    h.append("<h2>").append(esc(c.chartsHeading())).append("</h2>\n");
    for (ReportContent.Figure figure : c.figures()) {
      h.append("<figure role=\"img\" aria-label=\"").append(esc(figure.caption()))
          .append("\">\n").append(ChartWriter.inline(svgByFigure.get(figure.name()),
              figure.name()))
          .append("\n<figcaption>").append(esc(figure.caption())).append("</figcaption>\n")
          .append("</figure>\n");
    }
    planning(h, c);
    reconciliation(h, c);
    quality(h, c);
    h.append("<h2>").append(esc(c.methodHeading())).append("</h2>\n");
    c.method().forEach(m -> h.append("<p class=\"note\">").append(esc(m)).append("</p>\n"));
    h.append("<p class=\"note\">").append(esc(c.source())).append("</p>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  /** The scorecard table, the targets not measured yet, what P means and the status key. */
  private static void scorecard(StringBuilder h, ReportContent c) {
    h.append("<h2>").append(esc(c.scorecardHeading()))
        .append("</h2>\n<table class=\"scorecard\">\n<tr>");
    c.scorecardColumns().forEach(col -> h.append("<th>").append(esc(col)).append("</th>"));
    h.append("</tr>\n");
    for (Scorecard.Line line : c.scorecard()) {
      h.append("<tr><td>").append(esc(line.name())).append("</td><td class=\"num\">")
          .append(esc(line.target())).append("</td><td class=\"num\">")
          .append(esc(line.latest()));
      if (!line.period().isEmpty()) {
        h.append("<span class=\"period\">").append(esc(line.period())).append("</span>");
      }
      h.append("</td><td class=\"num\">").append(esc(line.percentOfTarget()))
          .append("</td><td class=\"num\">").append(esc(line.progressRatio()))
          .append("</td><td><span class=\"status ").append(esc(line.status())).append("\">")
          .append(esc(c.statusText(line))).append("</span></td></tr>\n");
    }
    if (!c.notYetMeasured().isEmpty()) {
      h.append("<tr><td colspan=\"").append(c.scorecardColumns().size()).append("\">")
          .append("<strong>").append(esc(c.notYetMeasuredHeading())).append(":</strong> ")
          .append(esc(String.join("; ", c.notYetMeasured()))).append("</td></tr>\n");
    }
    h.append("</table>\n<p class=\"note\"><strong>").append(esc(c.progressMeaning()))
        .append("</strong></p>\n<p class=\"note\">").append(esc(c.statusKeyHeading()))
        .append(":</p>\n<ul class=\"key\">\n");
    c.statusKey().forEach(k -> h.append("<li>").append(esc(k)).append("</li>\n"));
    h.append("</ul>\n");
  }

  /**
   * The whole programme: one table per group (code, name, target, latest value with its period
   * and estimate mark, status as symbol and word, P), then the trend charts, each an inline SVG
   * whose ids carry the chart's name (unique on the page) with its text alternative.
   */
  private static void programme(StringBuilder h, ReportContent c,
      Map<String, String> svgByFigure) {
    if (c.programme().isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(c.programmeHeading())).append("</h2>\n<p class=\"note keep\">")
        .append(esc(c.programmeIntro())).append("</p>\n");
    for (Programme.Group group : c.programme()) {
      // A group's name and table stay together when printed; a long table repeats its header.
      h.append("<section class=\"group").append(group.rows().size() <= 12 ? " whole" : "")
          .append("\">\n<h3 id=\"group-").append(esc(group.key())).append("\">")
          .append(esc(group.name())).append("</h3>\n<table class=\"programme\" data-group=\"")
          .append(esc(group.key())).append("\">\n<thead><tr>");
      c.programmeColumns().forEach(col -> h.append("<th>").append(esc(col)).append("</th>"));
      h.append("</tr></thead>\n");
      for (Programme.Row row : group.rows()) {
        h.append("<tr data-indicator=\"").append(esc(row.indicator())).append("\"><td>")
            .append(esc(row.code())).append("</td><td>").append(esc(row.name()))
            .append("</td><td>").append(esc(row.target())).append("</td><td class=\"")
            .append(row.measured() ? "value" : "value no-data").append("\">")
            .append(esc(row.latest()));
        if (!row.mark().isEmpty()) {
          h.append(" <span class=\"mark\">(").append(esc(row.mark())).append(")</span>");
        }
        if (!row.period().isEmpty()) {
          h.append("<span class=\"period\">").append(esc(row.period())).append("</span>");
        }
        if (!row.years().isEmpty()) {
          h.append("<span class=\"period\">").append(esc(row.years())).append("</span>");
        }
        h.append("</td><td><span class=\"status ").append(esc(row.status())).append("\">")
            .append(esc(row.statusText())).append("</span></td><td class=\"num\">")
            .append(esc(row.progressRatio())).append("</td></tr>\n");
      }
      h.append("</table>\n</section>\n");
    }
    if (c.trends().isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(c.trendsHeading())).append("</h2>\n<p class=\"note keep\">")
        .append(esc(c.trendsIntro())).append("</p>\n<div class=\"trends\">\n");
    for (Trends.Trend trend : c.trends()) {
      h.append("<figure class=\"trend\" role=\"img\" aria-label=\"")
          .append(esc(trend.altText())).append("\">\n<div class=\"trend-title\">")
          .append(esc(trend.title())).append("</div>\n")
          .append(ChartWriter.inline(svgByFigure.get(trend.name()), trend.name()))
          .append("\n<figcaption>").append(esc(trend.altText())).append("</figcaption>\n")
          .append("</figure>\n");
    }
    h.append("</div>\n");
  }

  /**
   * What the targets demand (#16): a table of the requirements (name as row header, value
   * right-aligned, where the inputs come from), then one sentence per requirement. Absent when
   * the month has no planning rows.
   */
  private static void planning(StringBuilder h, ReportContent c) {
    if (c.planning().isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(c.planningHeading())).append("</h2>\n<p class=\"note keep\">")
        .append(esc(c.planningIntro())).append("</p>\n<table class=\"planning\">\n<thead><tr>");
    c.planningColumns().forEach(col -> h.append("<th scope=\"col\">").append(esc(col))
        .append("</th>"));
    h.append("</tr></thead>\n");
    for (Planning.Line line : c.planning()) {
      h.append("<tr data-requirement=\"").append(esc(line.requirement()))
          .append("\"><th scope=\"row\">").append(esc(line.name())).append("</th><td class=\"")
          .append(line.assessed() ? "num" : "num no-data").append("\">")
          .append(esc(line.value())).append("</td><td>").append(esc(line.sources()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<ul class=\"planning-sentences\">\n");
    c.planning().forEach(line -> h.append("<li>").append(esc(line.sentence()))
        .append("</li>\n"));
    h.append("</ul>\n");
  }

  /** The reconciliation's flagged years, with the sentence that says what it is. */
  private static void reconciliation(StringBuilder h, ReportContent c) {
    if (c.programme().isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(c.reconciliationHeading())).append("</h2>\n<p class=\"note\">")
        .append(esc(c.reconciliationIntro())).append("</p>\n");
    if (c.reconciliation().isEmpty()) {
      h.append("<p class=\"note\">").append(esc(c.reconciliationNone())).append("</p>\n");
      return;
    }
    h.append("<table class=\"reconciliation\">\n<tr>");
    c.reconciliationColumns().forEach(col -> h.append("<th>").append(esc(col)).append("</th>"));
    h.append("</tr>\n");
    for (List<String> row : c.reconciliation()) {
      h.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        h.append(i >= 2 && i <= 5 ? "<td class=\"num\">" : "<td>").append(esc(row.get(i)))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  /** The month's data quality: per feed, counts and the main rejection reasons. */
  private static void quality(StringBuilder h, ReportContent c) {
    h.append("<h2>").append(esc(c.qualityHeading()))
        .append("</h2>\n<table class=\"quality\">\n<tr>");
    c.qualityColumns().forEach(col -> h.append("<th>").append(esc(col)).append("</th>"));
    h.append("</tr>\n");
    for (ReportContent.QualityRow q : c.quality()) {
      h.append("<tr><td>").append(esc(q.feed())).append("</td>");
      if (q.missing() != null) {
        h.append("<td colspan=\"").append(c.qualityColumns().size() - 1).append("\">")
            .append(esc(q.missing())).append("</td></tr>\n");
        continue;
      }
      q.counts().forEach(n -> h.append("<td class=\"num\">").append(esc(n)).append("</td>"));
      h.append("<td>").append(q.reasons().stream().map(HtmlReport::esc)
          .collect(java.util.stream.Collectors.joining("<br>"))).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** The screen and print style: A4, DejaVu Sans, status colours that go with the symbols. */
  private static final String STYLE = "body { font-family: 'DejaVu Sans', 'Noto Sans', Arial,"
      + " sans-serif; font-size: 10.5pt;"
      + " line-height: 1.45; color: #222; max-width: 190mm; margin: 0 auto; }\n"
      + "h1 { font-size: 16pt; line-height: 1.35; } h2 { font-size: 13pt;"
      + " border-bottom: 1px solid #999; margin-top: 1.4em;"
      + " break-after: avoid; page-break-after: avoid; }\n"
      + "table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }\n"
      + "th, td { border: 1px solid #bbb; padding: 4px 5px; text-align: left;"
      + " vertical-align: top; line-height: 1.5; }\n th { background: #eef2f5; }\n"
      + "tr { break-inside: avoid; page-break-inside: avoid; }\n"
      + "td.num { text-align: right; white-space: nowrap; }\n"
      + ".period { display: block; font-size: 8pt; color: #555; }\n"
      + ".status { font-weight: bold; padding: 1px 6px; border-radius: 3px;"
      + " border: 1px solid; display: inline-block; }\n"
      + ".scorecard td:first-child { width: 28%; }"
      + " .scorecard td:last-child { width: 22%; }"
      + " .quality td:first-child { white-space: nowrap; }\n"
      + ".achieved, .on_track { background: #d8efd9; color: #1b5e20; }\n"
      + ".accelerate { background: #fff1c7; color: #7a5200; }\n"
      + ".off_track, .regressing { background: #f9d6d5; color: #8e1b17; }\n"
      + ".not_assessed { background: #eeeeee; color: #555; border-style: dashed; }\n"
      + "figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }\n"
      + "figure svg { width: 100%; height: auto; }\n"
      + "figcaption { font-size: 8.5pt; color: #444; }\n"
      + ".note { font-size: 9pt; color: #444; }\n"
      + ".counts { font-weight: bold; font-size: 10.5pt; }\n"
      + "h3 { font-size: 11pt; margin: 1em 0 0.3em; break-after: avoid;"
      + " page-break-after: avoid; }\n"
      + ".programme td:first-child { white-space: nowrap; width: 7%; }"
      + " .programme td:nth-child(2) { width: 30%; }"
      + " .programme td:nth-child(5) { width: 24%; }\n"
      + "section.whole { break-inside: avoid; page-break-inside: avoid; }\n"
      + ".keep { break-after: avoid; page-break-after: avoid; }\n"
      + ".no-data { font-style: italic; color: #555; }\n"
      + ".mark { font-style: italic; }\n"
      + ".trends { display: flex; flex-wrap: wrap; gap: 6px 12px; }\n"
      + "figure.trend { width: 58mm; margin: 0.4em 0; }\n"
      + ".trend-title { font-size: 8.5pt; font-weight: bold; }\n"
      + ".key { font-size: 9pt; margin: 0.3em 0; padding-left: 1.2em; }\n"
      + ".planning th[scope=row] { background: none; font-weight: normal; width: 48%; }\n"
      + ".planning-sentences { font-size: 9.5pt; margin: 0.5em 0; padding-left: 1.2em; }\n";

  private static final String FOOTER = "font-family: 'DejaVu Sans', 'Noto Sans', Arial,"
      + " sans-serif; font-size: 7.5pt; color: #444;";

  /** Text inside a CSS string literal: quotes and backslashes escaped, no line breaks. */
  static String cssString(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n<>]", " ");
  }

  /** HTML-escapes text for element content and attribute values. */
  public static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
