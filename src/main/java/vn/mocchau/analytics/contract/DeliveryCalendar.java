package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import vn.mocchau.analytics.text.Msg;

/**
 * The months in which a feed's delivery is expected, so that only a missing <em>expected</em>
 * delivery is flagged. A delivery in another month is read as usual; its absence says nothing.
 *
 * @param months the calendar months a delivery is due
 * @param description when deliveries are due, in both languages, for the docs and the guide
 */
public record DeliveryCalendar(Set<Month> months, Notice description) implements Serializable {

  /** Tourism feeds: every month (feeds.md §1). */
  public static final DeliveryCalendar MONTHLY = new DeliveryCalendar(EnumSet.allOf(Month.class),
      Notice.of(Msg.DUE_MONTHLY));

  /**
   * Biomass corn: the report after each season's harvest — winter (of the previous year) in
   * February, spring in July, summer–autumn in November. The reports sent while a season is
   * growing (May, September, December in the sample) are welcome but not due: the harvest
   * report of the same season replaces them (feeds.md §4, the latest delivery wins).
   */
  public static final DeliveryCalendar AFTER_EACH_HARVEST = new DeliveryCalendar(
      EnumSet.of(Month.FEBRUARY, Month.JULY, Month.NOVEMBER),
      Notice.of(Msg.DUE_AFTER_EACH_HARVEST));

  /**
   * Indicator values (programme.md §1): the offices deliver when they have figures (an estimate in
   * November, the official figure in June). No month is due, so a month without a folder is never
   * flagged as a missing delivery.
   */
  public static final DeliveryCalendar WHEN_AVAILABLE = new DeliveryCalendar(
      EnumSet.noneOf(Month.class), Notice.of(Msg.DUE_WHEN_AVAILABLE));

  public DeliveryCalendar {
    months = Set.copyOf(months);
  }

  /** Whether a delivery is due for {@code month}. */
  public boolean expects(YearMonth month) {
    return months.contains(month.getMonth());
  }
}
