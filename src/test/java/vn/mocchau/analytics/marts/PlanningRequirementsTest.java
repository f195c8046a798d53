package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Establishment;
import vn.mocchau.analytics.contract.LocalityRegistry;
import vn.mocchau.analytics.contract.PlanningParameters;
import vn.mocchau.analytics.contract.Target;

/**
 * programme.md §6's eight formulas on inputs small enough to work by hand; the hand calculation is
 * next to each assertion.
 */
class PlanningRequirementsTest {
  private static final YearMonth AS_OF = YearMonth.of(2026, 10);

  private static final LocalityRegistry LOCALITIES = new LocalityRegistry(List.of(
      new LocalityRegistry.Locality("03980", "Phường Mộc Châu", "phuong", "Mộc Châu", true),
      new LocalityRegistry.Locality("99999", "Xã Ngoài Vùng", "xa", "Khác", false)), Map.of());

  /** 180 beds open in 10/2026 in the tourism area (100 + 50 + 30), in 3 establishments. */
  private static final List<Establishment> ESTABLISHMENTS = List.of(
      open("E1", "03980", 100, "2020-01-01", null),
      open("E2", "03980", 50, "2026-10-31", null), // opens on the month's last day: counted
      open("E3", "03980", 30, "2015-05-01", "2026-10-01"), // open on its first day: counted
      open("E4", "03980", 40, "2015-05-01", "2026-09-30"), // closed before the month
      open("E5", "99999", 1000, "2015-05-01", null), // outside the tourism area
      open("E6", "03980", 70, "2026-11-01", null)); // opens after the month

  private static final List<Target> TARGETS = List.of(
      target("visitors", "visits/year", "6250000"),
      target("overnight_share", "fraction", "0.70"),
      target("corn_output", "tonnes/year", "150000"));

  private static PlanningParameters parameters(String herd2030) {
    Map<String, PlanningParameters.Parameter> p = new LinkedHashMap<>();
    p.put("target_bed_occupancy", parameter("target_bed_occupancy", "0.60", "fraction"));
    p.put("silage_kg_per_cow_day", parameter("silage_kg_per_cow_day", "30", "kg/cow/day"));
    p.put("dairy_herd_now", parameter("dairy_herd_now", "25000", "head"));
    if (herd2030 != null) {
      p.put("dairy_herd_2030", parameter("dairy_herd_2030", herd2030, "head"));
    }
    return new PlanningParameters(p, true);
  }

