package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cell's sums and ratios, worked out by hand: ratios only over months with both feeds. */
class MeasuresTest {
  static Map<String, BigDecimal> revenue(long accommodation, long foodBeverage) {
    Map<String, BigDecimal> bySector = new LinkedHashMap<>();
    for (String sector : Measures.SECTORS) {
      bySector.put(sector, BigDecimal.ZERO);
    }
    bySector.put("accommodation", BigDecimal.valueOf(accommodation));
    bySector.put("food_beverage", BigDecimal.valueOf(foodBeverage));
    return bySector;
  }

  /** 100 + 20 arrivals, 30 + 6 overnight guests, 90 guest nights, 600 bed nights, 80 M đồng. */
  static final Measures OCTOBER = Measures.ofMonth(100L, 20L, 30L, 6L, 5L, 90L, 600,
      revenue(50_000_000, 30_000_000));

  /** 200 arrivals and 100 M đồng, no stays delivered; 600 bed nights in the registry. */
  static final Measures NOVEMBER = Measures.ofMonth(200L, 0L, null, null, null, null, 600,
      revenue(0, 100_000_000));

  @Test
  void aMonthsValuesAreItsSumsAndRatios() {
    MeasureValues v = OCTOBER.values();
    assertEquals(120L, v.arrivals());
    assertEquals(36L, v.overnightGuests());
    assertEquals(5L, v.dayUseGuests());
    assertEquals(2.5, v.alos(), 1e-12, "90 nights / 36 guests");
    assertEquals(0.3, v.overnightShare(), 1e-12, "36 / 120");
    assertEquals(0.15, v.bedOccupancy(), 1e-12, "90 / 600");
    assertEquals(new BigDecimal("80000000"), v.revenueVnd());
    assertEquals(new BigDecimal("50000000"), v.revenueAccommodationVnd());
    assertEquals(new BigDecimal("30000000"), v.revenueFoodBeverageVnd());
    assertEquals(BigDecimal.ZERO, v.revenueOtherVnd());
    assertEquals(new BigDecimal("666667"), v.revenuePerArrivalVnd(),
        "80,000,000 / 120 = 666,666.67, half-up to whole đồng");
  }

  @Test
  void aFeedNotDeliveredLeavesItsMeasuresNullAndStaysOutOfTheRatios() {
    MeasureValues november = NOVEMBER.values();
    assertNull(november.overnightGuests());
    assertNull(november.guestNights());
    assertNull(november.overnightShare(), "no month with both visitor counts and stays");
    assertNull(november.bedOccupancy(), "no month with stays");

    MeasureValues both = OCTOBER.plus(NOVEMBER).values();
    assertEquals(320L, both.arrivals());
    assertEquals(36L, both.overnightGuests());
    assertEquals(1200L, both.bedNightsAvailable());
    assertEquals(0.3, both.overnightShare(), 1e-12,
        "36 / 120: November's 200 arrivals had no stays to compare with");
    assertEquals(0.15, both.bedOccupancy(), 1e-12, "90 / 600: November's beds had no stays");
    assertEquals(new BigDecimal("180000000"), both.revenueVnd());
    assertEquals(new BigDecimal("130000000"), both.revenueFoodBeverageVnd());
    assertEquals(new BigDecimal("562500"), both.revenuePerArrivalVnd(), "180 M / 320");
  }

  @Test
  void aStoredMonthReadsBackAsTheSameCell() {
    assertEquals(OCTOBER.values(), Measures.ofMonth(OCTOBER.values()).values());
    assertEquals(NOVEMBER.values(), Measures.ofMonth(NOVEMBER.values()).values());
    // Read back, the months still add up with their ratio pairs intact.
    assertEquals(OCTOBER.plus(NOVEMBER).values(), Measures.ofMonth(OCTOBER.values())
        .plus(Measures.ofMonth(NOVEMBER.values())).values());
  }

  @Test
  void anEmptyCellHasNoValues() {
    MeasureValues empty = Measures.empty().values();
    assertNull(empty.arrivals());
    assertNull(empty.revenueVnd());
    assertNull(empty.revenuePerArrivalVnd());
    assertNull(empty.bedNightsAvailable());
  }
}
