package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.text.Language;

/**
 * The registry that ships (data-raw/reference/targets.csv, programme.md §2): every quantified
 * target of the congress report's "Chỉ tiêu" section, loaded by the real loader, in the report's
 * order, with the kinds, bands and term starts the reference note asks for.
 */
class CommittedRegistryTest {
  private static Map<String, Target> targets;

  @BeforeAll
  static void load() {
    targets = new LinkedHashMap<>();
    new ReferenceLoader(new Path(new java.io.File("data-raw").getAbsoluteFile().toURI()),
        new Configuration()).targets().forEach(t -> targets.put(t.indicatorId(), t));
  }

  private static Target target(String id) {
    Target t = targets.get(id);
    assertTrue(t != null, id);
    return t;
  }

  @Test
  void everyRowOfTheReportIsThereInItsOrder() {
    // Regional 1.(1)a–c, 1.(2)a–c, 1.(3)a–c, 1.(4)a–c = 12; ward economy (1), (2a–d), (3a–b),
    // (4)–(7) = 11; society and environment (8)–(22) with (17a–b), (18a–b) = 17; Party building
    // (23a–e), (24)–(26), (27a–b) = 10. 12 + 11 + 17 + 10 = 50.
    assertEquals(50, targets.size());
    Map<String, Integer> perGroup = new LinkedHashMap<>();
    targets.values().forEach(t -> perGroup.merge(t.group(), 1, Integer::sum));
    assertEquals(List.copyOf(Target.GROUPS), List.copyOf(perGroup.keySet()),
        "the registry lists the groups in the report's order");
    assertEquals(List.of(3, 3, 3, 3, 11, 17, 10), List.copyOf(perGroup.values()));
    List<String> codes = targets.values().stream().map(Target::code).toList();
    assertEquals(codes.size(), codes.stream().distinct().count(), "codes are unique");
    assertEquals(List.of("1.(1)a", "1.(1)b", "1.(1)c", "1.(2)a", "1.(2)b", "1.(2)c"),
        codes.subList(0, 6));
    assertEquals(List.of("(1)", "(2a)", "(2b)", "(2c)", "(2d)", "(3a)", "(3b)", "(4)", "(5)",
        "(6)", "(7)", "(8)", "(9)", "(10)"), codes.subList(12, 26));
    assertEquals("(27b)", codes.get(49));
    Pattern snake = Pattern.compile("[a-z][a-z0-9_]*");
    targets.keySet().forEach(id -> assertTrue(snake.matcher(id).matches(), id));
  }

  @Test
  void theThirteenFirstIdsAreKept() {
    for (String id : List.of("visitors", "tourism_revenue", "overnight_share", "corn_area",
        "corn_output", "ward_tea_output", "ward_vegetables_flowers", "ward_dairy_herd",
        "ward_plum_output", "ward_income_per_person", "ward_health_insurance",
        "ward_poverty_rate", "ward_doctors")) {
      target(id);
    }
  }

  @Test
  void theFiveFeedIndicatorsKeepTheirBasisTheOthersAreAnnualIndicatorValues() {
    for (Target t : targets.values()) {
      boolean feeds = Target.MEASURED_BY_FEEDS.contains(t.indicatorId());
      assertEquals(feeds ? Target.MONTHLY_FEEDS : Target.INDICATOR_VALUES, t.sourceFeed(),
          t.indicatorId());
      assertEquals("annual", t.frequency(), t.indicatorId());
      assertEquals(2025, t.baselineYear(), t.indicatorId());
      assertEquals(2030, t.targetYear(), t.indicatorId());
      assertFalse(t.source().isBlank(), t.indicatorId());
      if (!feeds) {
        assertEquals("annual", t.basis(), t.indicatorId());
      }
    }
    assertEquals("rolling_12m", target("visitors").basis());
    assertEquals("annual", target("corn_output").basis());
  }

  @Test
  void scopesFollowTheSection() {
    assertEquals("tourism_area", target("visitors").scope());
    assertEquals("moc_chau_area", target("corn_area").scope());
    assertEquals("moc_chau_area", target("culture_tourism_week").scope());
    // 1.(4)c is a regional-linkage target: the whole area, not the ward.
    assertEquals("moc_chau_area", target("ward_doctors").scope());
    assertEquals("regional_social", target("ward_doctors").group());
    targets.values().stream().filter(t -> t.group().startsWith("ward_"))
        .forEach(t -> assertEquals("thao_nguyen_ward", t.scope(), t.indicatorId()));
  }

