package vn.mocchau.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.text.Language;

/** Report text: numbers as each language writes them, and nothing from the data runs as HTML. */
class ReportContentTest {

  @Test
  void vietnameseAndEnglishNumberFormats() {
    assertEquals("6,25 triệu lượt", Language.VI.visits(6_250_000));
    assertEquals("6.25 million visits", Language.EN.visits(6_250_000));
    assertEquals("5.594 tỷ đồng", Language.VI.billions(5594));
    assertEquals("5,594 billion VND", Language.EN.billions(5594));
    assertEquals("70 %", Language.VI.percent(0.70, 0));
    assertEquals("27,3 %", Language.VI.percent(0.2734, 1));
    assertEquals("10/2026", Language.VI.month(YearMonth.of(2026, 10)));
    assertTrue(Language.VI.source(YearMonth.of(2026, 10)).endsWith("số liệu đến tháng 10/2026"));
    assertEquals(895_040, ChartFactory.IMPLIED_VND_PER_VISIT, 1e-6);
  }

  @Test
  void textFromFeedsAndReferenceFilesIsEscapedInTheHtml() {
    YearMonth asOf = YearMonth.of(2026, 10);
    Marts data = ReportFixture.oneCommuneMonth(asOf, "<script>alert('chỉ tiêu')</script>",
        "<script>alert('xã')</script>");
    List<ChartFactory.Chart> charts = new ChartFactory(data, asOf, Language.VI).all();
    Map<String, String> svgs = new java.util.LinkedHashMap<>();
    charts.forEach(c -> svgs.put(c.name(), ChartWriter.svg(c.chart())));
    List<ReportContent.FeedQuality> quality = new ArrayList<>();
    quality.add(new ReportContent.FeedQuality("visitor_counts", true, 10, 9, 1, 0,
        Map.of("locality: unknown locality '<img src=x onerror=alert(1)>'", 1L), true));
    String html = HtmlReport.render(ReportContent.of(asOf, Language.VI,
        Scorecard.lines(data, asOf, Language.VI), charts, quality), svgs);
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.contains("<img"), "no img element");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;chỉ tiêu&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("&lt;script&gt;alert("), "the locality name in the chart's SVG");
  }

  /** The report's content for the fixture's marts, with a hand-made month of data quality. */
  private static ReportContent content(Language lang) {
    Marts data = ReportFixture.data();
    List<ChartFactory.Chart> charts = new ChartFactory(data, ReportFixture.AS_OF, lang).all();
    Map<String, Long> reasons = new java.util.LinkedHashMap<>();
    reasons.put("Ngày đi: ngày đi trước ngày đến", 1234L);
    List<ReportContent.FeedQuality> quality = List.of(
        new ReportContent.FeedQuality("visitor_counts", true, 19_333, 19_300, 30, 3, Map.of(),
            true),
        new ReportContent.FeedQuality("stays", true, 20_000, 18_766, 1234, 0, reasons, true),
        new ReportContent.FeedQuality("revenue", false, 0, 0, 0, 0, Map.of(), true),
        new ReportContent.FeedQuality("biomass_corn", false, 0, 0, 0, 0, Map.of(), false));
    return ReportContent.of(ReportFixture.AS_OF, lang,
        Scorecard.lines(data, ReportFixture.AS_OF, lang), charts, quality);
  }

  @Test
  void theContentSaysTheTitleHeadersAndDisclaimerInEachLanguage() {
    ReportContent vi = content(Language.VI);
    assertEquals("Khu du lịch quốc gia Mộc Châu — Tiến độ thực hiện các chỉ tiêu Nghị quyết Đại"
        + " hội nhiệm kỳ 2025–2030, số liệu đến tháng 10/2026", vi.title());
    assertEquals("Mộc Châu — tiến độ các chỉ tiêu 2030, số liệu đến tháng 10/2026",
        vi.shortTitle());
    assertTrue(vi.intro().endsWith("Dữ liệu trong bản này là dữ liệu mẫu tổng hợp, không phải số"
        + " liệu thật."), vi.intro());
    assertEquals(List.of("Chỉ tiêu", "Mục tiêu 2030", "Số liệu mới nhất", "% mục tiêu", "P",
        "Đánh giá"), vi.scorecardColumns());
    assertEquals("Chất lượng dữ liệu tháng 10/2026", vi.qualityHeading());
    assertEquals("Trang 2/5", vi.page("2", "5"));
    assertEquals("Trang \" counter(page) \"/\" counter(pages)",
        vi.page("\" counter(page) \"", "\" counter(pages)"));

    ReportContent en = content(Language.EN);
    assertEquals("Mộc Châu national tourism area — progress toward the 2025–2030 congress"
        + " targets, data to Oct 2026", en.title());
    assertEquals(List.of("Indicator", "2030 target", "Latest value", "% of target", "P",
        "Status"), en.scorecardColumns());
    assertEquals(List.of("Data source", "Rows read", "Accepted", "Rejected", "Duplicates",
        "Main reasons (rows)"), en.qualityColumns());
    assertEquals("Method", en.methodHeading());
    assertEquals("Page 2 of 5", en.page("2", "5"));
    assertTrue(en.source().endsWith("(synthetic sample data), data to Oct 2026"), en.source());
  }

  @Test
  void theScorecardStatusKeyAndFiguresAreData() {
    ReportContent vi = content(Language.VI);
    assertEquals("visitors", vi.scorecard().get(0).indicator());
    assertEquals("▲ Cần đẩy nhanh (tạm tính)", vi.statusText(vi.scorecard().get(0)));
    assertEquals(6, vi.statusKey().size());
    assertEquals("★ Đã đạt: số liệu mới nhất đã đạt mục tiêu", vi.statusKey().get(0));
    assertEquals("▲ Cần đẩy nhanh: 0,5 ≤ P < 0,95", vi.statusKey().get(2));
    assertEquals("✓ On track: P ≥ 0.95", content(Language.EN).statusKey().get(1));
    assertTrue(vi.progressMeaning().startsWith("P là tiến độ dự kiến"), vi.progressMeaning());
    assertEquals(vi.progressMeaning(), vi.method().get(0));
    assertEquals(5, vi.method().size());
    List<ChartFactory.Chart> charts =
        new ChartFactory(ReportFixture.data(), ReportFixture.AS_OF, Language.VI).all();
    assertEquals(charts.stream().map(ChartFactory.Chart::name).toList(),
        vi.figures().stream().map(ReportContent.Figure::name).toList());
    assertEquals(charts.stream().map(ChartFactory.Chart::altText).toList(),
        vi.figures().stream().map(ReportContent.Figure::caption).toList());
  }

  @Test
  void theMonthsDataQualityIsTold() {
    List<ReportContent.QualityRow> vi = content(Language.VI).quality();
    assertEquals(new ReportContent.QualityRow("Lượt khách", null,
        List.of("19.333", "19.300", "30", "3"), List.of()), vi.get(0));
    assertEquals(List.of("Ngày đi: ngày đi trước ngày đến (1.234)"), vi.get(1).reasons());
    assertEquals("Chưa nộp", vi.get(2).missing());
    assertEquals("Không đến kỳ nộp", vi.get(3).missing());
    List<ReportContent.QualityRow> en = content(Language.EN).quality();
    assertEquals(List.of("19,333", "19,300", "30", "3"), en.get(0).counts());
    assertEquals("Stays", en.get(1).feed());
    assertEquals("Not delivered", en.get(2).missing());
    assertEquals("Not due this month", en.get(3).missing());
  }

  /**
   * With the programme in the marts, the headline table keeps the five headline targets (every
   * other target is in its group's table, so the list of targets without data goes), the counts
   * lead the report, and the columns, trends and reconciliation are said in the language.
   */
  @Test
  void theProgrammeIsContent() {
    Marts data = ReportFixture.programme();
    for (Language lang : Language.values()) {
      ReportContent c = ReportContent.of(ReportFixture.AS_OF, lang,
          Scorecard.lines(data, ReportFixture.AS_OF, lang), List.of(), List.of(), data);
      assertEquals(Scorecard.HEADLINE, c.scorecard().stream().map(Scorecard.Line::indicator)
          .toList());
      assertEquals(List.of(), c.notYetMeasured());
      assertEquals(7, c.programme().size());
      assertEquals(24, c.programme().stream().mapToInt(g -> g.rows().size()).sum());
      assertEquals(5, c.trends().size());
      assertEquals(3, c.reconciliation().size(), "the flagged rows of the as-of month");
      assertEquals(lang == Language.VI
          ? List.of("Mục", "Chỉ tiêu", "Mục tiêu 2030", "Số liệu mới nhất", "Đánh giá", "P")
          : List.of("No.", "Indicator", "2030 target", "Latest value", "Status", "P"),
          c.programmeColumns());
      assertTrue(c.statusCounts().startsWith(lang == Language.VI ? "24 chỉ tiêu: 2 đã đạt"
          : "24 targets: 2 achieved"), c.statusCounts());
    }
    // Without a programme in the marts (an older output folder) the report is as before.
    ReportContent old = content(Language.VI);
    assertEquals("", old.statusCounts());
    assertEquals(List.of(), old.programme());
    assertEquals(ReportFixture.data().progress(ReportFixture.AS_OF).size() - 5,
        old.notYetMeasured().size());
  }

  @Test
  void theProgrammesTextsAreEscapedInTheHtml() {
    Marts data = ReportFixture.programme();
    Marts hostile = new Marts(List.of(), List.of(), List.of(), List.of(),
        data.targetProgress().stream().map(r -> r.indicatorId().equals("culture_week")
            ? withName(r, "<b onmouseover=alert(1)>Tuần</b>") : r).toList(), List.of(),
        List.of(), data.indicatorObservations(), data.reconciliation());
    ReportContent c = ReportContent.of(ReportFixture.AS_OF, Language.VI,
        Scorecard.lines(hostile, ReportFixture.AS_OF, Language.VI), List.of(), List.of(),
        hostile);
    Map<String, String> svgs = new java.util.LinkedHashMap<>();
    c.trends().forEach(t -> svgs.put(t.name(), ChartWriter.svg(Trends.chart(t), Trends.WIDTH,
        Trends.HEIGHT)));
    String html = HtmlReport.render(c, svgs);
    assertFalse(html.contains("<b onmouseover"), "no markup from a registry name");
    assertTrue(html.contains("&lt;b onmouseover=alert(1)&gt;Tuần&lt;/b&gt;"));
  }

  private static vn.mocchau.analytics.marts.TargetProgressRow withName(
      vn.mocchau.analytics.marts.TargetProgressRow r, String nameVi) {
    Object[] values = vn.mocchau.analytics.marts.TargetProgressRow.TABLE.values(r);
    values[2] = nameVi; // name_vi, the third column of target_progress
    return vn.mocchau.analytics.marts.TargetProgressRow.TABLE.rows(List.<Object[]>of(values))
        .get(0);
  }
}
