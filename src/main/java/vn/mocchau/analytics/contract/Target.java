package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of targets.csv (targets.md): an indicator with its baseline and 2030 target.
 * {@code baselineValue} null means "take the baseline year's annual value from data";
 * {@code targetHigh} is the upper bound of a range or maintain band.
 */
public record Target(String indicatorId, String nameVi, String nameEn, String unit, String scope,
    String basis, int baselineYear, BigDecimal baselineValue, int targetYear,
    BigDecimal targetValue, BigDecimal targetHigh, String kind, String source)
    implements Serializable {}
