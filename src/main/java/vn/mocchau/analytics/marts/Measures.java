package vn.mocchau.analytics.marts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tourism measures of one cell of a mart (a locality-month, a scope-month or a scope-year):
 * additive sums, each null when no month of the cell had the feed it comes from, and the ratios
 * derived from summed numerators and denominators. A ratio only uses months in which both of its
 * feeds were delivered, so a month without stays never counts its arrivals in the overnight share.
 * Immutable; {@link #plus} adds two cells.
 */
public final class Measures {
  public static final List<String> SECTORS = List.of("accommodation", "food_beverage",
      "transport", "attractions", "shopping", "other");

  final Long arrivalsDomestic;
  final Long arrivalsInternational;
  final Long overnightDomestic;
  final Long overnightInternational;
  final Long dayUseGuests;
  final Long guestNights;
  final Long bedNightsAvailable;
  final Map<String, BigDecimal> revenueBySector;
  // Pairs for ratios: sums over months where both feeds of the ratio were delivered.
  final long shareOvernight;
  final long shareArrivals;
  final long occupancyGuestNights;
  final long occupancyBedNights;
  final BigDecimal perArrivalRevenue;
  final long perArrivalArrivals;

  private Measures(Long arrivalsDomestic, Long arrivalsInternational, Long overnightDomestic,
      Long overnightInternational, Long dayUseGuests, Long guestNights, Long bedNightsAvailable,
      Map<String, BigDecimal> revenueBySector, long shareOvernight, long shareArrivals,
      long occupancyGuestNights, long occupancyBedNights, BigDecimal perArrivalRevenue,
      long perArrivalArrivals) {
    this.arrivalsDomestic = arrivalsDomestic;
    this.arrivalsInternational = arrivalsInternational;
    this.overnightDomestic = overnightDomestic;
    this.overnightInternational = overnightInternational;
    this.dayUseGuests = dayUseGuests;
    this.guestNights = guestNights;
    this.bedNightsAvailable = bedNightsAvailable;
    this.revenueBySector = revenueBySector;
    this.shareOvernight = shareOvernight;
    this.shareArrivals = shareArrivals;
    this.occupancyGuestNights = occupancyGuestNights;
    this.occupancyBedNights = occupancyBedNights;
    this.perArrivalRevenue = perArrivalRevenue;
    this.perArrivalArrivals = perArrivalArrivals;
  }

  /**
   * One locality-month. Pass null for the measures of a feed that was not delivered;
   * {@code bedNightsAvailable} comes from the registry and is always known.
   */
  public static Measures ofMonth(Long arrivalsDomestic, Long arrivalsInternational,
      Long overnightDomestic, Long overnightInternational, Long dayUseGuests, Long guestNights,
      long bedNightsAvailable, Map<String, BigDecimal> revenueBySector) {
    boolean visitors = arrivalsDomestic != null;
    boolean stays = overnightDomestic != null;
    boolean revenue = revenueBySector != null;
    long arrivals = visitors ? arrivalsDomestic + arrivalsInternational : 0;
    long overnight = stays ? overnightDomestic + overnightInternational : 0;
    BigDecimal revenueTotal = revenue ? total(revenueBySector) : BigDecimal.ZERO;
    return new Measures(arrivalsDomestic, arrivalsInternational, overnightDomestic,
        overnightInternational, dayUseGuests, guestNights, bedNightsAvailable,
        revenue ? new LinkedHashMap<>(revenueBySector) : null,
        visitors && stays ? overnight : 0, visitors && stays ? arrivals : 0,
        stays ? guestNights : 0, stays ? bedNightsAvailable : 0,
        visitors && revenue ? revenueTotal : BigDecimal.ZERO, visitors && revenue ? arrivals : 0);
  }

  /**
   * One month's cell as a mart stored it ({@link #values}): the additive sums and which feeds it
   * had, read back from the sums being null.
   */
  public static Measures ofMonth(MeasureValues stored) {
    return ofMonth(stored.arrivalsDomestic(), stored.arrivalsInternational(),
        stored.overnightGuestsDomestic(), stored.overnightGuestsInternational(),
        stored.dayUseGuests(), stored.guestNights(),
        stored.bedNightsAvailable() == null ? 0L : stored.bedNightsAvailable(),
        stored.revenueBySector());
  }

  public static Measures empty() {
    return new Measures(null, null, null, null, null, null, null, null, 0, 0, 0, 0,
        BigDecimal.ZERO, 0);
  }

  public Measures plus(Measures o) {
    Map<String, BigDecimal> revenue = null;
    if (revenueBySector != null || o.revenueBySector != null) {
      revenue = new LinkedHashMap<>();
      for (String sector : SECTORS) {
        revenue.put(sector, zero(revenueBySector, sector).add(zero(o.revenueBySector, sector)));
      }
    }
    return new Measures(add(arrivalsDomestic, o.arrivalsDomestic),
        add(arrivalsInternational, o.arrivalsInternational),
        add(overnightDomestic, o.overnightDomestic),
        add(overnightInternational, o.overnightInternational),
        add(dayUseGuests, o.dayUseGuests), add(guestNights, o.guestNights),
        add(bedNightsAvailable, o.bedNightsAvailable), revenue,
        shareOvernight + o.shareOvernight, shareArrivals + o.shareArrivals,
        occupancyGuestNights + o.occupancyGuestNights, occupancyBedNights + o.occupancyBedNights,
        perArrivalRevenue.add(o.perArrivalRevenue), perArrivalArrivals + o.perArrivalArrivals);
  }

  /** The cell as the tourism marts store it. */
  public MeasureValues values() {
    return new MeasureValues(arrivalsDomestic, arrivalsInternational, arrivals(),
        overnightDomestic, overnightInternational, overnightGuests(), dayUseGuests, guestNights,
        alos(), overnightShare(), bedNightsAvailable, bedOccupancy(), revenueVnd(),
        revenueVnd("accommodation"), revenueVnd("food_beverage"), revenueVnd("transport"),
        revenueVnd("attractions"), revenueVnd("shopping"), revenueVnd("other"),
        revenuePerArrivalVnd());
  }

  public Long arrivals() {
    return add(arrivalsDomestic, arrivalsInternational);
  }

  public Long overnightGuests() {
    return add(overnightDomestic, overnightInternational);
  }

  public BigDecimal revenueVnd() {
    return revenueBySector == null ? null : total(revenueBySector);
  }

  public BigDecimal revenueVnd(String sector) {
    return revenueBySector == null ? null : zero(revenueBySector, sector);
  }

  /** guest_nights / overnight_guests. */
  public Double alos() {
    Long overnight = overnightGuests();
    return guestNights == null || overnight == null || overnight == 0 ? null
        : (double) guestNights / overnight;
  }

  /** overnight_guests / arrivals, over months with both stays and visitor counts. */
  public Double overnightShare() {
    return shareArrivals == 0 ? null : (double) shareOvernight / shareArrivals;
  }

  /** guest_nights / bed_nights_available, over months with stays. */
  public Double bedOccupancy() {
    return occupancyBedNights == 0 ? null : (double) occupancyGuestNights / occupancyBedNights;
  }

  /** revenue / arrivals in whole đồng (half-up), over months with both feeds. */
  public BigDecimal revenuePerArrivalVnd() {
    return perArrivalArrivals == 0 ? null
        : perArrivalRevenue.divide(BigDecimal.valueOf(perArrivalArrivals), 0,
            RoundingMode.HALF_UP);
  }

  /** Numerator and denominator of the overnight share, for progress ratios over months. */
  public long overnightShareNumerator() {
    return shareOvernight;
  }

  public long overnightShareDenominator() {
    return shareArrivals;
  }

  private static BigDecimal total(Map<String, BigDecimal> bySector) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal value : bySector.values()) {
      sum = sum.add(value);
    }
    return sum;
  }

  private static BigDecimal zero(Map<String, BigDecimal> bySector, String sector) {
    if (bySector == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal value = bySector.get(sector);
    return value == null ? BigDecimal.ZERO : value;
  }

  private static Long add(Long a, Long b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }
}
