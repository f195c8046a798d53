package vn.mocchau.analytics.marts;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The marts as the report reads them: every row of each mart, and the projection of one as-of
 * month. Small (a few hundred rows per mart over years of history), so they are held in memory:
 * {@link MartBuilder#build} returns the ones it has just staged, {@link MartStore#load} reads the
 * published ones.
 */
public record Marts(List<TourismMonthlyRow> tourismMonthly,
    List<TourismAreaMonthlyRow> tourismAreaMonthly, List<TourismAnnualRow> tourismAnnual,
    List<CornAnnualRow> cornAnnual, List<TargetProgressRow> targetProgress,
    List<ProjectionMonthlyRow> projectionMonthly, List<DataQualityRow> dataQuality,
    List<IndicatorObservationRow> indicatorObservations, List<ReconciliationRow> reconciliation,
    List<PlanningRequirementRow> planningRequirements) {

  public Marts {
    tourismMonthly = List.copyOf(tourismMonthly);
    tourismAreaMonthly = List.copyOf(tourismAreaMonthly);
    tourismAnnual = List.copyOf(tourismAnnual);
    cornAnnual = List.copyOf(cornAnnual);
    targetProgress = List.copyOf(targetProgress);
    projectionMonthly = List.copyOf(projectionMonthly);
    dataQuality = List.copyOf(dataQuality);
    indicatorObservations = List.copyOf(indicatorObservations);
    reconciliation = List.copyOf(reconciliation);
    planningRequirements = List.copyOf(planningRequirements);
  }

  /** Marts without planning requirements (programme.md §6; test fixtures). */
  public Marts(List<TourismMonthlyRow> tourismMonthly,
      List<TourismAreaMonthlyRow> tourismAreaMonthly, List<TourismAnnualRow> tourismAnnual,
      List<CornAnnualRow> cornAnnual, List<TargetProgressRow> targetProgress,
      List<ProjectionMonthlyRow> projectionMonthly, List<DataQualityRow> dataQuality,
      List<IndicatorObservationRow> indicatorObservations,
      List<ReconciliationRow> reconciliation) {
    this(tourismMonthly, tourismAreaMonthly, tourismAnnual, cornAnnual, targetProgress,
        projectionMonthly, dataQuality, indicatorObservations, reconciliation, List.of());
  }

  /** Marts without indicator values (the five feed-measured indicators only; test fixtures). */
  public Marts(List<TourismMonthlyRow> tourismMonthly,
      List<TourismAreaMonthlyRow> tourismAreaMonthly, List<TourismAnnualRow> tourismAnnual,
      List<CornAnnualRow> cornAnnual, List<TargetProgressRow> targetProgress,
      List<ProjectionMonthlyRow> projectionMonthly, List<DataQualityRow> dataQuality) {
    this(tourismMonthly, tourismAreaMonthly, tourismAnnual, cornAnnual, targetProgress,
        projectionMonthly, dataQuality, List.of(), List.of());
  }

  /**
   * Marts from their values in column order, by mart name; a mart not given is empty (the
   * loader, and test fixtures).
   */
  public static Marts fromValues(Map<String, List<Object[]>> valuesByMart) {
    for (String mart : valuesByMart.keySet()) {
      MartSchemas.columns(mart); // a misspelt mart is an error, not an empty table
    }
    return new Marts(
        rows(TourismMonthlyRow.TABLE, valuesByMart),
        rows(TourismAreaMonthlyRow.TABLE, valuesByMart),
        rows(TourismAnnualRow.TABLE, valuesByMart),
        rows(CornAnnualRow.TABLE, valuesByMart),
        rows(TargetProgressRow.TABLE, valuesByMart),
        rows(ProjectionMonthlyRow.TABLE, valuesByMart),
        rows(DataQualityRow.TABLE, valuesByMart),
        rows(IndicatorObservationRow.TABLE, valuesByMart),
        rows(ReconciliationRow.TABLE, valuesByMart),
        rows(PlanningRequirementRow.TABLE, valuesByMart));
  }

  private static <R extends Record> List<R> rows(MartTable<R> table,
      Map<String, List<Object[]>> valuesByMart) {
    return table.rows(valuesByMart.getOrDefault(table.name(), List.of()));
  }

  /** The target_progress rows of a run month, in the mart's order. */
  public List<TargetProgressRow> progress(YearMonth asOf) {
    return targetProgress.stream().filter(r -> asOf.toString().equals(r.asOf())).toList();
  }

  /** The planning_requirements rows of a run month, in programme.md §6's order. */
  public List<PlanningRequirementRow> planning(YearMonth asOf) {
    return planningRequirements.stream().filter(r -> asOf.toString().equals(r.asOf()))
        .sorted(java.util.Comparator.comparingInt(
            r -> PlanningRequirements.ORDER.indexOf(r.requirementId()))).toList();
  }

  /** An indicator's target_progress row of a run month. */
  public Optional<TargetProgressRow> progress(YearMonth asOf, String indicator) {
    return progress(asOf).stream().filter(r -> indicator.equals(r.indicatorId())).findFirst();
  }
}
