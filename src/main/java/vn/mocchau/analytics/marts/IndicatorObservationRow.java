package vn.mocchau.analytics.marts;

import java.math.BigDecimal;

/**
 * One row of indicator_observations (programme.md §1): one value of an indicator for a period and
 * scope as one delivery month gave it. Every vintage is kept: a later delivery of the same key
 * supersedes an earlier one ({@code superseded_by}), it never deletes it.
 */
public record IndicatorObservationRow(
    @MartColumn(meaning = "targets.csv") String indicatorId,
    @MartColumn(unit = "yyyy, yyyy-MM or yyyy-Qn", meaning = "the period the value is for")
    String period,
    @MartColumn(meaning = "the indicator's scope: tourism_area, moc_chau_area or thao_nguyen_ward")
    String scope,
    @MartColumn(unit = "indicator unit", precision = 24, scale = IndicatorObservationRow.SCALE,
        meaning = "the value (a fraction for unit fraction, 1/0 for yes_no)")
    BigDecimal value,
    @MartColumn(meaning = "official, preliminary or estimate") String status,
    @MartColumn(meaning = "who published the figure") String source,
    @MartColumn(meaning = "the office's note") String note,
    @MartColumn(unit = "yyyy-MM", meaning = "the delivery month that gave this value")
    String delivered,
    @MartColumn(unit = "yyyy-MM", meaning = "the next delivery month with an accepted row for the"
        + " key; empty for the latest vintage")
    String supersededBy,
    @MartColumn(meaning = "lineage: the delivered file") String sourceFile,
    @MartColumn(meaning = "lineage: the line in that file") Long sourceLine) {

  /** Decimal places of a value. */
  public static final int SCALE = 6;

  public static final MartTable<IndicatorObservationRow> TABLE = MartTable.of(
      MartSchemas.INDICATOR_OBSERVATIONS, IndicatorObservationRow.class, "indicator_id", "scope",
      "period", "delivered");
}
