package vn.mocchau.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.text.Language;

/**
 * The whole programme on the fixture's 24 targets (ReportFixture.programme()): every target once,
 * in its group, in the report's numbering; the counts per status equal the rows; a target without
 * data never reads as a zero; estimates and preliminary figures are marked; every kind says its
 * target as the congress report does; trends take the latest vintage known in the as-of month;
 * the reconciliation shows the flagged years of the month only.
 */
class ProgrammeTest {
  private static final Marts DATA = ReportFixture.programme();

  private static List<Programme.Group> groups(Language lang) {
    return Programme.groups(DATA, ReportFixture.AS_OF, lang);
  }

  private static Programme.Row row(String id, Language lang) {
    return groups(lang).stream().flatMap(g -> g.rows().stream())
        .filter(r -> r.indicator().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyTargetOnceInItsGroupInTheReportsNumbering() {
    List<Programme.Group> groups = groups(Language.VI);
    assertEquals(Target.GROUPS, groups.stream().map(Programme.Group::key).toList());
    Map<String, List<String>> codes = new java.util.LinkedHashMap<>();
    groups.forEach(g -> codes.put(g.key(), g.rows().stream().map(Programme.Row::code)
        .toList()));
    assertEquals(Map.of(
        "regional_tourism", List.of("1.(1)a", "1.(1)b", "1.(1)c"),
        "regional_agriculture", List.of("1.(2)a", "1.(2)b"),
        "regional_urban", List.of("1.(3)a", "1.(3)c"),
        "regional_social", List.of("1.(4)a", "1.(4)c"),
        "ward_economy", List.of("(1)", "(2)a", "(2)b", "(2)c", "(2)d", "(4)", "(5)", "(6)"),
        "ward_society_environment", List.of("(8)", "(9)", "(10)", "(11)", "(14)"),
        "ward_party_building", List.of("(23)a", "(24)")), codes);
    List<String> ids = groups.stream().flatMap(g -> g.rows().stream())
        .map(Programme.Row::indicator).toList();
    assertEquals(24, ids.size());
    assertEquals(24, new HashSet<>(ids).size(), "each target once: " + ids);
    assertEquals(DATA.progress(ReportFixture.AS_OF).stream().map(r -> r.indicatorId())
        .collect(Collectors.toSet()), new HashSet<>(ids));
    assertEquals(List.of("Liên kết vùng — Du lịch", "Liên kết vùng — Nông nghiệp"),
        groups.stream().limit(2).map(Programme.Group::name).toList());
    assertEquals("Thảo Nguyên ward — Economy", groups(Language.EN).get(4).name());
  }

  @Test
  void codesCompareAsTheReportNumbersThem() {
    List<String> codes = new ArrayList<>(List.of("(23)a", "", "(10)", "1.(2)a", "(2)a", "(23)",
        "1.(1)a", "(2)b", "(23b)", "(3)"));
    codes.sort(Programme::compareCodes);
    // A number sorts before text (the regional "1.(…)" before the ward's "(…)"; they are in
    // different groups anyway); an empty code last.
    assertEquals(List.of("1.(1)a", "1.(2)a", "(2)a", "(2)b", "(3)", "(10)", "(23)", "(23)a",
        "(23b)", ""), codes);
  }

  @Test
  void theCountsPerStatusAreTheRowsCounted() {
    Map<String, Integer> counts = Programme.counts(DATA, ReportFixture.AS_OF);
    // achieved: corn_output, forest cover; on_track: revenue, Culture Week, new enterprises,
    // schools, Party organisations; accelerate: visitors, budget growth, trained workers;
    // off_track: corn area, procedures on time; regressing: overnight share; not_assessed with
    // a value: planning schemes; no data: the registry's 8 ward rows, expressway links, new
    // Party members.
    assertEquals(Map.of("achieved", 2, "on_track", 5, "accelerate", 3, "off_track", 2,
        "regressing", 1, "not_assessed", 1, "no_data_yet", 10), counts);
    assertEquals(DATA.progress(ReportFixture.AS_OF).size(),
        counts.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals("24 chỉ tiêu: 2 đã đạt / 5 đúng lộ trình / 3 cần đẩy nhanh / 2 chậm so với lộ"
        + " trình / 1 đang đi lùi / 1 chưa đánh giá / 10 chưa có số liệu",
        Programme.countsLine(counts, Language.VI));
    assertEquals("24 targets: 2 achieved / 5 on track / 3 needs acceleration / 2 off track /"
        + " 1 regressing / 1 not assessed / 10 no data yet",
        Programme.countsLine(counts, Language.EN));
    // A category without targets is left out.
    assertEquals("1 chỉ tiêu: 1 chưa có số liệu", Programme.countsLine(Programme.counts(
        List.of("not_assessed"), List.of(false)), Language.VI));
  }

  @Test
  void aTargetWithoutDataNeverReadsAsZero() {
    for (Language lang : Language.values()) {
      List<Programme.Row> noData = groups(lang).stream().flatMap(g -> g.rows().stream())
          .filter(r -> !r.measured()).toList();
      assertEquals(10, noData.size());
      for (Programme.Row r : noData) {
        assertFalse(r.latest().matches(".*\\d.*"), r.indicator() + ": " + r.latest());
        assertEquals("", r.period(), r.indicator());
        assertEquals("", r.mark(), r.indicator());
        assertEquals("–", r.progressRatio(), r.indicator());
        assertEquals("not_assessed", r.status(), r.indicator());
      }
    }
    assertEquals("chưa có số liệu", row("ward_poverty_rate", Language.VI).latest());
    assertEquals("no data yet", row("ward_new_party_members", Language.EN).latest());
    assertEquals("○ Chưa đánh giá", row("ward_poverty_rate", Language.VI).statusText());
  }

  @Test
  void estimatesAndPreliminaryFiguresAreMarked() {
    Programme.Row budget = row("ward_budget_growth", Language.VI);
    assertEquals("ước", budget.mark());
    assertEquals("2026", budget.period());
    assertEquals("sơ bộ", row("ward_new_enterprises", Language.VI).mark());
    assertEquals("est.", row("ward_trained_workers", Language.EN).mark());
    assertEquals("prelim.", row("ward_party_organisations", Language.EN).mark());
    assertEquals("", row("ward_forest_cover", Language.VI).mark(), "official: no mark");
    assertEquals("", row("visitors", Language.VI).mark(), "the feeds' own measure: no mark");
  }

  @Test
  void everyKindSaysItsTargetAsTheCongressReportDoes() {
    Language vi = Language.VI;
    Language en = Language.EN;
    assertEquals("7–8 %/năm", row("ward_budget_growth", vi).target());
    assertEquals("7–8 % a year", row("ward_budget_growth", en).target());
    // r_obs 0.065 and P 0.93 as the mart gives them.
    assertEquals("tăng bình quân 6,5 %/năm", row("ward_budget_growth", vi).latest());
    assertEquals("0,93", row("ward_budget_growth", vi).progressRatio());
    assertEquals("30 doanh nghiệp, hợp tác xã giai đoạn 2026–2030", row("ward_new_enterprises", vi)
        .target());
    assertEquals("30 enterprises in 2026–2030", row("ward_new_enterprises", en)
        .target());
    assertEquals("cộng dồn 11 doanh nghiệp, hợp tác xã", row("ward_new_enterprises", vi).latest());
    assertEquals("tổ chức hằng năm", row("culture_week", vi).target());
    assertEquals("held every year", row("culture_week", en).target());
    assertEquals("có", row("culture_week", vi).latest());
    assertEquals("≥ 90 % mỗi năm", row("ward_party_organisations", vi).target());
    assertEquals("100 % every year", row("ward_procedures_on_time", en).target());
    assertEquals("98 %", row("ward_procedures_on_time", vi).latest());
    assertEquals("năm không đạt: 2026", row("ward_procedures_on_time", vi).years());
    assertEquals("missed in: 2026", row("ward_procedures_on_time", en).years());
    assertEquals("▼ Chậm so với lộ trình", row("ward_procedures_on_time", vi).statusText());
    assertEquals("duy trì từ 39,27 % trở lên", row("ward_forest_cover", vi).target());
    assertEquals("maintain at least 39.27 %", row("ward_forest_cover", en).target());
    // Shares to the hundredth the congress report gives, computed ones to a tenth.
    assertEquals("99,42 %", Programme.value(0.9942, "fraction", vi));
    assertEquals("95 %", Programme.value(0.95, "fraction", vi));
    assertEquals("27,3 %", Programme.value(0.273373, "fraction", vi));
    assertEquals("800 – 1.000 tấn", row("ward_tea_output", vi).target());
    assertEquals("dưới 0,18 %", row("ward_poverty_rate", vi).target());
    assertEquals("trên 5.594 tỷ đồng", row("tourism_revenue", vi).target());
    assertEquals("khoảng 4.000 ha", row("corn_area", vi).target());
    assertEquals("100 %", row("planning_schemes", vi).target());
    // A value that exists but cannot be judged yet is shown, with no P.
    assertEquals("40 %", row("planning_schemes", vi).latest());
    assertEquals("–", row("planning_schemes", vi).progressRatio());
    assertEquals("4,07 triệu lượt", row("visitors", vi).latest());
    assertEquals("11/2025–10/2026", row("visitors", vi).period());
    assertEquals("▲ Cần đẩy nhanh (tạm tính)", row("visitors", vi).statusText());
  }

  @Test
  void periodsOfEveryFrequencyInEachLanguage() {
    assertEquals("quý 1/2026", Programme.period("2026-Q1", Language.VI));
    assertEquals("Q1 2026", Programme.period("2026-Q1", Language.EN));
    assertEquals("03/2026", Programme.period("2026-03", Language.VI));
    assertEquals("2026–2027", Programme.period("2026..2027", Language.VI));
    assertEquals("2025", Programme.period("2025", Language.EN));
  }

  @Test
  void trendsTakeTheLatestVintageKnownInTheAsOfMonth() {
    List<Trends.Trend> trends = Trends.of(DATA, ReportFixture.AS_OF, Language.VI);
    // Two values or more, in the programme's order; the Culture Week has one value, visitors'
    // official figure is reconciled, not drawn.
    assertEquals(List.of("trend-corn_area", "trend-corn_output", "trend-ward_budget_growth",
        "trend-ward_trained_workers", "trend-ward_forest_cover"),
        trends.stream().map(Trends.Trend::name).toList());
    Trends.Trend trained = trends.get(3);
    // 2025: the official 0.345 of 2026-03 superseded the estimate 0.34; 2026: the estimate of
    // 2026-09, as the official 0.37 came in 2026-12, after the as-of month.
    assertEquals(List.of(new Trends.Point("2024", 0.33, "official"),
        new Trends.Point("2025", 0.345, "official"), new Trends.Point("2026", 0.36, "estimate")),
        trained.points());
    assertEquals(0.4, trained.target());
    assertEquals("Lao động qua đào tạo có bằng, chứng chỉ: 2024 33 %; 2025 34,5 %; 2026 36 %"
        + " (ước). Mục tiêu: 40 %.", trained.altText());
    assertEquals("(4) Lao động qua đào tạo có bằng, chứng chỉ", trained.title());
    // A growth-rate target is not on the scale of the levels: no target line.
    assertNull(trends.get(2).target());
    assertEquals(List.of(2400.0, 2150.0), trends.get(0).points().stream()
        .map(Trends.Point::value).toList());
    Set<String> names = new HashSet<>();
    trends.forEach(t -> assertTrue(names.add(t.name()), "unique " + t.name()));
    String svg = ChartWriter.svg(Trends.chart(trained), Trends.WIDTH, Trends.HEIGHT);
    // Three points: two filled (the official 2024 and 2025), the 2026 estimate only outlined;
    // the target dashed.
    assertEquals(2, svg.split("Z\" style=\"clip-path:url\\(#clipPath2\\); stroke:none;", -1)
        .length - 1, svg);
    assertEquals(3, svg.split("Z\" style=\"clip-path:url\\(#clipPath2\\); fill:none;", -1)
        .length - 1, svg);
    assertTrue(svg.contains("stroke-dasharray:5,4"), svg);
  }

  @Test
  void theReconciliationShowsTheMonthsFlaggedYears() {
    assertEquals(List.of(
        List.of("2024", "Tỷ lệ khách du lịch lưu trú / tổng lượt khách", "28 %", "25 %",
            "–", "–", "nguồn hằng tháng chưa đủ 12 tháng"),
        List.of("2025", "Tổng lượt khách du lịch", "4,2 triệu lượt (ước)", "3,9 triệu lượt",
            "+300.000 lượt khách", "+7,7 %", "chênh lệch quá 5 %"),
        List.of("2025", "Tỷ lệ khách du lịch lưu trú / tổng lượt khách", "27 %", "25 %",
            "+2 điểm phần trăm", "+8 %", "chênh lệch quá 5 %")),
        ReportContent.reconciliation(DATA, ReportFixture.AS_OF, Language.VI));
    assertEquals("4.2 million visits (est.)", ReportContent.reconciliation(DATA,
        ReportFixture.AS_OF, Language.EN).get(1).get(2));
    // A share's difference is in percentage points, which a bare "%" would confuse with the
    // relative difference beside it (27 % − 25 % = 2 points, 8 % of 25 %); a year the feeds do
    // not cover in full has no difference printed (a whole year against part of one), and is
    // flagged for that alone (2024: 28 % against 25 % of part of the year is not "beyond 5 %").
    assertEquals("+2 pp", ReportContent.reconciliation(DATA,
        ReportFixture.AS_OF, Language.EN).get(2).get(4));
  }

  /**
   * A registry written before programme.md §2 has no group or code: the five feed indicators
   * go to their regional groups in the headline order (the mart has corn first), every other
   * target to "Chỉ tiêu khác", none lost.
   */
  @Test
  void anOldRegistryWithoutGroupsStillListsEveryTarget() {
    Marts old = ReportFixture.data();
    List<Programme.Group> groups = Programme.groups(old, ReportFixture.AS_OF, Language.VI);
    assertEquals(List.of("regional_tourism", "regional_agriculture", "other_targets"),
        groups.stream().map(Programme.Group::key).toList());
    assertEquals(List.of("visitors", "tourism_revenue", "overnight_share"), groups.get(0).rows()
        .stream().map(Programme.Row::indicator).toList());
    assertEquals(List.of("corn_area", "corn_output"), groups.get(1).rows().stream()
        .map(Programme.Row::indicator).toList());
    assertEquals("Chỉ tiêu khác", groups.get(2).name());
    // Every registry row but the five feed indicators, none lost.
    assertEquals(old.progress(ReportFixture.AS_OF).size() - 5, groups.get(2).rows().size());
  }

  /** A budget falling 2.5 % a year says so, rather than "growth −2,5 %"; P negative. */
  @Test
  void aFallingGrowthRateSaysDecline() {
    Map<String, Object> v = new java.util.LinkedHashMap<>();
    v.put("as_of", "2026-10");
    v.put("indicator_id", "ward_budget_growth");
    v.put("name_vi", "Tốc độ tăng thu ngân sách bình quân");
    v.put("name_en", "Average yearly growth of budget revenue");
    v.put("unit", "billion VND/year");
    v.put("kind", "growth_rate");
    v.put("target_value", new java.math.BigDecimal("0.07"));
    v.put("target_high", new java.math.BigDecimal("0.08"));
    v.put("target_year", 2030);
    v.put("assessed_value", new java.math.BigDecimal("-0.025"));
    v.put("assessed_period", "2026");
    v.put("x_status", "official");
    v.put("status", "regressing");
    // P = r_obs / v_T = -0.025 / 0.07 = -0.357
    v.put("anticipated_progress", -0.357);
    var row = vn.mocchau.analytics.marts.TargetProgressRow.TABLE.rows(List.<Object[]>of(
        ReportFixture.row(vn.mocchau.analytics.marts.MartSchemas.TARGET_PROGRESS, v))).get(0);
    Programme.Row vi = Programme.row(row, Language.VI);
    assertEquals("giảm bình quân 2,5 %/năm", vi.latest());
    assertEquals("-0,36", vi.progressRatio());
    assertEquals("✗ Đang đi lùi", vi.statusText());
    assertEquals("average decline 2.5 % a year", Programme.row(row, Language.EN).latest());
  }
}
