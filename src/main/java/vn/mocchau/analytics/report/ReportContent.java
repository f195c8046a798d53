package vn.mocchau.analytics.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.mocchau.analytics.contract.ColumnSpec;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.Rejection;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Word;

/**
 * What the report says, once, in one language: title, introduction, scorecard, what P means,
 * figure captions, the month's data quality and the method note. {@link HtmlReport} and
 * {@link PdfReport} only lay this out, so the screen and the printed copy cannot say different
 * things. Every text here is plain (the renderers escape it).
 */
public record ReportContent(Language lang, String title, String shortTitle, String intro,
    String scorecardHeading, List<String> scorecardColumns, List<Scorecard.Line> scorecard,
    String notYetMeasuredHeading, List<String> notYetMeasured, String statusKeyHeading,
    List<String> statusKey, String progressMeaning, String chartsHeading, List<Figure> figures,
    String qualityHeading, List<String> qualityColumns, List<QualityRow> quality,
    String methodHeading, List<String> method, String source) {

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

  public static ReportContent of(YearMonth asOf, Language lang, List<Scorecard.Line> lines,
      List<ChartFactory.Chart> charts, List<FeedQuality> quality) {
    String month = lang.month(asOf);
    String title = lang.pick(
        "Khu du lịch quốc gia Mộc Châu — Tiến độ thực hiện các chỉ tiêu liên kết vùng đến năm"
            + " 2030, số liệu đến tháng " + month,
        "Mộc Châu national tourism area — progress toward the 2030 regional-linkage targets,"
            + " data to " + month);
    String shortTitle = lang.pick("Mộc Châu — tiến độ các chỉ tiêu 2030, số liệu đến tháng "
        + month, "Mộc Châu — progress toward the 2030 targets, data to " + month);
    String intro = lang.pick(
        "Chỉ tiêu theo Báo cáo chính trị Đại hội Đảng bộ phường Thảo Nguyên nhiệm kỳ 2025–2030,"
            + " phần chỉ tiêu liên kết vùng. Dữ liệu trong bản này là dữ liệu mẫu tổng hợp,"
            + " không phải số liệu thật.",
        "Targets of the political report of the Thảo Nguyên ward Party Congress, term"
            + " 2025–2030, regional-linkage part. The data in this copy are a synthetic sample,"
            + " not real figures.");

    List<String> notYet = new ArrayList<>();
    for (Scorecard.Line line : Scorecard.notYetMeasured(lines)) {
      notYet.add(line.name() + " (" + line.target() + ")");
    }
    List<String> key = new ArrayList<>();
    for (String status : STATUSES) {
      key.add(lang.status(status) + ": " + statusMeaning(status, lang));
    }
    List<Figure> figures = charts.stream().map(c -> new Figure(c.name(), c.altText())).toList();
    return new ReportContent(lang, title, shortTitle, intro,
        lang.pick("Bảng tổng hợp chỉ tiêu", "Scorecard"),
        lang == Language.VI
            ? List.of("Chỉ tiêu", "Mục tiêu 2030", "Số liệu mới nhất", "% mục tiêu", "P",
                "Đánh giá")
            : List.of("Indicator", "2030 target", "Latest value", "% of target", "P", "Status"),
        Scorecard.table(lines),
        lang.pick("Chưa có số liệu để đánh giá (chưa có nguồn dữ liệu nào báo cáo)",
            "Not yet measured (no data source reports them yet)"),
        notYet, lang.pick("Cách đọc cột đánh giá", "How to read the status"), key,
        progressMeaning(lang), lang.pick("Biểu đồ", "Charts"), figures,
        lang.pick("Chất lượng dữ liệu tháng ", "Data quality of ") + month,
        lang == Language.VI
            ? List.of("Nguồn dữ liệu", "Dòng đọc", "Chấp nhận", "Bị loại", "Trùng lặp",
                "Lý do loại chính (số dòng)")
            : List.of("Data source", "Rows read", "Accepted", "Rejected", "Duplicates",
                "Main reasons (rows)"),
        quality.stream().map(q -> qualityRow(q, lang)).toList(),
        lang.pick("Ghi chú phương pháp", "Method"), method(lang), lang.source(asOf));
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
    return lang.pick(
        "P là tiến độ dự kiến: nếu giữ tốc độ tăng hiện nay thì đến năm 2030 đi được bao nhiêu"
            + " phần chặng đường từ mức năm 2025 đến mục tiêu. P = 1 nghĩa là năm 2030 vừa đạt"
            + " mục tiêu; P = 0,5 là mới được nửa chặng; P âm là đang đi lùi so với năm 2025.",
        "P is the anticipated progress: how much of the way from the 2025 level to the target"
            + " would be covered by 2030 if growth kept today's pace. P = 1 means the target is"
            + " just met in 2030; P = 0.5 means only half the way; a negative P means going"
            + " backwards from 2025.");
  }

  static String statusMeaning(String status, Language lang) {
    return switch (status) {
      case "achieved" -> lang.pick("số liệu mới nhất đã đạt mục tiêu",
          "the latest value already meets the target");
      case "on_track" -> "P ≥ " + lang.number(0.95, 2);
      case "accelerate" -> lang.number(0.5, 1) + " ≤ P < " + lang.number(0.95, 2);
      case "off_track" -> "0 ≤ P < " + lang.number(0.5, 1);
      case "regressing" -> "P < 0";
      default -> lang.pick("chưa đủ số liệu sau năm gốc 2025 để tính P",
          "not enough data after the 2025 baseline to compute P");
    };
  }

  static List<String> method(Language lang) {
    return List.of(
        progressMeaning(lang),
        lang.pick(
            "Lượt khách, doanh thu và tỷ lệ lưu trú được đánh giá trên 12 tháng gần nhất có đủ"
                + " số liệu (ví dụ 11/2025–10/2026); tỷ lệ lưu trú = khách lưu trú qua đêm /"
                + " tổng lượt khách, tính từ tổng tử số và tổng mẫu số, không lấy trung bình các"
                + " tỷ lệ. Ngô sinh khối được đánh giá theo năm; vụ báo cáo sau thay thế vụ báo"
                + " cáo trước.",
            "Visits, revenue and the overnight share are assessed on the latest 12 months with"
                + " complete data (e.g. Nov 2025–Oct 2026); the overnight share is overnight"
                + " guests / visits from summed numerators and denominators, never an average of"
                + " ratios. Biomass corn is assessed by calendar year; a later season report"
                + " replaces an earlier one."),
        lang.pick(
            "Tăng trưởng cần đạt mỗi năm = (mục tiêu / mức năm gốc 2025)^(1/5) − 1. Giá trị dự"
                + " kiến năm 2030 kéo dài tốc độ tăng thực tế từ năm gốc đến số liệu mới nhất;"
                + " P = (giá trị dự kiến 2030 − mức năm gốc) / (mục tiêu − mức năm gốc)."
                + " Đúng lộ trình khi P ≥ 0,95; cần đẩy nhanh khi 0,5 ≤ P < 0,95; chậm so với lộ"
                + " trình khi 0 ≤ P < 0,5; đang đi lùi khi P < 0. Vùng dự báo trên biểu đồ chính là"
                + " dự báo dùng để đánh giá (đường giữa năm 2030 = giá trị dự kiến; bảng dự báo"
                + " theo tháng chia mỗi năm theo mùa vụ các năm trước);"
                + " khoảng 80 % và 95 % rộng dần theo số năm phía trước,"
                + " hiệu chỉnh trên số lượt khách đã công bố 2010–2023. Tết rơi vào tháng 1 hoặc"
                + " tháng 2: khi 12 tháng kết thúc vào tháng 1 không có Tết nào hoặc có hai Tết,"
                + " đánh giá dùng 12 tháng gần nhất có đúng một Tết.",
            "Required growth per year = (target / 2025 baseline)^(1/5) − 1. The projected 2030"
                + " value carries forward the growth observed from the baseline to the latest"
                + " value; P = (projected 2030 value − baseline) / (target − baseline). On track"
                + " when P ≥ 0.95; needs acceleration when 0.5 ≤ P < 0.95; off track when"
                + " 0 ≤ P < 0.5; regressing when P < 0. The fan on the charts is the projection the"
                + " status is judged on (its 2030 median is the projected value; the monthly"
                + " projection table spreads each year by the seasonal shape of past"
                + " years); its 80 % and 95 % bands widen with the years"
                + " ahead, calibrated on the published 2010–2023 arrivals. Tết falls in January"
                + " or February: when the 12 months ending in a January hold no Tết or two, the"
                + " assessment uses the latest 12 months holding exactly one."),
        lang.pick(
            "5.594 tỷ đồng / 6,25 triệu lượt = 895.040 đồng/lượt khách, thấp hơn mức chi tiêu"
                + " mỗi lượt hiện nay: đạt mục tiêu lượt khách thì vượt mục tiêu doanh thu.",
            "5,594 billion VND / 6.25 million visits = 895,040 VND per visit, below today's"
                + " spending per visit: meeting the visitor target would exceed the revenue"
                + " target."),
        lang.pick(
            "Năm chưa đủ 12 tháng hoặc chưa đủ các vụ được ghi là tạm tính và vẽ màu nhạt.",
            "Years with fewer than 12 months or not all seasons are marked provisional and"
                + " drawn in a lighter colour."));
  }

  static QualityRow qualityRow(FeedQuality q, Language lang) {
    String name = feedName(q.feed(), lang);
    if (!q.delivered()) {
      // The delivery calendar: a feed with no delivery due this month is not missing.
      return new QualityRow(name, q.expected() ? lang.pick("Chưa nộp", "Not delivered")
          : lang.pick("Không đến kỳ nộp", "Not due this month"), List.of(), List.of());
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
      case "visitor_counts" -> lang.pick("Lượt khách", "Visitor counts");
      case "stays" -> lang.pick("Lưu trú", "Stays");
      case "revenue" -> lang.pick("Doanh thu", "Revenue");
      case "biomass_corn" -> lang.pick("Ngô sinh khối", "Biomass corn");
      default -> feed;
    };
  }

  /**
   * A column of a feed as the report names it: in Vietnamese the contract's Vietnamese header
   * name ("Ngày đi" for check_out), in English the contract's name in words ("check out").
   */
  public static String columnName(String feed, String column, Language lang) {
    if (column == null || Rejection.WHOLE_ROW.equals(column)) {
      return lang.pick("Cả dòng", "Whole row");
    }
    for (Feed f : Feed.values()) {
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
