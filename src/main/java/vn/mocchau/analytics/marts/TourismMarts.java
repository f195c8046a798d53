package vn.mocchau.analytics.marts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.mocchau.analytics.contract.Establishment;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.LocalityRegistry;

/**
 * tourism_monthly, tourism_area_monthly and tourism_annual (outputs.md §3) from the month's
 * per-locality totals, the lodging registry and the months already published. Pure functions on
 * small values: a month has one row per current unit.
 */
public final class TourismMarts {
  public static final String TOURISM_AREA = "tourism_area";
  public static final String FORMER_DISTRICT = "former_district:";

  private TourismMarts() {}

  /** Beds × open days in the month of every establishment, by locality code. */
  public static Map<String, Long> bedNightsAvailable(Collection<Establishment> establishments,
      YearMonth month) {
    Map<String, Long> byLocality = new TreeMap<>();
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    for (Establishment e : establishments) {
      LocalDate from = e.opened().isAfter(first) ? e.opened() : first;
      LocalDate to = e.closed() != null && e.closed().isBefore(last) ? e.closed() : last;
      long days = ChronoUnit.DAYS.between(from, to) + 1;
      if (days > 0) {
        byLocality.merge(e.localityCode(), days * e.beds(), Long::sum);
      }
    }
    return byLocality;
  }

  /** The month's measures of every current unit; a feed not delivered leaves its measures null. */
  public static Map<String, Measures> localityMonth(LocalityRegistry localities,
      Map<String, MonthAggregates.LocalityTotals> totals, Map<String, Long> bedNights,
      Set<Feed> delivered) {
    Map<String, Measures> byCode = new LinkedHashMap<>();
    boolean visitors = delivered.contains(Feed.VISITOR_COUNTS);
    boolean stays = delivered.contains(Feed.STAYS);
    boolean revenue = delivered.contains(Feed.REVENUE);
    for (LocalityRegistry.Locality unit : localities.all()) {
      MonthAggregates.LocalityTotals t = totals.getOrDefault(unit.code(),
          new MonthAggregates.LocalityTotals(0, 0, 0, 0, 0, 0, zeroRevenue()));
      byCode.put(unit.code(), Measures.ofMonth(
          visitors ? t.arrivalsDomestic() : null, visitors ? t.arrivalsInternational() : null,
          stays ? t.overnightDomestic() : null, stays ? t.overnightInternational() : null,
          stays ? t.dayUseGuests() : null, stays ? t.guestNights() : null,
          bedNights.getOrDefault(unit.code(), 0L), revenue ? t.revenueBySector() : null));
    }
    return byCode;
  }

  private static Map<String, BigDecimal> zeroRevenue() {
    Map<String, BigDecimal> zero = new LinkedHashMap<>();
    Measures.SECTORS.forEach(s -> zero.put(s, BigDecimal.ZERO));
    return zero;
  }

  /** The scopes of the area marts: the whole tourism area and each former district. */
  public static Map<String, List<String>> scopes(LocalityRegistry localities) {
    Map<String, List<String>> scopes = new LinkedHashMap<>();
    scopes.put(TOURISM_AREA, new ArrayList<>());
    for (LocalityRegistry.Locality unit : localities.all()) {
      if (unit.inTourismArea()) {
        scopes.get(TOURISM_AREA).add(unit.code());
      }
      scopes.computeIfAbsent(FORMER_DISTRICT + unit.formerDistrict(), k -> new ArrayList<>())
          .add(unit.code());
    }
    return scopes;
  }

  public static List<TourismMonthlyRow> monthlyRows(YearMonth month,
      LocalityRegistry localities, Map<String, Measures> byCode, Set<Feed> delivered) {
    List<TourismMonthlyRow> rows = new ArrayList<>();
    for (LocalityRegistry.Locality unit : localities.all()) {
      rows.add(new TourismMonthlyRow(month.toString(), month.getYear(), month.getMonthValue(),
          unit.code(), unit.name(), unit.formerDistrict(), byCode.get(unit.code()).values(),
          FeedsDelivered.of(delivered)));
    }
    return rows;
  }

  public static List<TourismAreaMonthlyRow> areaMonthlyRows(YearMonth month,
      LocalityRegistry localities, Map<String, Measures> byCode, Set<Feed> delivered) {
    List<TourismAreaMonthlyRow> rows = new ArrayList<>();
    scopes(localities).forEach((scope, codes) -> {
      Measures sum = Measures.empty();
      for (String code : codes) {
        sum = sum.plus(byCode.get(code));
      }
      rows.add(new TourismAreaMonthlyRow(month.toString(), month.getYear(),
          month.getMonthValue(), scope, sum.values(), FeedsDelivered.of(delivered)));
    });
    return rows;
  }

  /**
   * tourism_annual rows of one year from that year's tourism_area_monthly rows (any scopes).
   * Ratios come from the months' summed numerators and denominators.
   */
  public static List<TourismAnnualRow> annualRows(int year,
      List<TourismAreaMonthlyRow> areaMonthlyRows) {
    Map<String, Measures> sums = new LinkedHashMap<>();
    Map<String, int[]> months = new LinkedHashMap<>();
    for (TourismAreaMonthlyRow row : areaMonthlyRows) {
      if (row.year() != year) {
        continue;
      }
      sums.merge(row.scope(), Measures.ofMonth(row.measures()), Measures::plus);
      int[] counts = months.computeIfAbsent(row.scope(), s -> new int[2]);
      int feeds = row.delivery().feedsDeliveredCount();
      counts[0] += feeds > 0 ? 1 : 0;
      counts[1] += feeds == 3 ? 1 : 0;
    }
    List<TourismAnnualRow> rows = new ArrayList<>();
    sums.forEach((scope, measures) -> {
      int[] counts = months.get(scope);
      rows.add(new TourismAnnualRow(year, scope, measures.values(), counts[0], counts[1],
          counts[1] == 12));
    });
    return rows;
  }
}
