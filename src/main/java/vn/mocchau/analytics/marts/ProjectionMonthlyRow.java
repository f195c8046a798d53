package vn.mocchau.analytics.marts;

/** One row of projection_monthly: an indicator's forecast of one month, as of a run month. */
public record ProjectionMonthlyRow(
    @MartColumn(unit = "yyyy-MM", meaning = "the run month (last month of the fitted history)")
    String asOf,
    @MartColumn(meaning = "visitors, tourism_revenue, overnight_share") String indicatorId,
    @MartColumn(unit = "yyyy-MM", meaning = "forecast month") String period,
    @MartColumn(unit = "indicator unit per month",
        meaning = "median: the year's v_b (1 + r_obs)^(y - b) times the month's seasonal share")
    Double point,
    @MartColumn(unit = "indicator unit per month", meaning = "80 % prediction interval")
    Double lower80,
    @MartColumn(unit = "indicator unit per month", meaning = "") Double upper80,
    @MartColumn(unit = "indicator unit per month", meaning = "95 % prediction interval")
    Double lower95,
    @MartColumn(unit = "indicator unit per month", meaning = "") Double upper95,
    @MartColumn(meaning = "model and fit window") String method) {

  /** Stored one file per as-of month, in the order the projection gives them: no sort keys. */
  public static final MartTable<ProjectionMonthlyRow> TABLE = MartTable.of(
      MartSchemas.PROJECTION_MONTHLY, ProjectionMonthlyRow.class);
}
