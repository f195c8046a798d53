package vn.mocchau.analytics.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The progress report as one self-contained HTML file: charts inline as SVG with text
 * alternatives, the scorecard (status in a colour and a word), the month's data quality and a
 * method note; styled to print on A4. Every text from the data is escaped.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Data quality of the month: per feed, delivered or not, counts and top reasons. */
  public record FeedQuality(String feed, boolean delivered, long read, long accepted,
      long rejected, long duplicates, Map<String, Long> topReasons, boolean expected) {}

  public static String render(YearMonth asOf, Lang lang, List<Scorecard.Line> scorecard,
      List<ChartFactory.Chart> charts, Map<String, String> svgByChart,
      List<FeedQuality> quality) {
    boolean vi = lang == Lang.VI;
    StringBuilder h = new StringBuilder(64 * 1024);
    String title = vi ? "Tiến độ thực hiện các chỉ tiêu liên kết vùng đến năm 2030 — số liệu đến"
        + " tháng " + lang.month(asOf)
        : "Progress toward the 2030 regional-linkage targets — data to " + lang.month(asOf);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(vi ? "vi" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
        .append("<style>\n")
        .append("@page { size: A4; margin: 14mm 12mm; }\n")
        .append("body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10.5pt;"
            + " color: #222; max-width: 190mm; margin: 0 auto; }\n")
        .append("h1 { font-size: 16pt; } h2 { font-size: 13pt; border-bottom: 1px solid #999;"
            + " margin-top: 1.4em; }\n")
        .append("table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }\n")
        .append("th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left;"
            + " vertical-align: top; }\n th { background: #eef2f5; }\n")
        .append("td.num { text-align: right; white-space: nowrap; }\n")
        .append(".status { font-weight: bold; padding: 1px 6px; border-radius: 3px; }\n")
        .append(".achieved, .on_track { background: #d8efd9; color: #1b5e20; }\n")
        .append(".accelerate { background: #fff1c7; color: #7a5200; }\n")
        .append(".off_track, .regressing { background: #f9d6d5; color: #8e1b17; }\n")
        .append(".not_assessed { background: #eeeeee; color: #555; }\n")
        .append("figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }\n")
        .append("figure svg { width: 100%; height: auto; }\n")
        .append("figcaption { font-size: 8.5pt; color: #444; }\n")
        .append(".note { font-size: 9pt; color: #444; }\n")
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"note\">")
        .append(esc(vi ? "Khu du lịch quốc gia Mộc Châu. Dữ liệu trong bản này là dữ liệu mẫu"
            + " tổng hợp (synthetic), không phải số liệu thật."
            : "Mộc Châu national tourism area. The data in this copy are a synthetic sample,"
                + " not real figures."))
        .append("</p>\n");

    h.append("<h2>").append(vi ? "Bảng tổng hợp chỉ tiêu" : "Scorecard").append("</h2>\n<table>\n")
        .append("<tr><th>").append(vi ? "Chỉ tiêu" : "Indicator").append("</th><th>")
        .append(vi ? "Mục tiêu 2030" : "2030 target").append("</th><th>")
        .append(vi ? "Số liệu mới nhất" : "Latest").append("</th><th>")
        .append(vi ? "% mục tiêu" : "% of target").append("</th><th>")
        .append(lang.word("status")).append("</th></tr>\n");
    for (Scorecard.Line line : scorecard) {
      h.append("<tr><td>").append(esc(line.name())).append("</td><td class=\"num\">")
          .append(esc(line.target())).append("</td><td class=\"num\">")
          .append(esc(line.latest())).append("</td><td class=\"num\">")
          .append(esc(line.percentOfTarget())).append("</td><td><span class=\"status ")
          .append(esc(line.status())).append("\">").append(esc(line.statusWord()))
          .append("</span>").append(line.provisional() && !"not_assessed".equals(line.status())
              ? " (" + esc(lang.word("provisional")) + ")" : "")
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>").append(vi ? "Biểu đồ" : "Charts").append("</h2>\n");
    for (ChartFactory.Chart chart : charts) {
      h.append("<figure role=\"img\" aria-label=\"").append(esc(chart.altText())).append("\">\n")
          .append(svgByChart.get(chart.name()).replaceFirst("<\\?xml[^>]*>", ""))
          .append("\n<figcaption>").append(esc(chart.altText())).append("</figcaption>\n")
          .append("</figure>\n");
    }

    h.append("<h2>").append(vi ? "Chất lượng dữ liệu tháng " : "Data quality of ")
        .append(esc(lang.month(asOf))).append("</h2>\n<table>\n<tr><th>")
        .append(vi ? "Nguồn dữ liệu" : "Feed").append("</th><th>")
        .append(vi ? "Dòng đọc" : "Rows read").append("</th><th>")
        .append(vi ? "Chấp nhận" : "Accepted").append("</th><th>")
        .append(vi ? "Loại" : "Rejected").append("</th><th>")
        .append(vi ? "Trùng lặp" : "Duplicates").append("</th><th>")
        .append(vi ? "Lý do loại chính" : "Main reasons").append("</th></tr>\n");
    for (FeedQuality q : quality) {
      h.append("<tr><td>").append(esc(q.feed())).append("</td>");
      if (!q.delivered()) {
        h.append("<td colspan=\"5\">").append(q.expected() ? (vi ? "Chưa nộp" : "Not delivered")
            : (vi ? "Không đến kỳ nộp" : "Not due this month"))
            .append("</td></tr>\n");
        continue;
      }
      h.append("<td class=\"num\">").append(lang.number(q.read(), 0))
          .append("</td><td class=\"num\">").append(lang.number(q.accepted(), 0))
          .append("</td><td class=\"num\">").append(lang.number(q.rejected(), 0))
          .append("</td><td class=\"num\">").append(lang.number(q.duplicates(), 0))
          .append("</td><td>");
      q.topReasons().forEach((reason, count) -> h.append(esc(reason)).append(" (")
          .append(count).append(")<br>"));
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>").append(vi ? "Ghi chú phương pháp" : "Method").append("</h2>\n<p class=\"note\">")
        .append(esc(vi
            ? "Lượt khách và doanh thu được đánh giá trên 12 tháng gần nhất có đủ số liệu; tỷ lệ"
                + " lưu trú = khách lưu trú qua đêm / tổng lượt khách, tính từ tổng tử số và mẫu"
                + " số. Ngô sinh khối đánh giá theo năm, vụ báo cáo sau thay thế vụ báo cáo trước."
                + " Tăng trưởng cần đạt = (mục tiêu / năm gốc 2025)^(1/5) − 1; tăng trưởng thực tế"
                + " tính từ năm gốc đến số liệu mới nhất; P = (giá trị dự kiến 2030 − năm gốc) /"
                + " (mục tiêu − năm gốc): đúng lộ trình khi P ≥ 0,95, cần đẩy nhanh khi 0,5 ≤ P <"
                + " 0,95, chậm khi 0 ≤ P < 0,5, đi lùi khi P < 0. Dự báo theo mô hình xu hướng và"
                + " mùa vụ trên thang logarit, khoảng dự báo 80 % và 95 %. 5.594 tỷ đồng / 6,25"
                + " triệu lượt = 895.040 đồng/lượt, thấp hơn mức chi tiêu hiện nay: đạt mục tiêu"
                + " lượt khách thì vượt mục tiêu doanh thu."
            : "Visits and revenue are assessed on the latest complete 12 months; the overnight"
                + " share is overnight guests / visits from summed numerators and denominators."
                + " Biomass corn is assessed by calendar year; a later season report replaces an"
                + " earlier one. Required growth = (target / 2025 baseline)^(1/5) − 1; observed"
                + " growth runs from the baseline to the latest value; P = (projected 2030 value −"
                + " baseline) / (target − baseline): on track when P ≥ 0.95, needs acceleration"
                + " when 0.5 ≤ P < 0.95, off track when 0 ≤ P < 0.5, regressing when P < 0."
                + " Projections use a log-scale trend and month effects with 80 % and 95 %"
                + " intervals. 5,594 billion VND / 6.25 million visits = 895,040 VND per visit,"
                + " below today's spending: meeting the visitor target would exceed the revenue"
                + " target."))
        .append("</p>\n<p class=\"note\">").append(esc(lang.source(asOf))).append("</p>\n")
        .append("</body>\n</html>\n");
    return h.toString();
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
