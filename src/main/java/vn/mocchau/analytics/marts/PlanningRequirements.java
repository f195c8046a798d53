package vn.mocchau.analytics.marts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import vn.mocchau.analytics.contract.Establishment;
import vn.mocchau.analytics.contract.LocalityRegistry;
import vn.mocchau.analytics.contract.PlanningParameters;
import vn.mocchau.analytics.contract.Target;

/**
 * planning_requirements (programme.md §6): the capacity the 2030 targets demand, from data the
 * pipeline holds (the lodging registry, the stays measured in the tourism area, corn output and
 * yield) and the assumptions of planning_parameters.csv. Pure: the as-of month's inputs in, eight
 * rows out, in §6's order. A requirement whose input is missing is not assessed and names it; a
 * requirement built on another names the other's missing inputs, so the note always says what to
 * supply.
 */
public final class PlanningRequirements {
  public static final String BEDS_NOW = "beds_now";
  public static final String ALOS_LATEST = "alos_latest";
  public static final String BEDS_NEEDED_TARGET_YEAR = "beds_needed_target_year";
  public static final String BEDS_GROWTH_NEEDED = "beds_growth_needed";
  public static final String CORN_FEED_DEMAND_NOW = "corn_feed_demand_now";
  public static final String CORN_SELF_SUFFICIENCY_LATEST = "corn_self_sufficiency_latest";
  public static final String CORN_SELF_SUFFICIENCY_TARGET_YEAR =
      "corn_self_sufficiency_target_year";
  public static final String CORN_AREA_FOR_FULL_DEMAND = "corn_area_for_full_demand";

  /** The requirements in programme.md §6's order (the report's too). */
  public static final List<String> ORDER = List.of(BEDS_NOW, ALOS_LATEST,
      BEDS_NEEDED_TARGET_YEAR, BEDS_GROWTH_NEEDED, CORN_FEED_DEMAND_NOW,
      CORN_SELF_SUFFICIENCY_LATEST, CORN_SELF_SUFFICIENCY_TARGET_YEAR, CORN_AREA_FOR_FULL_DEMAND);

  /** Where an input comes from, as the inputs column says it. */
  static final String DATA = "data";
  static final String PARAMETER = "parameter";
  static final String TARGET = "target";
  static final String DERIVED = "derived";

  /** The targets the requirements start from (targets.csv). */
  static final String VISITORS = "visitors";
  static final String OVERNIGHT_SHARE = "overnight_share";
  static final String CORN_OUTPUT = "corn_output";

  private static final double DAYS_A_YEAR = 365;
  private static final double KG_PER_TONNE = 1000;

  private PlanningRequirements() {}

  /** What the requirements are computed from, as of one month. */
  public record Inputs(YearMonth asOf, LocalityRegistry localities,
      Collection<Establishment> establishments, List<TourismAreaMonthlyRow> tourismArea,
      List<CornAnnualRow> corn, Collection<Target> targets, PlanningParameters parameters) {}

