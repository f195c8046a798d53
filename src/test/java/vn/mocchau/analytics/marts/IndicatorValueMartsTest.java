package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.progress.Observation;

/** programme.md §4 reconciliation and §1 indicator_observations, values worked by hand. */
class IndicatorValueMartsTest {

  /** A tourism-area month with all three feeds: 1,000 visits, 600 overnight, 1 billion VND. */
  static TourismAreaMonthlyRow month(int year, int month) {
    // The cell as the tourism marts build it (all domestic, the revenue as accommodation).
    java.util.Map<String, BigDecimal> revenue = new java.util.LinkedHashMap<>();
    Measures.SECTORS.forEach(sector -> revenue.put(sector, BigDecimal.ZERO));
    revenue.put("accommodation", new BigDecimal("1000000000"));
    MeasureValues m = Measures.ofMonth(1000L, 0L, 600L, 0L, 0L, 900L, 0L, revenue).values();
    return new TourismAreaMonthlyRow(YearMonth.of(year, month).toString(), year, month,
        TourismMarts.TOURISM_AREA, m, new FeedsDelivered("visitor_counts,stays,revenue", 3,
            true));
  }

  static List<TourismAreaMonthlyRow> year2026() {
    List<TourismAreaMonthlyRow> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      rows.add(month(2026, m));
    }
    return rows;
  }

  static Observation official(String indicator, String value, String scope) {
    return new Observation(indicator, "2026", scope, new BigDecimal(value), "official",
        "Cục Thống kê", null, YearMonth.of(2027, 3), "iv.csv", 4L);
  }

  @Test
  void aCompleteYearIsFlaggedOnlyBeyondFivePercent() {
    // The feeds: 12,000 visits, 12 billion VND, share 7,200/12,000 = 0.6.
    // visitors 12,600: +600, +0.05 exactly → not flagged; revenue 12.7: +0.7, 0.7/12 = 0.058333
    // → flagged; share 0.57: −0.03, −0.05 → not flagged. A moc_chau_area row is not reconciled.
    List<ReconciliationRow> rows = IndicatorValueMarts.reconciliation(YearMonth.of(2027, 3),
        List.of(official("visitors", "12600", "tourism_area"),
            official("tourism_revenue", "12.7", "tourism_area"),
            official("overnight_share", "0.57", "tourism_area"),
            official("visitors", "1", "moc_chau_area")), year2026());
    assertEquals(3, rows.size());
    ReconciliationRow visitors = rows.get(0);
    assertEquals(new BigDecimal("12000.000000"), visitors.pipelineValue());
    assertEquals(new BigDecimal("600.000000"), visitors.difference());
    assertEquals(0.05, visitors.relativeDifference(), 1e-12);
    assertEquals(false, visitors.flag());
    assertEquals(true, visitors.pipelineComplete());
    ReconciliationRow revenue = rows.get(1);
    assertEquals(new BigDecimal("12.000000"), revenue.pipelineValue());
    assertEquals(new BigDecimal("0.700000"), revenue.difference());
    assertEquals(0.7 / 12, revenue.relativeDifference(), 1e-12);
    assertEquals(true, revenue.flag());
    ReconciliationRow share = rows.get(2);
    assertEquals(new BigDecimal("0.600000"), share.pipelineValue());
    assertEquals(new BigDecimal("-0.030000"), share.difference());
    assertEquals(-0.05, share.relativeDifference(), 1e-12);
    assertEquals(false, share.flag());
    assertEquals("official", share.officialStatus());
    assertEquals("2027-03", share.officialDelivered());
  }

  @Test
  void aRunUsesOnlyItsOwnMonthsOfTheYear() {
    // As of 2026-06 (an estimate delivered in 2026-06): six months, 6,000 visits, incomplete.
    Observation estimate = new Observation("visitors", "2026", "tourism_area",
        new BigDecimal("6100"), "estimate", "UBND", null, YearMonth.of(2026, 6), "iv.csv", 2L);
    ReconciliationRow row = IndicatorValueMarts.reconciliation(YearMonth.of(2026, 6),
        List.of(estimate), year2026()).get(0);
    assertEquals(new BigDecimal("6000.000000"), row.pipelineValue());
    assertEquals(false, row.pipelineComplete());
    assertEquals(true, row.flag(), "incomplete, though 100/6000 = 1.7 %");
    assertEquals("estimate", row.officialStatus());
  }

  @Test
  void aYearWithoutFeedDataHasNoPipelineValueAndIsFlagged() {
    ReconciliationRow row = IndicatorValueMarts.reconciliation(YearMonth.of(2027, 3),
        List.of(new Observation("visitors", "2024", "tourism_area", new BigDecimal("5000"),
            "official", "Cục Thống kê", null, YearMonth.of(2026, 2), "iv.csv", 3L)),
        year2026()).get(0);
    assertEquals(null, row.pipelineValue());
    assertEquals(null, row.difference());
    assertEquals(null, row.relativeDifference());
    assertEquals(true, row.flag());
  }

  @Test
  void observationRowsCarryTheirVintageAndLineage() {
    Observation first = official("ward_x", "5", "thao_nguyen_ward");
    Observation later = new Observation("ward_x", "2026", "thao_nguyen_ward",
        new BigDecimal("5.5"), "official", "Cục Thống kê", "sửa số", YearMonth.of(2027, 6),
        "iv2.csv", 7L);
    assertEquals(List.of(
            new IndicatorObservationRow("ward_x", "2026", "thao_nguyen_ward",
                new BigDecimal("5.000000"), "official", "Cục Thống kê", null, "2027-03",
                "2027-06", "iv.csv", 4L),
            new IndicatorObservationRow("ward_x", "2026", "thao_nguyen_ward",
                new BigDecimal("5.500000"), "official", "Cục Thống kê", "sửa số", "2027-06",
                null, "iv2.csv", 7L)),
        IndicatorValueMarts.observationRows(List.of(later, first)));
  }
}
