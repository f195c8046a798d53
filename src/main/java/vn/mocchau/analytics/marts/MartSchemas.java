package vn.mocchau.analytics.marts;

import static vn.mocchau.analytics.io.ParquetTables.Column.decimal;
import static vn.mocchau.analytics.io.ParquetTables.Column.of;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.io.ParquetTables.Column;
import vn.mocchau.analytics.io.ParquetTables.Type;

/**
 * Columns of every mart (outputs.md §3), with unit and meaning: the one place the names are
 * written, used to write the Parquet files, the CSV exports and the data dictionary.
 */
public final class MartSchemas {
  public static final String TOURISM_MONTHLY = "tourism_monthly";
  public static final String TOURISM_AREA_MONTHLY = "tourism_area_monthly";
  public static final String TOURISM_ANNUAL = "tourism_annual";
  public static final String CORN_ANNUAL = "corn_annual";
  public static final String TARGET_PROGRESS = "target_progress";
  public static final String PROJECTION_MONTHLY = "projection_monthly";
  public static final String DATA_QUALITY = "data_quality";

  private static final int MONEY = 20;

  /** The tourism measures shared by the three tourism marts, after their key columns. */
  public static final List<Column> MEASURES = List.of(
      of("arrivals_domestic", Type.LONG, "visits", "domestic arrivals (visitor_counts)"),
      of("arrivals_international", Type.LONG, "visits", "international arrivals"),
      of("arrivals", Type.LONG, "visits", "all arrivals; null when visitor_counts was not delivered"),
      of("overnight_guests_domestic", Type.LONG, "guests",
          "guests of VN nationality checking in with at least one night (stays)"),
      of("overnight_guests_international", Type.LONG, "guests", "other nationalities"),
      of("overnight_guests", Type.LONG, "guests", "all overnight guests; null without stays"),
      of("day_use_guests", Type.LONG, "guests", "guests of day-use registrations (check-out = check-in)"),
      of("guest_nights", Type.LONG, "guest-nights", "guests x nights spent in the month"),
      of("alos", Type.DOUBLE, "nights", "average length of stay = guest_nights / overnight_guests"),
      of("overnight_share", Type.DOUBLE, "fraction",
          "overnight_guests / arrivals, over months with both feeds"),
      of("bed_nights_available", Type.LONG, "bed-nights",
          "sum over establishments open in the month of beds x open days (registry)"),
      of("bed_occupancy", Type.DOUBLE, "fraction", "guest_nights / bed_nights_available"),
      decimal("revenue_vnd", MONEY, 0, "VND", "tourism revenue, exact đồng; null without revenue"),
      decimal("revenue_accommodation_vnd", MONEY, 0, "VND", "sector lưu trú"),
      decimal("revenue_food_beverage_vnd", MONEY, 0, "VND", "sector ăn uống"),
      decimal("revenue_transport_vnd", MONEY, 0, "VND", "sector vận chuyển, lữ hành"),
      decimal("revenue_attractions_vnd", MONEY, 0, "VND", "sector tham quan, vui chơi giải trí"),
      decimal("revenue_shopping_vnd", MONEY, 0, "VND", "sector mua sắm"),
      decimal("revenue_other_vnd", MONEY, 0, "VND", "sector khác"),
      decimal("revenue_per_arrival_vnd", MONEY, 0, "VND",
          "revenue_vnd / arrivals, whole đồng half-up, over months with both feeds"));

  private static final List<Column> PERIOD = List.of(
      of("period", Type.STRING, "yyyy-MM", "the month"),
      of("year", Type.INT, "", "calendar year"),
      of("month", Type.INT, "1-12", "calendar month"));

  private static final List<Column> DELIVERY = List.of(
      of("feeds_delivered", Type.STRING, "", "tourism feeds delivered for the period, comma-separated"),
      of("feeds_delivered_count", Type.INT, "0-3", "how many of the three tourism feeds were delivered"),
      of("complete", Type.BOOLEAN, "", "all three tourism feeds delivered"));

  public static final Map<String, List<Column>> ALL = new LinkedHashMap<>();

