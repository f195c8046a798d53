package vn.mocchau.analytics.marts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.io.ParquetTables.Column;

/**
 * The marts (outputs.md §3) by name, in the order the data dictionary lists them. Each is defined
 * once, by its row record ({@link MartTable}); the columns here are read from those definitions.
 */
public final class MartSchemas {
  public static final String TOURISM_MONTHLY = "tourism_monthly";
  public static final String TOURISM_AREA_MONTHLY = "tourism_area_monthly";
  public static final String TOURISM_ANNUAL = "tourism_annual";
  public static final String CORN_ANNUAL = "corn_annual";
  public static final String TARGET_PROGRESS = "target_progress";
  public static final String PROJECTION_MONTHLY = "projection_monthly";
  public static final String DATA_QUALITY = "data_quality";
  public static final String INDICATOR_OBSERVATIONS = "indicator_observations";
  public static final String RECONCILIATION = "reconciliation";
  public static final String PLANNING_REQUIREMENTS = "planning_requirements";

  /** Every mart's columns, by name. */
  public static final Map<String, List<Column>> ALL = new LinkedHashMap<>();

  static {
    for (MartTable<?> table : List.of(TourismMonthlyRow.TABLE, TourismAreaMonthlyRow.TABLE,
        TourismAnnualRow.TABLE, CornAnnualRow.TABLE, TargetProgressRow.TABLE,
        ProjectionMonthlyRow.TABLE, DataQualityRow.TABLE, IndicatorObservationRow.TABLE,
        ReconciliationRow.TABLE, PlanningRequirementRow.TABLE)) {
      ALL.put(table.name(), table.columns());
    }
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
