package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Establishment;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.LocalityRegistry;
import vn.mocchau.analytics.contract.LocalityRegistry.Locality;

/** tourism_monthly, tourism_area_monthly and tourism_annual rows from hand-made totals. */
class TourismMartsTest {
  static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  static final LocalityRegistry LOCALITIES = new LocalityRegistry(List.of(
      new Locality("A1", "Phường Một", "phường", "Mộc Châu", true),
      new Locality("B2", "Xã Hai", "xã", "Vân Hồ", false),
      new Locality("C3", "Xã Ba", "xã", "Mộc Châu", true)), Map.of());

  static Establishment lodging(String locality, int beds, String opened, String closed) {
    return new Establishment("CS-" + locality + beds, "x", locality, "hotel", beds, beds, null,
        LocalDate.parse(opened), closed == null ? null : LocalDate.parse(closed));
  }

  @Test
  void bedNightsCountOnlyTheDaysAnEstablishmentIsOpenInTheMonth() {
    Map<String, Long> bedNights = TourismMarts.bedNightsAvailable(List.of(
        lodging("A1", 10, "2020-01-01", null),        // 31 days x 10
        lodging("A1", 4, "2026-10-21", null),         // 21..31 October: 11 days x 4
        lodging("B2", 5, "2019-05-01", "2026-10-10"), // 1..10 October: 10 days x 5
        lodging("C3", 8, "2019-05-01", "2026-09-30")), OCTOBER);
    assertEquals(Map.of("A1", 354L, "B2", 50L), bedNights, "C3's only lodging closed in September");
  }

  static Map<String, Measures> october(Set<Feed> delivered) {
    return TourismMarts.localityMonth(LOCALITIES, Map.of(
        "A1", new MonthAggregates.LocalityTotals(100, 20, 30, 6, 5, 90,
            MeasuresTest.revenue(40_000_000, 0)),
        "B2", new MonthAggregates.LocalityTotals(50, 0, 10, 0, 0, 20,
            MeasuresTest.revenue(0, 10_000_000))),
        Map.of("A1", 354L, "B2", 50L), delivered);
  }

  @Test
  void aLocalityMonthHasNullsForTheFeedsNotDeliveredAndZerosWhereNothingWasReported() {
    Map<String, Measures> cells = october(Set.of(Feed.VISITOR_COUNTS, Feed.REVENUE));
    MeasureValues a1 = cells.get("A1").values();
    assertEquals(120L, a1.arrivals());
    assertNull(a1.overnightGuests(), "stays not delivered");
    assertNull(a1.guestNights());
    assertEquals(354L, a1.bedNightsAvailable(), "the registry's beds are known regardless");
    assertEquals(new BigDecimal("333333"), a1.revenuePerArrivalVnd(), "40 M / 120, half-up");
    MeasureValues c3 = cells.get("C3").values();
    assertEquals(0L, c3.arrivals(), "delivered, but no row for C3");
    assertEquals(BigDecimal.ZERO, c3.revenueVnd());
    assertEquals(0L, c3.bedNightsAvailable());
  }

  @Test
  void monthlyRowsCarryTheUnitAndTheFeedsDelivered() {
    Set<Feed> delivered = Set.of(Feed.VISITOR_COUNTS, Feed.REVENUE);
    List<TourismMonthlyRow> rows = TourismMarts.monthlyRows(OCTOBER, LOCALITIES,
        october(delivered), delivered);
    assertEquals(List.of("A1", "B2", "C3"), rows.stream().map(TourismMonthlyRow::localityCode)
        .toList());
    TourismMonthlyRow b2 = rows.get(1);
    assertEquals("2026-10", b2.period());
    assertEquals(2026, b2.year());
    assertEquals(10, b2.month());
    assertEquals("Xã Hai", b2.localityName());
    assertEquals("Vân Hồ", b2.formerDistrict());
    assertEquals(50L, b2.measures().arrivals());
    assertEquals(new FeedsDelivered("visitor_counts,revenue", 2, false), b2.delivery());
  }

  @Test
  void areaRowsAddUpTheTourismAreaAndEachFormerDistrict() {
    Set<Feed> all = Set.of(Feed.VISITOR_COUNTS, Feed.STAYS, Feed.REVENUE);
    List<TourismAreaMonthlyRow> rows = TourismMarts.areaMonthlyRows(OCTOBER, LOCALITIES,
        october(all), all);
    assertEquals(List.of("tourism_area", "former_district:Mộc Châu", "former_district:Vân Hồ"),
        rows.stream().map(TourismAreaMonthlyRow::scope).toList());
    MeasureValues area = rows.get(0).measures();
    assertEquals(120L, area.arrivals(), "A1 and C3: B2 is outside the tourism area");
    assertEquals(36L, area.overnightGuests());
    assertEquals(0.3, area.overnightShare(), 1e-12);
    assertEquals(354L, area.bedNightsAvailable());
    MeasureValues vanHo = rows.get(2).measures();
    assertEquals(50L, vanHo.arrivals());
    assertEquals(0.2, vanHo.overnightShare(), 1e-12, "10 / 50");
    assertEquals(new BigDecimal("200000"), vanHo.revenuePerArrivalVnd(), "10 M / 50");
    assertEquals(new FeedsDelivered("visitor_counts,stays,revenue", 3, true),
        rows.get(0).delivery());
  }

  @Test
  void annualRowsSumTheYearsMonthsAndCountTheCompleteOnes() {
    Set<Feed> all = Set.of(Feed.VISITOR_COUNTS, Feed.STAYS, Feed.REVENUE);
    Set<Feed> visitorsOnly = Set.of(Feed.VISITOR_COUNTS);
    List<TourismAreaMonthlyRow> area = new java.util.ArrayList<>();
    area.addAll(TourismMarts.areaMonthlyRows(YearMonth.of(2026, 9), LOCALITIES,
        october(all), all));
    area.addAll(TourismMarts.areaMonthlyRows(OCTOBER, LOCALITIES, october(visitorsOnly),
        visitorsOnly));
    area.addAll(TourismMarts.areaMonthlyRows(YearMonth.of(2025, 12), LOCALITIES, october(all),
        all));
    List<TourismAnnualRow> rows = TourismMarts.annualRows(2026, area);
    assertEquals(3, rows.size(), "one row per scope");
    TourismAnnualRow tourismArea = rows.get(0);
    assertEquals(2026, tourismArea.year());
    assertEquals("tourism_area", tourismArea.scope());
    assertEquals(240L, tourismArea.measures().arrivals(), "120 in September + 120 in October");
    assertEquals(36L, tourismArea.measures().overnightGuests(), "stays only in September");
    assertEquals(0.3, tourismArea.measures().overnightShare(), 1e-12,
        "36 / 120: October's arrivals had no stays");
    assertEquals(2, tourismArea.monthsWithData());
    assertEquals(1, tourismArea.monthsComplete());
    assertEquals(false, tourismArea.complete());
  }
}