  /** The eight rows of the as-of month. */
  public static List<PlanningRequirementRow> rows(Inputs in) {
    YearMonth asOf = in.asOf();
    Target visitors = target(in.targets(), VISITORS);
    Target share = target(in.targets(), OVERNIGHT_SHARE);
    Target cornOutput = target(in.targets(), CORN_OUTPUT);
    int targetYear = visitors != null ? visitors.targetYear()
        : cornOutput != null ? cornOutput.targetYear() : 2030;

    List<PlanningRequirementRow> rows = new ArrayList<>();

    // Beds in the tourism area's establishments open on any day of the as-of month.
    Calc bedsNow = new Calc();
    long beds = 0;
    int open = 0;
    LocalDate first = asOf.atDay(1);
    LocalDate last = asOf.atEndOfMonth();
    for (Establishment e : in.establishments()) {
      LocalityRegistry.Locality unit = in.localities().get(e.localityCode());
      boolean openInMonth = !e.opened().isAfter(last)
          && (e.closed() == null || !e.closed().isBefore(first));
      if (unit != null && unit.inTourismArea() && openInMonth) {
        beds += e.beds();
        open++;
      }
    }
    bedsNow.input("establishments_open", (double) open, DATA + ": " + asOf);
    rows.add(bedsNow.row(asOf, BEDS_NOW, (double) beds,
        "Số giường của các cơ sở lưu trú đang hoạt động", "Lodging beds in establishments open",
        "beds"));

    // ALOS over the latest complete 12-month window of the tourism area's stays.
    Calc alos = new Calc();
    Window window = latestStaysWindow(in.tourismArea(), asOf);
    Double alosValue = null;
    if (window == null) {
      alos.missing("guest_nights");
      alos.missing("overnight_guests");
    } else {
      alos.input("guest_nights", (double) window.guestNights(), DATA + ": " + window.label());
      alos.input("overnight_guests", (double) window.overnightGuests(),
          DATA + ": " + window.label());
      if (window.overnightGuests() > 0) {
        alosValue = (double) window.guestNights() / window.overnightGuests();
      } else {
        alos.missing("overnight_guests");
      }
    }
    rows.add(alos.row(asOf, ALOS_LATEST, alosValue,
        "Số đêm lưu trú bình quân của khách (12 tháng gần nhất)",
        "Average length of stay (latest 12 months)", "nights"));

    // Beds the visitors and overnight-share targets take at the planned occupancy.
    Calc needed = new Calc();
    Double visitorsTarget = needed.input("visitors_target", value(visitors), TARGET);
    Double shareTarget = needed.input("overnight_share_target", value(share), TARGET);
    Double alosInput = needed.derived(ALOS_LATEST, alosValue, alos);
    Double occupancy = needed.parameter(in.parameters(), PlanningParameters.TARGET_BED_OCCUPANCY);
    Double bedsNeeded = needed.complete() ? visitorsTarget * shareTarget * alosInput / occupancy
        / DAYS_A_YEAR : null;
    rows.add(needed.row(asOf, BEDS_NEEDED_TARGET_YEAR, bedsNeeded,
        "Số giường cần có năm " + targetYear, "Beds needed in " + targetYear, "beds"));

    // The yearly growth of beds from now to the target year, τ the as-of month (targets.md).
    Calc growth = new Calc();
    double tau = asOf.getYear() - 1 + asOf.getMonthValue() / 12.0;
    Double neededInput = growth.derived(BEDS_NEEDED_TARGET_YEAR, bedsNeeded, needed);
    growth.input(BEDS_NOW, (double) beds, DATA + ": " + asOf);
    growth.input("target_year", (double) targetYear, TARGET);
    growth.input("as_of_time", tau, "as_of " + asOf); // targets.md: y - 1 + m/12
    if (beds == 0) {
      growth.missing(BEDS_NOW);
    }
    if (targetYear - tau <= 0) {
      growth.missing("target_year");
    }
    Double growthValue = growth.complete()
        ? Math.pow(neededInput / beds, 1 / (targetYear - tau)) - 1 : null;
    rows.add(growth.row(asOf, BEDS_GROWTH_NEEDED, growthValue,
        "Tốc độ tăng số giường cần đạt mỗi năm đến " + targetYear,
        "Yearly growth of beds needed until " + targetYear, "fraction/year"));

    // The dairy herd's silage demand now.
    Calc demand = new Calc();
    Double herdNow = demand.parameter(in.parameters(), PlanningParameters.DAIRY_HERD_NOW);
    Double silage = demand.parameter(in.parameters(), PlanningParameters.SILAGE_KG_PER_COW_DAY);
    Double demandNow = demand.complete() ? herdNow * silage * DAYS_A_YEAR / KG_PER_TONNE : null;
    rows.add(demand.row(asOf, CORN_FEED_DEMAND_NOW, demandNow,
        "Nhu cầu thức ăn ủ chua của đàn bò sữa hiện nay",
        "Silage demand of the dairy herd now", "tonnes/year"));

    // Corn of the latest ended year with data (area ALL) against that demand.
    CornAnnualRow latestOutput = latestEndedCornYear(in.corn(), asOf, true);
    Calc latest = new Calc();
    Double output = latest.input(CORN_OUTPUT, latestOutput == null ? null
        : latestOutput.outputTonnes().doubleValue(), DATA + ": "
        + (latestOutput == null ? "" : latestOutput.year()));
    Double demandInput = latest.derived(CORN_FEED_DEMAND_NOW, demandNow, demand);
    rows.add(latest.row(asOf, CORN_SELF_SUFFICIENCY_LATEST, latest.complete()
        ? output / demandInput : null,
        "Tỷ lệ tự chủ ngô sinh khối (năm gần nhất có số liệu)",
        "Biomass corn self-sufficiency (latest year with data)", "fraction"));

    // The corn-output target against the herd of the target year.
    Calc future = new Calc();
    Double outputTarget = future.input("corn_output_target", value(cornOutput), TARGET);
    Double herd2030 = future.parameter(in.parameters(), PlanningParameters.DAIRY_HERD_2030);
    Double silageFuture = future.parameter(in.parameters(),
        PlanningParameters.SILAGE_KG_PER_COW_DAY);
    rows.add(future.row(asOf, CORN_SELF_SUFFICIENCY_TARGET_YEAR, future.complete()
        ? outputTarget / (herd2030 * silageFuture * DAYS_A_YEAR / KG_PER_TONNE) : null,
        "Tỷ lệ tự chủ ngô sinh khối năm " + targetYear + " nếu đạt mục tiêu sản lượng",
        "Biomass corn self-sufficiency in " + targetYear + " at the output target",
        "fraction"));

    // The area that would cover the target year's whole demand at the latest yield.
    CornAnnualRow latestYield = latestEndedCornYear(in.corn(), asOf, false);
    Calc area = new Calc();
    Double herdArea = area.parameter(in.parameters(), PlanningParameters.DAIRY_HERD_2030);
    Double silageArea = area.parameter(in.parameters(),
        PlanningParameters.SILAGE_KG_PER_COW_DAY);
    Double yield = area.input("corn_yield_t_per_ha", latestYield == null ? null
        : latestYield.yieldTPerHa(), DATA + ": " + (latestYield == null ? ""
            : latestYield.year()));
    if (yield != null && yield <= 0) {
      area.missing("corn_yield_t_per_ha");
    }
    rows.add(area.row(asOf, CORN_AREA_FOR_FULL_DEMAND, area.complete()
        ? herdArea * silageArea * DAYS_A_YEAR / KG_PER_TONNE / yield : null,
        "Diện tích ngô sinh khối cần để tự chủ toàn bộ nhu cầu năm " + targetYear,
        "Biomass corn area to cover the whole demand in " + targetYear, "ha"));
    return rows;
  }