  static {
    List<Column> monthly = new ArrayList<>(PERIOD);
    monthly.add(of("locality_code", Type.STRING, "", "current unit (post 1 Jul 2025)"));
    monthly.add(of("locality_name", Type.STRING, "", "its official name"));
    monthly.add(of("former_district", Type.STRING, "", "district before 2025"));
    monthly.addAll(MEASURES);
    monthly.addAll(DELIVERY);
    ALL.put(TOURISM_MONTHLY, List.copyOf(monthly));

    List<Column> area = new ArrayList<>(PERIOD);
    area.add(of("scope", Type.STRING, "",
        "tourism_area (units with in_tourism_area) or former_district:<name>"));
    area.addAll(MEASURES);
    area.addAll(DELIVERY);
    ALL.put(TOURISM_AREA_MONTHLY, List.copyOf(area));

    List<Column> annual = new ArrayList<>();
    annual.add(of("year", Type.INT, "", "calendar year"));
    annual.add(of("scope", Type.STRING, "", "as in tourism_area_monthly"));
    annual.addAll(MEASURES);
    annual.add(of("months_with_data", Type.INT, "0-12", "months with at least one tourism feed"));
    annual.add(of("months_complete", Type.INT, "0-12", "months with all three tourism feeds"));
    annual.add(of("complete", Type.BOOLEAN, "", "all 12 months have all three tourism feeds"));
    ALL.put(TOURISM_ANNUAL, List.copyOf(annual));

    ALL.put(CORN_ANNUAL, List.of(
        of("year", Type.INT, "", "calendar year of the seasons"),
        of("locality_code", Type.STRING, "", "current unit, or ALL for the area"),
        decimal("planted_ha", 18, 4, "ha", "sown area summed over the year's seasons"),
        decimal("harvested_ha", 18, 4, "ha", "harvested area over the seasons that report it"),
        decimal("output_tonnes", 18, 4, "t", "output summed over the seasons"),
        of("yield_t_per_ha", Type.DOUBLE, "t/ha",
            "output / harvested area, both over the seasons that report a harvested area"),
        of("households", Type.LONG, "households", "largest single season's count"),
        of("seasons_reported", Type.INT, "0-3", "seasons with a report"),
        of("latest_delivery", Type.STRING, "yyyy-MM", "latest delivery month used")));

    ALL.put(TARGET_PROGRESS, List.of(
        of("as_of", Type.STRING, "yyyy-MM", "the run month"),
        of("indicator_id", Type.STRING, "", "targets.csv"),
        of("name_vi", Type.STRING, "", "indicator name"),
        of("name_en", Type.STRING, "", "indicator name"),
        of("unit", Type.STRING, "", "unit of every value column"),
        of("kind", Type.STRING, "", "at_least, at_most, range, maintain"),
        of("basis", Type.STRING, "", "rolling_12m or annual"),
        of("baseline_year", Type.INT, "", "b"),
        decimal("baseline_value", 24, 6, "indicator unit", "v_b (registry, or data of year b)"),
        of("baseline_source", Type.STRING, "", "registry or data"),
        of("target_year", Type.INT, "", "T"),
        decimal("target_value", 24, 6, "indicator unit", "v_T"),
        decimal("target_high", 24, 6, "indicator unit", "upper bound (range, maintain)"),
        of("latest_year", Type.INT, "", "most recent full calendar year at or before as_of"),
        decimal("latest_year_value", 24, 6, "indicator unit", "value of latest_year"),
        decimal("ytd_value", 24, 6, "indicator unit", "January to as_of"),
        decimal("rolling_12m_value", 24, 6, "indicator unit",
            "12-month window ending in as_of (null if incomplete)"),
        decimal("assessed_value", 24, 6, "indicator unit", "x, the value the status is judged on"),
        of("assessed_period", Type.STRING, "", "the window or year of x"),
        of("assessed_time", Type.DOUBLE, "years", "tau, the time of x"),
        of("required_cagr", Type.DOUBLE, "fraction/year", "(v_T/v_b)^(1/(T-b)) - 1"),
        of("observed_cagr", Type.DOUBLE, "fraction/year",
            "(x/v_b)^(1/growth_years) - 1, when tau > b"),
        decimal("path_value_now", 24, 6, "indicator unit", "v_b (1 + r_req)^(tau - b)"),
        decimal("projected_target_year_value", 24, 6, "indicator unit", "v_b (1 + r_obs)^(T - b)"),
        of("anticipated_progress", Type.DOUBLE, "ratio", "P = (v^_T - v_b) / (v_T - v_b)"),
        of("status", Type.STRING, "",
            "achieved, on_track, accelerate, off_track, regressing, not_assessed"),
        of("provisional", Type.BOOLEAN, "", "tau - b < 1"),
        of("note", Type.STRING, "", "why a value is missing, or what was judged (English)"),
        of("growth_years", Type.DOUBLE, "years",
            "years of growth x carries since b: tau - b with the window's months weighted by "
                + "their share of the baseline year (docs/marts.md)"),
        of("note_code", Type.STRING, "", "stable code of note: no_complete_year, "
            + "no_complete_window, baseline_incomplete, not_after_baseline, "
            + "target_equals_baseline, tet_window"),
        of("note_vi", Type.STRING, "", "note in Vietnamese")));

    ALL.put(PROJECTION_MONTHLY, List.of(
        of("as_of", Type.STRING, "yyyy-MM", "the run month (last month of the fitted history)"),
        of("indicator_id", Type.STRING, "", "visitors, tourism_revenue, overnight_share"),
        of("period", Type.STRING, "yyyy-MM", "forecast month"),
        of("point", Type.DOUBLE, "indicator unit per month",
            "median: the year's v_b (1 + r_obs)^(y - b) times the month's seasonal share"),
        of("lower_80", Type.DOUBLE, "indicator unit per month", "80 % prediction interval"),
        of("upper_80", Type.DOUBLE, "indicator unit per month", ""),
        of("lower_95", Type.DOUBLE, "indicator unit per month", "95 % prediction interval"),
        of("upper_95", Type.DOUBLE, "indicator unit per month", ""),
        of("method", Type.STRING, "", "model and fit window")));

    ALL.put(DATA_QUALITY, List.of(
        of("period", Type.STRING, "yyyy-MM", "delivery month"),
        of("feed", Type.STRING, "", "visitor_counts, stays, revenue, biomass_corn"),
        of("source_file", Type.STRING, "", "file as delivered (empty when not delivered)"),
        of("rows_read", Type.LONG, "rows", ""),
        of("rows_accepted", Type.LONG, "rows", ""),
        of("rows_rejected", Type.LONG, "rows", ""),
        of("rows_duplicate", Type.LONG, "rows", ""),
        of("rejected_share", Type.DOUBLE, "fraction", "rows_rejected / rows_read"),
        of("status", Type.STRING, "", "ok, with_rejects, failed_file, not_delivered")));
  }

  private MartSchemas() {}

  public static List<Column> columns(String mart) {
    List<Column> columns = ALL.get(mart);
    if (columns == null) {
      throw new IllegalArgumentException("Cannot find mart " + mart);
    }
    return columns;
  }
}
