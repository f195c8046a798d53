package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of targets.csv (targets.md, programme.md §2): an indicator of the congress programme
 * with its baseline and 2030 target. {@code baselineValue} null means "take the baseline year's
 * annual value from data"; {@code targetHigh} is the upper bound of a range or maintain band (and
 * the upper growth rate of a {@code growth_rate} target, shown, not judged).
 *
 * @param group the political report's section ({@link #GROUPS})
 * @param code the report's own numbering, "(1)", "(23a)", "1.(1)a", for the scorecard's order
 * @param frequency {@code annual}, {@code quarterly} or {@code monthly}: the period an
 *     indicator_values row gives
 * @param sourceFeed {@code monthly_feeds} (the five indicators the four feeds measure) or
 *     {@code indicator_values}
 * @param path {@code compound} (targets.md's CAGR) or {@code linear}
 * @param direction {@code at_least} or {@code at_most}: which side of the target an
 *     {@code each_year} value must be on
 * @param termStart the first year counted by {@code cumulative} and {@code each_year} targets
 */
public record Target(String indicatorId, String nameVi, String nameEn, String unit, String scope,
    String basis, int baselineYear, BigDecimal baselineValue, int targetYear,
    BigDecimal targetValue, BigDecimal targetHigh, String kind, String source, String group,
    String code, String frequency, String sourceFeed, String path, String direction,
    int termStart) implements Serializable {

  /** The report's sections, in its order (programme.md §2). */
  public static final java.util.List<String> GROUPS = java.util.List.of("regional_tourism",
      "regional_agriculture", "regional_urban", "regional_social", "ward_economy",
      "ward_society_environment", "ward_party_building");

  public static final String MONTHLY_FEEDS = "monthly_feeds";
  public static final String INDICATOR_VALUES = "indicator_values";
  /** The term's first full year (programme.md §2): the registry's default term_start. */
  public static final int DEFAULT_TERM_START = 2026;

  /**
   * A row of a targets.csv written before programme.md §2 (and the five-indicator tests): the new
   * columns take their defaults — no group or code, annual, measured by the monthly feeds when
   * the indicator is one of the five, compound path, at_least, term from 2026.
   */
  public Target(String indicatorId, String nameVi, String nameEn, String unit, String scope,
      String basis, int baselineYear, BigDecimal baselineValue, int targetYear,
      BigDecimal targetValue, BigDecimal targetHigh, String kind, String source) {
    this(indicatorId, nameVi, nameEn, unit, scope, basis, baselineYear, baselineValue,
        targetYear, targetValue, targetHigh, kind, source, null, null, "annual",
        defaultSourceFeed(indicatorId), "compound", "at_least", DEFAULT_TERM_START);
  }

  /** The five indicators the four monthly feeds measure (targets.md). */
  public static final java.util.Set<String> MEASURED_BY_FEEDS = java.util.Set.of("visitors",
      "tourism_revenue", "overnight_share", "corn_area", "corn_output");

  /** Where an old registry row's values come from: the feeds for the five, else indicator_values. */
  public static String defaultSourceFeed(String indicatorId) {
    return MEASURED_BY_FEEDS.contains(indicatorId) ? MONTHLY_FEEDS : INDICATOR_VALUES;
  }

  /** Whether values come from the indicator_values feed rather than the four monthly feeds. */
  public boolean fromIndicatorValues() {
    return INDICATOR_VALUES.equals(sourceFeed);
  }
}
