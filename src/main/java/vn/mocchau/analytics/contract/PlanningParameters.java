package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * data-raw/reference/planning_parameters.csv (programme.md §6): the assumptions that turn the
 * targets into the capacity they need — the bed occupancy to plan for, the silage a dairy cow eats
 * and the herd now and in 2030 — each with its unit and source. A parameter the file does not give
 * (or a file that is not there) leaves the requirements that need it not assessed.
 */
public record PlanningParameters(Map<String, Parameter> byName, boolean filePresent)
    implements Serializable {

  public static final String FILE = "planning_parameters.csv";
  public static final String TARGET_BED_OCCUPANCY = "target_bed_occupancy";
  public static final String SILAGE_KG_PER_COW_DAY = "silage_kg_per_cow_day";
  public static final String DAIRY_HERD_NOW = "dairy_herd_now";
  public static final String DAIRY_HERD_2030 = "dairy_herd_2030";

  /** The parameters the requirements use, with the unit each must be written in. */
  public static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put(TARGET_BED_OCCUPANCY, "fraction");
    UNITS.put(SILAGE_KG_PER_COW_DAY, "kg/cow/day");
    UNITS.put(DAIRY_HERD_NOW, "head");
    UNITS.put(DAIRY_HERD_2030, "head");
  }

  /** One row of the file. */
  public record Parameter(String name, BigDecimal value, String unit, String source)
      implements Serializable {}

  public PlanningParameters {
    byName = Map.copyOf(byName);
  }

  /** No file: every requirement that needs a parameter is not assessed. */
  public static PlanningParameters none() {
    return new PlanningParameters(Map.of(), false);
  }

  /** The parameter, or null when the file does not give it. */
  public Parameter get(String name) {
    return byName.get(name);
  }
}
