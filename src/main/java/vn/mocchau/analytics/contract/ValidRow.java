package vn.mocchau.analytics.contract;

/**
 * A row that passed the row-level checks: typed values in the order of
 * {@link FeedContract#typedSchema()}, its reporting unit (feeds.md §3) and resolved current unit.
 */
public record ValidRow(Object[] typedValues, String reportingUnit, String localityCode) {}
