package vn.mocchau.analytics.report;

import vn.mocchau.analytics.contract.RejectionTally;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.MartSchemas;
import vn.mocchau.analytics.text.Language;

/** The report model's pieces: order, wording, periods, status symbols, feed and column names. */
class ScorecardTest {

  @Test
  void headlineTargetsFirstThenTargetsWithDataThenTheRest() {
    List<Scorecard.Line> lines = Scorecard.lines(ReportFixture.data(), ReportFixture.AS_OF,
        Language.VI);
    assertEquals(List.of("visitors", "tourism_revenue", "overnight_share", "corn_area",
        "corn_output"), lines.subList(0, 5).stream().map(Scorecard.Line::indicator).toList());
    assertEquals(Scorecard.HEADLINE, Scorecard.table(lines).stream()
        .map(Scorecard.Line::indicator).toList());
    List<String> notYet = Scorecard.notYetMeasured(lines).stream()
        .map(Scorecard.Line::indicator).toList();
    // Every registry row but the five headline targets (50 − 5 = 45 in the committed registry).
    assertEquals(ReportFixture.registry().size() - 5, notYet.size(), notYet.toString());
    assertEquals(45, notYet.size());
    assertTrue(notYet.stream().noneMatch(Scorecard.HEADLINE::contains), notYet.toString());
  }

  /**
   * A headline target is in two tables of the report — the headline scorecard and its group of
   * the programme — and both say the same target, value, period, status and P.
   */
  @Test
  void theHeadlineScorecardAndTheProgrammeSayTheSame() {
    vn.mocchau.analytics.marts.Marts data = ReportFixture.programme();
    for (Language lang : Language.values()) {
      List<Scorecard.Line> lines = Scorecard.lines(data, ReportFixture.AS_OF, lang);
      java.util.Map<String, Programme.Row> rows = new java.util.HashMap<>();
      Programme.groups(data, ReportFixture.AS_OF, lang).forEach(g -> g.rows()
          .forEach(r -> rows.put(r.indicator(), r)));
      for (String id : Scorecard.HEADLINE) {
        Scorecard.Line line = lines.stream().filter(l -> l.indicator().equals(id)).findFirst()
            .orElseThrow();
        Programme.Row row = rows.get(id);
        assertEquals(List.of(line.target(), line.latest(), line.period(), line.statusText(lang),
            line.progressRatio()), List.of(row.target(), row.latest(), row.period(),
            row.statusText(), row.progressRatio()), id + " " + lang);
      }
    }
  }

  @Test
  void aHeadlineTargetWithoutDataKeepsItsRow() {
    Scorecard.Line visitors = new Scorecard.Line("visitors", "Tổng lượt khách du lịch",
        "6,25 triệu lượt", "–", "–", "not_assessed", "Chưa đánh giá", true, "", "–", false);
    Scorecard.Line tea = new Scorecard.Line("ward_tea_output", "Sản lượng chè", "800 tấn", "–",
        "–", "not_assessed", "Chưa đánh giá", true, "", "–", false);
    assertEquals(List.of(visitors), Scorecard.table(List.of(visitors, tea)));
    assertEquals(List.of(tea), Scorecard.notYetMeasured(List.of(visitors, tea)));
  }

  @Test
  void aTargetWithoutAValueSaysWhy() {
    Map<String, Object> visitors = new HashMap<>();
    visitors.put("as_of", "2023-06");
    visitors.put("indicator_id", "visitors");
    visitors.put("name_vi", "Tổng lượt khách du lịch");
    visitors.put("unit", "visits/year");
    visitors.put("basis", "rolling_12m");
    visitors.put("target_value", new BigDecimal("6250000"));
    visitors.put("status", "not_assessed");
    Map<String, Object> corn = new HashMap<>(visitors);
    corn.put("indicator_id", "corn_area");
    corn.put("unit", "ha/year");
    corn.put("basis", "annual");
    corn.put("target_value", new BigDecimal("4000"));
    // In the mart's order (corn first); the scorecard puts visitors first.
    Marts data = Marts.fromValues(Map.of(MartSchemas.TARGET_PROGRESS, List.of(
        ReportFixture.row(MartSchemas.TARGET_PROGRESS, corn),
        ReportFixture.row(MartSchemas.TARGET_PROGRESS, visitors))));
    List<Scorecard.Line> lines = Scorecard.lines(data, YearMonth.of(2023, 6), Language.VI);
    assertEquals(List.of("visitors", "corn_area"), Scorecard.table(lines).stream()
        .map(Scorecard.Line::indicator).toList());
    assertEquals("–", lines.get(0).latest());
    assertEquals("chưa đủ 12 tháng số liệu", lines.get(0).period());
    assertEquals("chưa có năm đủ số liệu", lines.get(1).period());
    assertEquals("○ Chưa đánh giá", lines.get(0).statusText(Language.VI));
  }

  @Test
  void aLineReadsAsSymbolAndWordInBothLanguages() {
    List<Scorecard.Line> vi = Scorecard.lines(ReportFixture.data(), ReportFixture.AS_OF, Language.VI);
    Scorecard.Line visitors = vi.get(0);
    assertEquals("4,07 triệu lượt", visitors.latest());
    assertEquals("11/2025–10/2026", visitors.period());
    assertEquals("0,76", visitors.progressRatio());
    assertEquals("65 %", visitors.percentOfTarget());
    assertEquals("▲ Cần đẩy nhanh (tạm tính)", visitors.statusText(Language.VI));
    Scorecard.Line cornOutput = vi.get(4);
    assertEquals("★ Đã đạt", cornOutput.statusText(Language.VI));
    assertEquals("–", cornOutput.progressRatio(), "an achieved target does not rest on P");
    assertEquals("2025", cornOutput.period());
    Scorecard.Line en = Scorecard.lines(ReportFixture.data(), ReportFixture.AS_OF, Language.EN)
        .get(0);
    assertEquals("Nov 2025–Oct 2026", en.period());
    assertEquals("▲ Needs acceleration (provisional)", en.statusText(Language.EN));
  }

