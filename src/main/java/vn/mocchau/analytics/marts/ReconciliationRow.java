package vn.mocchau.analytics.marts;

import java.math.BigDecimal;

/**
 * One row of reconciliation (programme.md §4): a year's official annual figure of visitors,
 * tourism revenue or overnight share against what the monthly feeds measured, as of a run month.
 */
public record ReconciliationRow(
    @MartColumn(unit = "yyyy-MM", meaning = "the run month") String asOf,
    @MartColumn(meaning = "calendar year") Integer year,
    @MartColumn(meaning = "visitors, tourism_revenue or overnight_share") String indicatorId,
    @MartColumn(unit = "indicator unit", precision = 24, scale = ReconciliationRow.SCALE,
        meaning = "the year's tourism-area value from the monthly feeds, months up to as_of"
            + " (targets.md units; the months present when the year is incomplete)")
    BigDecimal pipelineValue,
    @MartColumn(unit = "indicator unit", precision = 24, scale = ReconciliationRow.SCALE,
        meaning = "latest vintage delivered by as_of")
    BigDecimal officialValue,
    @MartColumn(meaning = "official, preliminary or estimate") String officialStatus,
    @MartColumn(unit = "yyyy-MM", meaning = "delivery month of the official value")
    String officialDelivered,
    @MartColumn(unit = "indicator unit", precision = 24, scale = ReconciliationRow.SCALE,
        meaning = "official - pipeline")
    BigDecimal difference,
    @MartColumn(unit = "fraction", meaning = "difference / pipeline") Double relativeDifference,
    @MartColumn(meaning = "|relative_difference| > 0.05, or the year is incomplete in the feeds")
    Boolean flag,
    @MartColumn(meaning = "whether all 12 months of the year have all three tourism feeds")
    Boolean pipelineComplete) {

  /** Decimal places of a value. */
  public static final int SCALE = 6;

  public static final MartTable<ReconciliationRow> TABLE = MartTable.of(
      MartSchemas.RECONCILIATION, ReconciliationRow.class, "as_of", "year", "indicator_id");
}
