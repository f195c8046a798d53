package vn.mocchau.analytics.marts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tourism measures as the three tourism marts store them, after their key columns: the
 * values of one {@link Measures} cell, each null when no month of the cell had the feed it comes
 * from.
 */
public record MeasureValues(
    @MartColumn(unit = "visits", meaning = "domestic arrivals (visitor_counts)")
    Long arrivalsDomestic,
    @MartColumn(unit = "visits", meaning = "international arrivals")
    Long arrivalsInternational,
    @MartColumn(unit = "visits", meaning = "all arrivals; null when visitor_counts was not delivered")
    Long arrivals,
    @MartColumn(unit = "guests",
        meaning = "guests of VN nationality checking in with at least one night (stays)")
    Long overnightGuestsDomestic,
    @MartColumn(unit = "guests", meaning = "other nationalities")
    Long overnightGuestsInternational,
    @MartColumn(unit = "guests", meaning = "all overnight guests; null without stays")
    Long overnightGuests,
    @MartColumn(unit = "guests",
        meaning = "guests of day-use registrations (check-out = check-in)")
    Long dayUseGuests,
    @MartColumn(unit = "guest-nights", meaning = "guests x nights spent in the month")
    Long guestNights,
    @MartColumn(unit = "nights",
        meaning = "average length of stay = guest_nights / overnight_guests")
    Double alos,
    @MartColumn(unit = "fraction",
        meaning = "overnight_guests / arrivals, over months with both feeds")
    Double overnightShare,
    @MartColumn(unit = "bed-nights",
        meaning = "sum over establishments open in the month of beds x open days (registry)")
    Long bedNightsAvailable,
    @MartColumn(unit = "fraction", meaning = "guest_nights / bed_nights_available")
    Double bedOccupancy,
    @MartColumn(unit = "VND", precision = MeasureValues.MONEY,
        meaning = "tourism revenue, exact đồng; null without revenue")
    BigDecimal revenueVnd,
    @MartColumn(unit = "VND", precision = MeasureValues.MONEY, meaning = "sector lưu trú")
    BigDecimal revenueAccommodationVnd,
    @MartColumn(unit = "VND", precision = MeasureValues.MONEY, meaning = "sector ăn uống")
    BigDecimal revenueFoodBeverageVnd,
    @MartColumn(unit = "VND", precision = MeasureValues.MONEY,
        meaning = "sector vận chuyển, lữ hành")
    BigDecimal revenueTransportVnd,
    @MartColumn(unit = "VND", precision = MeasureValues.MONEY,
        meaning = "sector tham quan, vui chơi giải trí")
    BigDecimal revenueAttractionsVnd,
    @MartColumn(unit = "VND", precision = MeasureValues.MONEY, meaning = "sector mua sắm")
    BigDecimal revenueShoppingVnd,
    @MartColumn(unit = "VND", precision = MeasureValues.MONEY, meaning = "sector khác")
    BigDecimal revenueOtherVnd,
    @MartColumn(unit = "VND", precision = MeasureValues.MONEY,
        meaning = "revenue_vnd / arrivals, whole đồng half-up, over months with both feeds")
    BigDecimal revenuePerArrivalVnd) {

  /** Digits of the money columns: exact đồng. */
  static final int MONEY = 20;

  /** The revenue of each sector of {@link Measures#SECTORS}, or null without revenue. */
  public Map<String, BigDecimal> revenueBySector() {
    if (revenueVnd == null) {
      return null;
    }
    Map<String, BigDecimal> bySector = new LinkedHashMap<>();
    bySector.put("accommodation", revenueAccommodationVnd);
    bySector.put("food_beverage", revenueFoodBeverageVnd);
    bySector.put("transport", revenueTransportVnd);
    bySector.put("attractions", revenueAttractionsVnd);
    bySector.put("shopping", revenueShoppingVnd);
    bySector.put("other", revenueOtherVnd);
    if (!bySector.keySet().equals(new java.util.LinkedHashSet<>(Measures.SECTORS))) {
      throw new IllegalStateException("Cannot match the revenue columns to " + Measures.SECTORS);
    }
    return bySector;
  }
}