  @Test
  void everyStatusHasItsOwnSymbol() {
    Set<String> symbols = new HashSet<>();
    for (String status : ReportContent.STATUSES) {
      symbols.add(Language.statusSymbol(status));
      assertTrue(Language.VI.status(status).startsWith(Language.statusSymbol(status) + " "));
    }
    assertEquals(ReportContent.STATUSES.size(), symbols.size(), symbols.toString());
    assertEquals("○ Chưa đánh giá", Language.VI.status(null));
  }

  @Test
  void theWordingTableFollowsTheRegistrysQuotes() {
    // targets.csv quotes the congress report in its source column: "more than 5,594 billion",
    // "about 4,000 ha", "below 0.18 %". The report says the same words.
    for (CSVRecord target : ReportFixture.registry()) {
      String source = target.get("source");
      String id = target.get("indicator_id");
      String expected = source.contains("more than") ? "more_than"
          : source.contains("about") ? "about" : source.contains("below") ? "below" : null;
      assertEquals(expected, Scorecard.WORDING.get(id), id + ": " + source);
    }
    assertEquals("trên ", Scorecard.qualifier("tourism_revenue", Language.VI));
    assertEquals("more than ", Scorecard.qualifier("overnight_share", Language.EN));
    assertEquals("khoảng ", Scorecard.qualifier("corn_area", Language.VI));
    assertEquals("dưới ", Scorecard.qualifier("ward_poverty_rate", Language.VI));
    assertEquals("", Scorecard.qualifier("visitors", Language.VI));
  }

  @Test
  void periodsAndPagesAsEachLanguageWritesThem() {
    assertEquals("11/2025–10/2026", Language.VI.period("2025-11..2026-10"));
    assertEquals("Nov 2025–Oct 2026", Language.EN.period("2025-11..2026-10"));
    assertEquals("01/2026", Language.VI.period("2026-01"));
    assertEquals("2025", Language.VI.period("2025"));
    assertEquals("Sep 2026", Language.EN.month(YearMonth.of(2026, 9)));
    assertEquals("Trang 2/5", Language.VI.page(2, 5));
    assertEquals("Page 2 of 5", Language.EN.page(2, 5));
  }

  @Test
  void reasonsGroupWithTheirDatesMaskedButNotOtherNumbers() {
    assertEquals("ngày đi … trước ngày đến …", "ngày đi 2026-10-10 trước ngày đến 2026-10-12"
        .replaceAll(RejectionTally.BARE_DATE, "…"));
    String outside = "ngày 31/10/2026 nằm ngoài tháng giao nộp 2026-09";
    assertEquals("ngày … nằm ngoài tháng giao nộp …",
        outside.replaceAll(RejectionTally.BARE_DATE, "…"));
    assertEquals("tháng … không phải tháng giao nộp …",
        "tháng 09/2026 không phải tháng giao nộp 2026-10".replaceAll(RejectionTally.BARE_DATE, "…"));
    String nationality = "'…' không phải mã quốc gia ISO 3166-1 hai chữ cái (VN là Việt Nam)";
    assertEquals(nationality, nationality.replaceAll(RejectionTally.BARE_DATE, "…"));
    String stay = "lưu trú 95 đêm, dài hơn 60 đêm";
    assertEquals(stay, stay.replaceAll(RejectionTally.BARE_DATE, "…"));
  }

  @Test
  void aMonthWithoutMartsIsRefusedInTheReportsLanguage(@TempDir Path out) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(out.toUri());
    IllegalArgumentException vi = assertThrows(
        IllegalArgumentException.class, () -> ReportJob.run(path,
            new Configuration(), YearMonth.of(2026, 10), Language.VI, "t"));
    assertEquals("thư mục " + path + " chưa có bảng tổng hợp của tháng 10/2026; hãy chạy"
        + " jobs/monthly 2026-10 trước.", vi.getMessage());
    IllegalArgumentException en = assertThrows(
        IllegalArgumentException.class, () -> ReportJob.run(path,
            new Configuration(), YearMonth.of(2026, 10), Language.EN, "t"));
    assertEquals(path + " has no marts for Oct 2026; run jobs/monthly 2026-10 first.",
        en.getMessage());
  }

  @Test
  void feedsAndColumnsAreNamedAsOfficersKnowThem() {
    assertEquals("Lượt khách", ReportContent.feedName("visitor_counts", Language.VI));
    assertEquals("Lưu trú", ReportContent.feedName("stays", Language.VI));
    assertEquals("Doanh thu", ReportContent.feedName("revenue", Language.VI));
    assertEquals("Ngô sinh khối", ReportContent.feedName("biomass_corn", Language.VI));
    assertEquals("Visitor counts", ReportContent.feedName("visitor_counts", Language.EN));
    assertEquals("Ngày đi", ReportContent.columnName("stays", "check_out", Language.VI));
    assertEquals("Mã cơ sở", ReportContent.columnName("stays", "establishment_id", Language.VI));
    assertEquals("Diện tích gieo trồng",
        ReportContent.columnName("biomass_corn", "planted_ha", Language.VI));
    assertEquals("Establishment id",
        ReportContent.columnName("stays", "establishment_id", Language.EN));
    assertEquals("Cả dòng", ReportContent.columnName("stays", "(row)", Language.VI));
  }
}
