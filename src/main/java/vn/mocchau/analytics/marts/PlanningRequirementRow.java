package vn.mocchau.analytics.marts;

/**
 * One row of planning_requirements (programme.md §6): what a target demands of an input officers
 * plan — lodging beds, biomass corn for the dairy herd — as of a run month.
 */
public record PlanningRequirementRow(
    @MartColumn(unit = "yyyy-MM", meaning = "the run month") String asOf,
    @MartColumn(meaning = "beds_now, alos_latest, beds_needed_target_year, beds_growth_needed,"
        + " corn_feed_demand_now, corn_self_sufficiency_latest,"
        + " corn_self_sufficiency_target_year or corn_area_for_full_demand (programme.md §6)")
    String requirementId,
    @MartColumn(meaning = "requirement name") String nameVi,
    @MartColumn(meaning = "requirement name") String nameEn,
    @MartColumn(meaning = "beds, nights, fraction/year, tonnes/year, fraction or ha")
    String unit,
    @MartColumn(unit = "unit", meaning = "the requirement (null when not assessed)") Double value,
    @MartColumn(meaning = "every input as 'name=value (source)' joined by '; ', source data,"
        + " parameter (planning_parameters.csv), target (targets.csv) or derived (another"
        + " requirement), with the period of a data input: 'alos_latest=1.57 (data:"
        + " 2025-11..2026-10)'")
    String inputs,
    @MartColumn(meaning = "assessed or not_assessed") String status,
    @MartColumn(meaning = "when not assessed, the missing input(s), joined by '; '")
    String note) {

  public static final String ASSESSED = "assessed";
  public static final String NOT_ASSESSED = "not_assessed";

  public static final MartTable<PlanningRequirementRow> TABLE = MartTable.of(
      MartSchemas.PLANNING_REQUIREMENTS, PlanningRequirementRow.class, "as_of",
      "requirement_id");

  public boolean assessed() {
    return ASSESSED.equals(status);
  }
}