  @Test
  void bandsWhereTheReportSaysAboutOrMaintain() {
    // "maintain about 300 t": 300 ± 5 % = 285–315.
    assertBand("ward_plum_output", "maintain", "285", "315");
    // "maintain 12,000–13,000 head": the report's own band.
    assertBand("ward_dairy_herd", "maintain", "12000", "13000");
    // "about 1,271" ± 5 %: 1,271 × 0.95 = 1,207.45; × 1.05 = 1,334.55.
    assertBand("ward_farm_households", "maintain", "1207.45", "1334.55");
    // "about 2,288" ± 5 %: 2,173.6–2,402.4.
    assertBand("ward_farm_workers", "maintain", "2173.6", "2402.4");
    // "maintain 39.27 %": at or over the figure.
    assertBand("ward_forest_cover", "maintain", "0.3927", "1");
    assertBand("ward_tea_output", "range", "800", "1000");
    assertBand("ward_vegetables_flowers", "range", "300", "500");
  }

  private static void assertBand(String id, String kind, String low, String high) {
    Target t = target(id);
    assertEquals(kind, t.kind(), id);
    assertEquals(0, new BigDecimal(low).compareTo(t.targetValue()), id);
    assertEquals(0, new BigDecimal(high).compareTo(t.targetHigh()), id);
  }

  @Test
  void theNewKindsAsTheReportStatesThem() {
    Target growth = target("ward_budget_revenue_growth");
    assertEquals("growth_rate", growth.kind());
    assertEquals(0, new BigDecimal("0.07").compareTo(growth.targetValue()));
    assertEquals(0, new BigDecimal("0.08").compareTo(growth.targetHigh()));
    assertNull(growth.baselineValue(), "y_b comes from the data");

    assertEquals("cumulative", target("ward_new_enterprises").kind());
    assertEquals(2025, target("ward_new_enterprises").termStart(), "the report says 2025–2030");
    assertEquals(2026, target("ward_new_party_members").termStart());
    assertEquals(0, BigDecimal.valueOf(70).compareTo(target("ward_new_party_members")
        .targetValue()));
    assertEquals("km", target("ward_roads_widened").unit());

    Target week = target("culture_tourism_week");
    assertEquals("each_year", week.kind());
    assertEquals("yes_no", week.unit());
    assertEquals(0, BigDecimal.ONE.compareTo(week.targetValue()));
    List<String> eachYear = new ArrayList<>();
    targets.values().stream().filter(t -> t.kind().equals("each_year"))
        .forEach(t -> eachYear.add(t.code()));
    assertEquals(List.of("1.(4)a", "(9)", "(14)", "(23a)", "(23b)", "(23c)", "(23d)", "(23e)",
        "(25)", "(26)", "(27a)"), eachYear);
    targets.values().forEach(t -> assertEquals("at_least", t.direction(), t.indicatorId()));

    assertEquals("linear", target("ward_waste_collected").path());
    assertEquals(0, new BigDecimal("0.9942").compareTo(target("ward_waste_collected")
        .targetValue()));
    assertEquals("linear", target("high_quality_health_facilities").path());
    assertEquals("compound", target("visitors").path());
    assertEquals("at_most", target("ward_poverty_rate").kind());
    assertEquals(0, new BigDecimal("2150").compareTo(target("corn_area").baselineValue()));
    assertEquals(0, new BigDecimal("75000").compareTo(target("corn_output").baselineValue()));
    assertEquals(2, targets.values().stream().filter(t -> t.baselineValue() != null).count(),
        "the report gives a baseline only for corn");
  }

  @Test
  void sharesAreFractionsAndEveryUnitReadsInVietnamese() {
    Map<String, String> vi = new LinkedHashMap<>();
    vi.put("visits/year", "lượt khách/năm");
    vi.put("billion VND/year", "tỷ đồng/năm");
    vi.put("fraction", "tỷ lệ"); // a share shows as a percentage; the word names the unit column
    vi.put("ha/year", "ha/năm");
    vi.put("tonnes/year", "tấn/năm");
    vi.put("yes_no", "có/không");
    vi.put("facilities", "cơ sở");
    vi.put("doctors per 10000 people", "bác sĩ/vạn dân");
    vi.put("head", "con");
    vi.put("households", "hộ");
    vi.put("workers", "lao động");
    vi.put("enterprises", "doanh nghiệp, hợp tác xã");
    vi.put("km", "km");
    vi.put("million VND/person/year", "triệu đồng/người/năm");
    vi.put("members", "đảng viên");
    for (Target t : targets.values()) {
      if (t.unit().equals("fraction") || t.unit().equals("yes_no")) {
        assertTrue(t.targetValue().compareTo(BigDecimal.ONE) <= 0, t.indicatorId());
      }
      assertTrue(vi.containsKey(t.unit()), t.indicatorId() + ": " + t.unit());
    }
    vi.forEach((unit, words) -> assertEquals(words, Language.VI.unit(unit), unit));
    assertEquals("yes/no", Language.EN.unit("yes_no"));
  }

  @Test
  void theRegistryDocListsEveryRow() throws Exception {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/registry.md"),
        java.nio.charset.StandardCharsets.UTF_8);
    for (Target t : targets.values()) {
      assertTrue(doc.contains("| " + t.code() + " | `" + t.indicatorId() + "` | " + t.nameVi()
          + " | " + t.unit() + " | " + t.kind()), t.indicatorId() + " in docs/registry.md");
    }
  }
}
