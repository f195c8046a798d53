package vn.mocchau.analytics.marts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.mocchau.analytics.progress.Progress;

/** One row of target_progress: an indicator's progress toward its target as of a run month. */
public record TargetProgressRow(
    @MartColumn(unit = "yyyy-MM", meaning = "the run month") String asOf,
    @MartColumn(meaning = "targets.csv") String indicatorId,
    @MartColumn(meaning = "indicator name") String nameVi,
    @MartColumn(meaning = "indicator name") String nameEn,
    @MartColumn(meaning = "unit of every value column") String unit,
    @MartColumn(meaning = "at_least, at_most, range, maintain, cumulative, growth_rate,"
        + " each_year (programme.md §3)") String kind,
    @MartColumn(meaning = "rolling_12m or annual") String basis,
    @MartColumn(meaning = "b") Integer baselineYear,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "v_b (registry, or data of year b)")
    BigDecimal baselineValue,
    @MartColumn(meaning = "registry or data") String baselineSource,
    @MartColumn(meaning = "T") Integer targetYear,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "v_T")
    BigDecimal targetValue,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "upper bound (range, maintain)")
    BigDecimal targetHigh,
    @MartColumn(meaning = "most recent full calendar year at or before as_of (indicator values:"
        + " the latest year <= the as-of year with a value)") Integer latestYear,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "value of latest_year")
    BigDecimal latestYearValue,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "January to as_of")
    BigDecimal ytdValue,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "12-month window ending in as_of (null if incomplete)")
    BigDecimal rolling12mValue,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "x, the value the status is judged on (cumulative: the running sum;"
            + " growth_rate: r_obs; each_year: the latest year's value)")
    BigDecimal assessedValue,
    @MartColumn(meaning = "the window or year of x") String assessedPeriod,
    @MartColumn(unit = "years", meaning = "tau, the time of x") Double assessedTime,
    @MartColumn(unit = "fraction/year", meaning = "(v_T/v_b)^(1/(T-b)) - 1; path linear: the"
        + " yearly change (v_T - v_b)/(T - b) in the indicator unit; growth_rate: v_T")
    Double requiredCagr,
    @MartColumn(unit = "fraction/year", meaning = "(x/v_b)^(1/growth_years) - 1, when tau > b;"
        + " path linear: (x - v_b)/(tau - b); growth_rate: r_obs")
    Double observedCagr,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "v_b (1 + r_req)^(tau - b); linear: v_b + r_req (tau - b); cumulative:"
            + " v_T (tau - term_start + 1)/(T - term_start + 1); growth_rate: v_b (1 + v_T)^(tau - b);"
            + " each_year: v_T")
    BigDecimal pathValueNow,
    @MartColumn(unit = "indicator unit", precision = 24, scale = TargetProgressRow.SCALE,
        meaning = "v_b (1 + r_obs)^(T - b); linear: v_b + r_obs (T - b); cumulative:"
            + " x (T - term_start + 1)/(tau - term_start + 1); growth_rate: v_b (1 + r_obs)^(T - b)")
    BigDecimal projectedTargetYearValue,
    @MartColumn(unit = "ratio", meaning = "P = (v^_T - v_b) / (v_T - v_b); cumulative: v^_T / v_T;"
        + " growth_rate: r_obs / v_T; each_year: empty")
    Double anticipatedProgress,
    @MartColumn(meaning = "achieved, on_track, accelerate, off_track, regressing, not_assessed")
    String status,
    @MartColumn(meaning = "tau - b < 1") Boolean provisional,
    @MartColumn(meaning = "why a value is missing, or what was judged (English)") String note,
    @MartColumn(unit = "years", meaning = "years of growth x carries since b: tau - b with the"
        + " window's months weighted by their share of the baseline year (docs/marts.md)")
    Double growthYears,
    @MartColumn(meaning = "stable code of note: no_complete_year, no_complete_window,"
        + " baseline_incomplete, not_after_baseline, target_equals_baseline, tet_window;"
        + " indicator values: no_data, no_value_in_term, missing_years, baseline_missing,"
        + " compound_needs_positive, growth_needs_positive_baseline, judged_at_term_end")
    String noteCode,
    @MartColumn(meaning = "note in Vietnamese") String noteVi,
    @MartColumn(meaning = "the political report's section (programme.md §2)") String group,
    @MartColumn(meaning = "the report's numbering, e.g. (23a)") String code,
    @MartColumn(meaning = "annual, quarterly or monthly") String frequency,
    @MartColumn(meaning = "monthly_feeds or indicator_values") String sourceFeed,
    @MartColumn(meaning = "compound or linear") String path,
    @MartColumn(meaning = "at_least or at_most (each_year)") String direction,
    @MartColumn(meaning = "first year counted by cumulative and each_year targets")
    Integer termStart,
    @MartColumn(meaning = "official, preliminary or estimate: the value used (empty for the"
        + " monthly feeds)")
    String xStatus,
    @MartColumn(unit = "years", meaning = "each_year: years that missed the target, e.g. 2026;2027")
    String missedYears,
    @MartColumn(unit = "years", meaning = "years without a value inside the term (each_year,"
        + " cumulative)")
    String missingYears) {

  /** Decimal places of the indicator values. */
  static final int SCALE = 6;

  public static final MartTable<TargetProgressRow> TABLE = MartTable.of(
      MartSchemas.TARGET_PROGRESS, TargetProgressRow.class, "as_of", "indicator_id");

  /** The row of an assessment, with its target's registry values and every value at 6 places. */
  public static TargetProgressRow of(Progress.Row row) {
    var target = row.target();
    return new TargetProgressRow(row.asOf(), target.indicatorId(), target.nameVi(),
        target.nameEn(), target.unit(), target.kind(), target.basis(), target.baselineYear(),
        scale(row.baselineValue()), row.baselineSource(), target.targetYear(),
        scale(target.targetValue()), scale(target.targetHigh()), row.latestYear(),
        scale(row.latestYearValue()), scale(row.ytdValue()), scale(row.rolling12mValue()),
        scale(row.assessedValue()), row.assessedPeriod(), row.assessedTime(), row.requiredCagr(),
        row.observedCagr(), scale(row.pathValueNow()), scale(row.projectedTargetYearValue()),
        row.anticipatedProgress(), row.status(), row.provisional(), row.note(),
        row.growthYears(), row.noteCode(), row.noteVi(), target.group(), target.code(),
        target.frequency(), target.sourceFeed(), target.path(), target.direction(),
        target.termStart(), row.xStatus(), row.missedYears(), row.missingYears());
  }

  private static BigDecimal scale(BigDecimal value) {
    return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