  /** A 12-month window of the tourism area's stays: its label and sums. */
  record Window(YearMonth end, long guestNights, long overnightGuests) {
    String label() {
      return end.minusMonths(11) + ".." + end;
    }
  }

  /**
   * The latest 12-month window ending at or before {@code asOf} in which every month has the
   * tourism area's stays (guest-nights and overnight guests), or null (targets.md's rolling rule).
   */
  static Window latestStaysWindow(List<TourismAreaMonthlyRow> rows, YearMonth asOf) {
    TreeMap<YearMonth, long[]> months = new TreeMap<>();
    for (TourismAreaMonthlyRow row : rows) {
      YearMonth month = YearMonth.parse(row.period());
      Long nights = row.measures().guestNights();
      Long guests = row.measures().overnightGuests();
      if (TourismMarts.TOURISM_AREA.equals(row.scope()) && !month.isAfter(asOf)
          && nights != null && guests != null) {
        months.put(month, new long[] {nights, guests});
      }
    }
    if (months.isEmpty()) {
      return null;
    }
    for (YearMonth end = asOf; !end.isBefore(months.firstKey().plusMonths(11));
        end = end.minusMonths(1)) {
      long nights = 0;
      long guests = 0;
      boolean complete = true;
      for (YearMonth m = end.minusMonths(11); !m.isAfter(end) && complete; m = m.plusMonths(1)) {
        long[] v = months.get(m);
        complete = v != null;
        if (complete) {
          nights += v[0];
          guests += v[1];
        }
      }
      if (complete) {
        return new Window(end, nights, guests);
      }
    }
    return null;
  }

  /**
   * The area's (ALL) corn row of the latest calendar year ended by the as-of month (December
   * included) with an output (or, when {@code output} is false, a yield), or null.
   */
  static CornAnnualRow latestEndedCornYear(List<CornAnnualRow> rows, YearMonth asOf,
      boolean output) {
    int lastEnded = asOf.getMonthValue() == 12 ? asOf.getYear() : asOf.getYear() - 1;
    CornAnnualRow latest = null;
    for (CornAnnualRow row : rows) {
      boolean has = output ? row.outputTonnes() != null : row.yieldTPerHa() != null;
      if (CornAnnual.ALL.equals(row.localityCode()) && row.year() <= lastEnded && has
          && (latest == null || row.year() > latest.year())) {
        latest = row;
      }
    }
    return latest;
  }

  private static Target target(Collection<Target> targets, String id) {
    return targets.stream().filter(t -> id.equals(t.indicatorId())).findFirst().orElse(null);
  }

  private static Double value(Target target) {
    return target == null || target.targetValue() == null ? null
        : target.targetValue().doubleValue();
  }

  /** A requirement's inputs as they are gathered, and the ones that are missing. */
  private static final class Calc {
    final List<String> inputs = new ArrayList<>();
    final Set<String> missing = new LinkedHashSet<>();

    Double input(String name, Double value, String source) {
      if (value == null) {
        missing.add(name);
      } else {
        inputs.add(name + "=" + plain(value) + " (" + source + ")");
      }
      return value;
    }

    Double parameter(PlanningParameters parameters, String name) {
      PlanningParameters.Parameter p = parameters.get(name);
      return input(name, p == null ? null : p.value().doubleValue(), PARAMETER);
    }

    /** Another requirement's value; when it is missing, what it misses is missing here. */
    Double derived(String name, Double value, Calc from) {
      if (value == null) {
        missing.addAll(from.missing.isEmpty() ? Set.of(name) : from.missing);
        return null;
      }
      return input(name, value, DERIVED);
    }

    void missing(String name) {
      missing.add(name);
    }

    boolean complete() {
      return missing.isEmpty();
    }

    PlanningRequirementRow row(YearMonth asOf, String id, Double value, String nameVi,
        String nameEn, String unit) {
      boolean assessed = complete() && value != null && Double.isFinite(value);
      return new PlanningRequirementRow(asOf.toString(), id, nameVi, nameEn, unit,
          assessed ? value : null, String.join("; ", inputs),
          assessed ? PlanningRequirementRow.ASSESSED : PlanningRequirementRow.NOT_ASSESSED,
          assessed ? null : String.join("; ", missing.isEmpty() ? Set.of(id) : missing));
    }
  }

  /** A value as the inputs column writes it: plain digits, at most ten significant. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).round(new MathContext(10)).stripTrailingZeros()
        .toPlainString();
  }
}
