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
import vn.mocchau.analytics.marts.PlanningRequirementRow;
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

  /**
   * #16: what the targets demand, from the fixture's hand-made rows (the planned herd given).
   * Each value is the row's, rounded as written next to it; the sentences take their numbers
   * from the rows' inputs text.
   */
  @Test
  void planningRequirementsAreSaidInVietnamese() {
    List<Planning.Line> vi = Planning.lines(ReportFixture.planning(true), Language.VI);
    assertEquals(List.of("beds_now", "alos_latest", "beds_needed_target_year",
        "beds_growth_needed", "corn_feed_demand_now", "corn_self_sufficiency_latest",
        "corn_self_sufficiency_target_year", "corn_area_for_full_demand"),
        vi.stream().map(Planning.Line::requirement).toList());
    // Beds now: a count of the registry, exact: 12480 -> "12.480 giường".
    assertEquals(new Planning.Line("beds_now", "Số giường của các cơ sở lưu trú đang hoạt động",
        "12.480 giường", "số liệu", "Tháng 10/2026 có 12.480 giường trong 120 cơ sở lưu trú đang"
        + " hoạt động của khu du lịch.", true), vi.get(0));
    // 1.57 -> "1,57 đêm"; 471000 and 300000 with '.' thousands; the window as the report writes it.
    assertEquals(new Planning.Line("alos_latest", "Số đêm lưu trú bình quân của khách (12 tháng"
        + " gần nhất)", "1,57 đêm", "số liệu", "Trong 11/2025–10/2026, mỗi khách lưu trú ở bình"
        + " quân 1,57 đêm (471.000 đêm lưu trú / 300.000 khách lưu trú qua đêm).", true),
        vi.get(1));
    // 31364.155 -> nearest 100 -> "khoảng 31.400 giường"; the ALOS it rests on is data, so its
    // sources are data, parameter and target; "trên 70 %" as the scorecard says the target.
    assertEquals(new Planning.Line("beds_needed_target_year", "Số giường cần có năm 2030",
        "khoảng 31.400 giường", "số liệu, tham số, mục tiêu", "Để đạt 6,25 triệu lượt với trên"
        + " 70 % khách lưu trú qua đêm, mỗi khách ở bình quân 1,57 đêm và công suất giường 60 %,"
        + " cần khoảng 31.400 giường; hiện có 12.480 giường (tháng 10/2026).", true), vi.get(2));
    // 0.2476 -> 24.76 % -> one decimal "24,8 %".
    assertEquals(new Planning.Line("beds_growth_needed", "Tốc độ tăng số giường cần đạt mỗi năm"
        + " đến 2030", "24,8 %/năm", "số liệu, tham số, mục tiêu", "Để có khoảng 31.400 giường"
        + " năm 2030 từ 12.480 giường hiện nay, số giường phải tăng bình quân 24,8 % mỗi năm.",
        true), vi.get(3));
    // 273750 -> 2737.5 hundreds -> rounds up -> "khoảng 273.800 tấn".
    assertEquals(new Planning.Line("corn_feed_demand_now", "Nhu cầu thức ăn ủ chua của đàn bò"
        + " sữa hiện nay", "khoảng 273.800 tấn/năm", "tham số", "Đàn 25.000 bò sữa, mỗi con ăn"
        + " khoảng 30 kg thức ăn ủ chua một ngày, cần khoảng 273.800 tấn ngô sinh khối mỗi năm.",
        true), vi.get(4));
    // 0.27397 -> "27,4 %"; the output is data of 2025, the demand rests on parameters.
    assertEquals(new Planning.Line("corn_self_sufficiency_latest", "Tỷ lệ tự chủ ngô sinh khối"
        + " (năm gần nhất có số liệu)", "27,4 %", "số liệu, tham số", "Sản lượng ngô sinh khối"
        + " năm 2025 (75.000 tấn) đáp ứng 27,4 % nhu cầu hiện nay của đàn bò sữa (khoảng 273.800"
        + " tấn mỗi năm).", true), vi.get(5));
    // 0.54795 -> "54,8 %"; the corn-output target keeps the congress report's "khoảng".
    assertEquals(new Planning.Line("corn_self_sufficiency_target_year", "Tỷ lệ tự chủ ngô sinh"
        + " khối năm 2030 nếu đạt mục tiêu sản lượng", "54,8 %", "tham số, mục tiêu", "Nếu đạt"
        + " mục tiêu khoảng 150.000 tấn, ngô sinh khối sẽ đáp ứng 54,8 % nhu cầu của đàn 25.000"
        + " bò sữa theo kế hoạch.", true), vi.get(6));
    // 7848.3 ha -> nearest 100 -> "khoảng 7.800 ha"; yield 34.88 -> one decimal "34,9".
    assertEquals(new Planning.Line("corn_area_for_full_demand", "Diện tích ngô sinh khối cần để"
        + " tự chủ toàn bộ nhu cầu năm 2030", "khoảng 7.800 ha", "số liệu, tham số", "Với năng"
        + " suất năm 2025 (34,9 tấn/ha), cần khoảng 7.800 ha ngô sinh khối để đáp ứng toàn bộ"
        + " nhu cầu của đàn 25.000 bò sữa theo kế hoạch.", true), vi.get(7));
  }

  @Test
  void planningRequirementsAreSaidInEnglish() {
    List<Planning.Line> en = Planning.lines(ReportFixture.planning(true), Language.EN);
    assertEquals(List.of("12,480 beds", "1.57 nights", "about 31,400 beds", "24.8 % a year",
        "about 273,800 tonnes a year", "27.4 %", "54.8 %", "about 7,800 ha"),
        en.stream().map(Planning.Line::value).toList());
    assertEquals(List.of("data", "data", "data, parameters, targets",
        "data, parameters, targets", "parameters", "data, parameters", "parameters, targets",
        "data, parameters"), en.stream().map(Planning.Line::sources).toList());
    assertEquals(List.of(
        "In Oct 2026 there were 12,480 beds in the 120 lodging establishments open in the"
            + " tourism area.",
        "In Nov 2025–Oct 2026 an overnight guest stayed 1.57 nights on average (471,000"
            + " guest-nights / 300,000 overnight guests).",
        "To reach 6.25 million visits with more than 70 % of them staying overnight, at 1.57"
            + " nights a guest and 60 % bed occupancy, about 31,400 beds are needed; there are"
            + " 12,480 now (Oct 2026).",
        "To have about 31,400 beds in 2030 from 12,480 now, beds must grow by 24.8 % a year on"
            + " average.",
        "A herd of 25,000 dairy cows, each eating about 30 kg of silage a day, needs about"
            + " 273,800 tonnes of biomass corn a year.",
        "The biomass corn output of 2025 (75,000 tonnes) covers 27.4 % of the dairy herd's"
            + " demand now (about 273,800 tonnes a year).",
        "At the output target of about 150,000 tonnes, biomass corn would cover 54.8 % of the"
            + " demand of the planned herd of 25,000 dairy cows.",
        "At the yield of 2025 (34.9 t/ha), about 7,800 ha of biomass corn would cover the whole"
            + " demand of the planned herd of 25,000 dairy cows."),
        en.stream().map(Planning.Line::sentence).toList());
    assertEquals("Biomass corn area to cover the whole demand in 2030", en.get(7).name());
  }

  /** A requirement not assessed says it cannot be computed yet and what is missing, in words. */
  @Test
  void aRequirementNotAssessedSaysWhatIsMissing() {
    List<Planning.Line> vi = Planning.lines(ReportFixture.planning(false), Language.VI);
    assertEquals(new Planning.Line("corn_area_for_full_demand", "Diện tích ngô sinh khối cần để"
        + " tự chủ toàn bộ nhu cầu năm 2030", "chưa tính được", "số liệu, tham số",
        "Diện tích ngô sinh khối cần để tự chủ toàn bộ nhu cầu năm 2030: chưa tính được, còn"
        + " thiếu số đầu bò sữa theo kế hoạch (tham số dairy_herd_2030 trong tệp"
        + " planning_parameters.csv).", false), vi.get(7));
    assertEquals("Biomass corn self-sufficiency in 2030 at the output target: cannot be computed"
        + " yet; missing: the planned dairy herd (parameter dairy_herd_2030 in"
        + " planning_parameters.csv).",
        Planning.lines(ReportFixture.planning(false), Language.EN).get(6).sentence());
    // The stays' two inputs are one thing to supply; a herd now missing is named as a parameter.
    PlanningRequirementRow alos = new PlanningRequirementRow("2026-10", "alos_latest",
        "Số đêm lưu trú bình quân của khách (12 tháng gần nhất)",
        "Average length of stay (latest 12 months)", "nights", null, "", "not_assessed",
        "guest_nights; overnight_guests");
    PlanningRequirementRow demand = new PlanningRequirementRow("2026-10",
        "corn_feed_demand_now", "Nhu cầu thức ăn ủ chua của đàn bò sữa hiện nay",
        "Silage demand of the dairy herd now", "tonnes/year", null,
        "silage_kg_per_cow_day=30 (parameter)", "not_assessed", "dairy_herd_now");
    List<Planning.Line> missing = Planning.lines(List.of(alos, demand), Language.VI);
    assertEquals("Số đêm lưu trú bình quân của khách (12 tháng gần nhất): chưa tính được, còn"
        + " thiếu số liệu lưu trú đủ 12 tháng.", missing.get(0).sentence());
    assertEquals("–", missing.get(0).sources(), "no input known");
    assertEquals("Nhu cầu thức ăn ủ chua của đàn bò sữa hiện nay: chưa tính được, còn thiếu số"
        + " đầu bò sữa hiện nay (tham số dairy_herd_now trong tệp planning_parameters.csv).",
        missing.get(1).sentence());
    assertEquals("Average length of stay (latest 12 months): cannot be computed yet; missing: 12"
        + " full months of stays data.",
        Planning.lines(List.of(alos), Language.EN).get(0).sentence());
  }

  /** The section is the as-of month's rows; a month without any (older outputs) has none. */
  @Test
  void noPlanningRowsNoSection() {
    Marts data = ReportFixture.programme();
    ReportContent with = ReportContent.of(ReportFixture.AS_OF, Language.VI,
        Scorecard.lines(data, ReportFixture.AS_OF, Language.VI), List.of(), List.of(), data);
    assertEquals(8, with.planning().size());
    assertEquals("Các mục tiêu đòi hỏi gì", with.planningHeading());
    assertEquals(List.of("Yêu cầu", "Giá trị", "Đầu vào từ"), with.planningColumns());
    String html = HtmlReport.render(with, trendSvgs(with));
    assertTrue(html.contains("<table class=\"planning\">"), "the table");
    assertTrue(html.contains("<th scope=\"row\">Số giường cần có năm 2030</th><td"
        + " class=\"num\">khoảng 31.400 giường</td>"), "row header and right-aligned value");
    Marts without = new Marts(List.of(), List.of(), List.of(), List.of(), data.targetProgress(),
        List.of(), List.of(), data.indicatorObservations(), data.reconciliation());
    YearMonth later = ReportFixture.AS_OF.plusMonths(1);
    for (ReportContent c : List.of(ReportContent.of(ReportFixture.AS_OF, Language.VI,
        Scorecard.lines(without, ReportFixture.AS_OF, Language.VI), List.of(), List.of(),
        without), ReportContent.of(later, Language.VI, List.of(), List.of(), List.of(), data))) {
      assertEquals(List.of(), c.planning());
      String page = HtmlReport.render(c, trendSvgs(c));
      assertFalse(page.contains("Các mục tiêu đòi hỏi gì"), "no heading");
      assertFalse(page.contains("class=\"planning"), "no table");
    }
  }

  /** The trend charts' drawings, which the HTML inlines. */
  private static Map<String, String> trendSvgs(ReportContent c) {
    Map<String, String> svgs = new java.util.LinkedHashMap<>();
    c.trends().forEach(t -> svgs.put(t.name(), ChartWriter.svg(Trends.chart(t), Trends.WIDTH,
        Trends.HEIGHT)));
    return svgs;
  }

  private static vn.mocchau.analytics.marts.TargetProgressRow withName(
      vn.mocchau.analytics.marts.TargetProgressRow r, String nameVi) {
    Object[] values = vn.mocchau.analytics.marts.TargetProgressRow.TABLE.values(r);
    values[2] = nameVi; // name_vi, the third column of target_progress
    return vn.mocchau.analytics.marts.TargetProgressRow.TABLE.rows(List.<Object[]>of(values))
        .get(0);
  }
}
