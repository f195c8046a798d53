package vn.mocchau.analytics.progress;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One value of the indicator_values feed as one delivery month gave it (programme.md §1): a
 * vintage of the key (indicator_id, period, scope). Within a delivery month a key has at most one
 * accepted row (duplicates are dropped, conflicts rejected), so (key, delivered) is unique.
 *
 * @param period canonical: {@code 2025} (a year), {@code 2026-03} (a month), {@code 2026-Q1}
 * @param value in the indicator's unit (a fraction for {@code fraction}, 1/0 for {@code yes_no})
 * @param status {@code official}, {@code preliminary} or {@code estimate}
 * @param delivered the delivery month: the value is known from this month on
 */
public record Observation(String indicatorId, String period, String scope, BigDecimal value,
    String status, String source, String note, YearMonth delivered, String sourceFile,
    Long sourceLine) {

  /** The key a later delivery supersedes. */
  public Key key() {
    return new Key(indicatorId, period, scope);
  }

  public record Key(String indicatorId, String period, String scope) {}

  /** The first month of the period: a value is for a period that has started (programme.md §1). */
  public YearMonth periodStart() {
    return Periods.start(period);
  }

  /** The last month of the period: where the value sits on targets.md's time axis. */
  public YearMonth periodEnd() {
    return Periods.end(period);
  }
}
