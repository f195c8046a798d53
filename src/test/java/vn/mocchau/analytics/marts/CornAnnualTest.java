package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** corn_annual rows from season reports, summed by hand. */
class CornAnnualTest {
  static CornAnnual.SeasonReport report(String season, String locality, String planted,
      String harvested, String output, Long households, String period) {
    return new CornAnnual.SeasonReport(2026, season, locality, new BigDecimal(planted),
        harvested == null ? null : new BigDecimal(harvested),
        output == null ? null : new BigDecimal(output), households, period);
  }

  @Test
  void aYearSumsItsSeasonsPerUnitAndForTheWholeArea() {
    List<CornAnnualRow> rows = CornAnnual.rows(List.of(
        report("spring", "A1", "100", "90", "3150", 40L, "2026-07"),
        report("summer", "A1", "60", null, "1800", 55L, "2026-11"),
        report("spring", "B2", "50", "50", "1500", 20L, "2026-07")));
    assertEquals(List.of("A1", "ALL", "B2"), rows.stream().map(CornAnnualRow::localityCode)
        .toList());
    CornAnnualRow a1 = rows.get(0);
    assertEquals(2026, a1.year());
    assertEquals(new BigDecimal("160"), a1.plantedHa(), "100 + 60 sown");
    assertEquals(new BigDecimal("90"), a1.harvestedHa(), "only spring reports a harvest");
    assertEquals(new BigDecimal("4950"), a1.outputTonnes(), "3,150 + 1,800");
    assertEquals(35.0, a1.yieldTPerHa(), 1e-12, "3,150 t / 90 ha: the harvested seasons only");
    assertEquals(55L, a1.households(), "the largest season, not the sum");
    assertEquals(2, a1.seasonsReported());
    assertEquals("2026-11", a1.latestDelivery());

    CornAnnualRow all = rows.get(1);
    assertEquals(new BigDecimal("210"), all.plantedHa());
    assertEquals(new BigDecimal("140"), all.harvestedHa());
    assertEquals(4650.0 / 140, all.yieldTPerHa(), 1e-9, "(3,150 + 1,500) / 140");
    assertEquals(60L, all.households(), "spring: 40 + 20 households, summer 55");
    assertEquals(2, all.seasonsReported());
  }

  @Test
  void noHarvestedAreaMeansNoYield() {
    CornAnnualRow row = CornAnnual.rows(List.of(
        report("spring", "A1", "100", null, null, null, "2026-05"))).get(0);
    assertNull(row.harvestedHa());
    assertNull(row.outputTonnes());
    assertNull(row.yieldTPerHa());
    assertNull(row.households());
  }
}