  /**
   * Stays of the tourism area: 10/2025–9/2026 complete (11 months of 1,600 guest-nights and
   * 1,000 guests, and 10/2025 with 2,800 and 1,000), 10/2026 without stays (not delivered), so
   * the latest complete window ends in 9/2026: 11 × 1,600 + 2,800 = 20,400 guest-nights over
   * 12,000 guests, ALOS 1.7. A former district's rows are not the tourism area and are ignored.
   */
  private static List<TourismAreaMonthlyRow> stays() {
    List<TourismAreaMonthlyRow> rows = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2025, 10); !m.isAfter(AS_OF); m = m.plusMonths(1)) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("period", m.toString());
      v.put("scope", TourismMarts.TOURISM_AREA);
      if (!m.equals(AS_OF)) {
        v.put("guest_nights", m.equals(YearMonth.of(2025, 10)) ? 2800L : 1600L);
        v.put("overnight_guests", 1000L);
      }
      rows.add(TourismAreaMonthlyRow.TABLE.row(v));
      rows.add(TourismAreaMonthlyRow.TABLE.row(Map.of("period", m.toString(), "scope",
          "former_district:Mộc Châu", "guest_nights", 99_999L, "overnight_guests", 1L)));
    }
    return rows;
  }

  /** The area's corn: 2025 is the latest ended year as of 10/2026 (80,000 t, 40 t/ha). */
  private static final List<CornAnnualRow> CORN = List.of(
      corn(2024, "ALL", "70000", 35.0),
      corn(2025, "ALL", "80000", 40.0),
      corn(2026, "ALL", "30000", 20.0), // the running year: not ended in 10/2026
      corn(2025, "03980", "5000", 90.0)); // one unit, not the area

  private static Map<String, PlanningRequirementRow> compute(YearMonth asOf,
      List<TourismAreaMonthlyRow> stays, PlanningParameters parameters) {
    Map<String, PlanningRequirementRow> byId = new LinkedHashMap<>();
    for (PlanningRequirementRow row : PlanningRequirements.rows(new PlanningRequirements.Inputs(
        asOf, LOCALITIES, ESTABLISHMENTS, stays, CORN, TARGETS, parameters))) {
      byId.put(row.requirementId(), row);
    }
    return byId;
  }

  @Test
  void everyFormulaOnHandWorkedValues() {
    Map<String, PlanningRequirementRow> r = compute(AS_OF, stays(), parameters("27000"));
    assertEquals(PlanningRequirements.ORDER, List.copyOf(r.keySet()));
    r.values().forEach(row -> assertEquals("assessed", row.status(), row.requirementId()));
    r.values().forEach(row -> assertEquals("2026-10", row.asOf()));

    assertEquals(180.0, r.get("beds_now").value());
    assertEquals("establishments_open=3 (data: 2026-10)", r.get("beds_now").inputs());
    assertEquals("beds", r.get("beds_now").unit());

    assertEquals(1.7, r.get("alos_latest").value(), 1e-12); // 20,400 / 12,000
    assertEquals("guest_nights=20400 (data: 2025-10..2026-09); overnight_guests=12000 (data:"
        + " 2025-10..2026-09)", r.get("alos_latest").inputs());

    // 6,250,000 × 0.70 × 1.7 / 0.60 / 365 = 7,437,500 / 0.60 / 365 = 33,961.187…
    assertEquals(33_961.18721461188, r.get("beds_needed_target_year").value(), 1e-6);
    assertEquals("visitors_target=6250000 (target); overnight_share_target=0.7 (target);"
        + " alos_latest=1.7 (derived); target_bed_occupancy=0.6 (parameter)",
        r.get("beds_needed_target_year").inputs());
    assertEquals("Số giường cần có năm 2030", r.get("beds_needed_target_year").nameVi());

    // τ = 2025 + 10/12; T − τ = 25/6 years; (33,961.19 / 180)^(6/25) − 1 = 188.67^0.24 − 1
    // = e^(5.24000 × 0.24) − 1 = 3.51698 − 1 = 2.5170 (251.7 % a year).
    assertEquals(2.5169847575631183, r.get("beds_growth_needed").value(), 1e-9);
    assertEquals("fraction/year", r.get("beds_growth_needed").unit());
    assertEquals("beds_needed_target_year=33961.18721 (derived); beds_now=180 (data: 2026-10);"
        + " target_year=2030 (target); as_of_time=2025.833333 (as_of 2026-10)",
        r.get("beds_growth_needed").inputs());

    // 25,000 cows × 30 kg × 365 days / 1,000 = 273,750 t a year.
    assertEquals(273_750.0, r.get("corn_feed_demand_now").value(), 1e-9);
    // 2025's 80,000 t / 273,750 t = 0.29224 (2026 has not ended; the unit's row is not ALL).
    assertEquals(0.2922374429223744, r.get("corn_self_sufficiency_latest").value(), 1e-12);
    assertEquals("corn_output=80000 (data: 2025); corn_feed_demand_now=273750 (derived)",
        r.get("corn_self_sufficiency_latest").inputs());
    // 150,000 t / (27,000 × 30 × 365 / 1,000 = 295,650 t) = 0.50736.
    assertEquals(0.5073566717402334, r.get("corn_self_sufficiency_target_year").value(), 1e-12);
    // 295,650 t / 40 t/ha (2025's yield) = 7,391.25 ha.
    assertEquals(7_391.25, r.get("corn_area_for_full_demand").value(), 1e-9);
    assertEquals("dairy_herd_2030=27000 (parameter); silage_kg_per_cow_day=30 (parameter);"
        + " corn_yield_t_per_ha=40 (data: 2025)", r.get("corn_area_for_full_demand").inputs());
  }

  @Test
  void aMissingParameterLeavesWhatNeedsItNotAssessedAndNamesIt() {
    Map<String, PlanningRequirementRow> r = compute(AS_OF, stays(), parameters(null));
    assertEquals("assessed", r.get("corn_feed_demand_now").status());
    assertEquals("assessed", r.get("corn_self_sufficiency_latest").status());
    for (String id : List.of("corn_self_sufficiency_target_year", "corn_area_for_full_demand")) {
      assertEquals("not_assessed", r.get(id).status(), id);
      assertNull(r.get(id).value(), id);
      assertEquals("dairy_herd_2030", r.get(id).note(), id);
    }
  }

  @Test
  void withoutTheParametersFileTheBedsStillCountAndTheRestNamesWhatIsMissing() {
    Map<String, PlanningRequirementRow> r = compute(AS_OF, stays(), PlanningParameters.none());
    assertEquals(180.0, r.get("beds_now").value());
    assertEquals(1.7, r.get("alos_latest").value(), 1e-12);
    assertEquals("target_bed_occupancy", r.get("beds_needed_target_year").note());
    // The growth is built on the beds needed: it names what those miss, not itself.
    assertEquals("target_bed_occupancy", r.get("beds_growth_needed").note());
    assertEquals("dairy_herd_now; silage_kg_per_cow_day", r.get("corn_feed_demand_now").note());
    assertEquals("dairy_herd_now; silage_kg_per_cow_day",
        r.get("corn_self_sufficiency_latest").note());
  }

  @Test
  void withoutTwelveCompleteMonthsOfStaysTheBedsNeededAreNotAssessed() {
    // Only 10/2025–9/2026 minus February: no complete window.
    List<TourismAreaMonthlyRow> gap = stays().stream()
        .filter(row -> !row.period().equals("2026-02")).toList();
    Map<String, PlanningRequirementRow> r = compute(AS_OF, gap, parameters("27000"));
    assertEquals("not_assessed", r.get("alos_latest").status());
    assertEquals("guest_nights; overnight_guests", r.get("alos_latest").note());
    assertEquals("guest_nights; overnight_guests", r.get("beds_needed_target_year").note());
    assertEquals("guest_nights; overnight_guests", r.get("beds_growth_needed").note());
    assertEquals("", r.get("alos_latest").inputs());
  }

  @Test
  void decemberCountsItsOwnYearAsEndedAndNoCornYetIsNamed() {
    Map<String, PlanningRequirementRow> december = compute(YearMonth.of(2026, 12), stays(),
        parameters("27000"));
    // 2026 has ended in 12/2026: 30,000 t / 273,750 t; 295,650 t / 20 t/ha.
    assertEquals(30_000 / 273_750.0, december.get("corn_self_sufficiency_latest").value(), 1e-12);
    assertEquals(14_782.5, december.get("corn_area_for_full_demand").value(), 1e-9);

    Map<String, PlanningRequirementRow> early = compute(YearMonth.of(2024, 6), List.of(),
        parameters("27000"));
    assertEquals("corn_output", early.get("corn_self_sufficiency_latest").note());
    assertEquals("corn_yield_t_per_ha", early.get("corn_area_for_full_demand").note());
  }

  @Test
  void aPassedTargetYearCannotGiveAGrowth() {
    Map<String, PlanningRequirementRow> after = compute(YearMonth.of(2031, 3), stays(),
        parameters("27000"));
    assertEquals("target_year", after.get("beds_growth_needed").note());
  }

  private static Establishment open(String id, String locality, int beds, String opened,
      String closed) {
    return new Establishment(id, id, locality, "hotel", beds / 2, beds, null,
        LocalDate.parse(opened), closed == null ? null : LocalDate.parse(closed));
  }

  private static Target target(String id, String unit, String value) {
    return new Target(id, id, id, unit, "tourism_area", "rolling_12m", 2025, null, 2030,
        new BigDecimal(value), null, "at_least", "test");
  }

  private static PlanningParameters.Parameter parameter(String name, String value, String unit) {
    return new PlanningParameters.Parameter(name, new BigDecimal(value), unit, "test");
  }

  private static CornAnnualRow corn(int year, String code, String output, double yield) {
    BigDecimal t = new BigDecimal(output);
    return new CornAnnualRow(year, code, t.divide(BigDecimal.valueOf(yield),
        java.math.MathContext.DECIMAL64), t.divide(BigDecimal.valueOf(yield),
        java.math.MathContext.DECIMAL64), t, yield, 100L, 3, year + "-12");
  }
}
