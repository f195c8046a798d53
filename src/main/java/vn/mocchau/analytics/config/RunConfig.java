package vn.mocchau.analytics.config;

import java.time.YearMonth;
import vn.mocchau.analytics.text.Language;

/**
 * Everything a run needs to know, built once from the command line and never changed.
 *
 * @param raw root of the deliveries (a local path or a Hadoop URI)
 * @param out root of the published outputs (a local path or a Hadoop URI)
 * @param master Spark master, or null for embedded local mode (or what spark-submit set)
 * @param rejectThreshold largest rejected share of a feed's month that still publishes
 * @param minRejectedToFail the threshold applies only from this many rejected rows on
 * @param verbose show Spark's own log on the console
 * @param lang language of the messages, the charts and the report
 * @param sparkConf Spark settings given with --conf, applied as spark-submit's --conf would be
 */
public record RunConfig(String raw, String out, String master, double rejectThreshold,
    int minRejectedToFail, boolean verbose, Language lang, java.util.Map<String, String> sparkConf) {

  public static final String DEFAULT_RAW = "data-raw";
  public static final String DEFAULT_OUT = "data-out";
  /** As the command line writes them (picocli's defaults are text); the numbers below. */
  public static final String DEFAULT_REJECT_THRESHOLD_TEXT = "0.02";
  public static final String DEFAULT_MIN_REJECTED_TEXT = "10";
  public static final double DEFAULT_REJECT_THRESHOLD =
      Double.parseDouble(DEFAULT_REJECT_THRESHOLD_TEXT);
  public static final int DEFAULT_MIN_REJECTED = Integer.parseInt(DEFAULT_MIN_REJECTED_TEXT);

  /** Whether a feed's month with these counts is rejected as a whole (feeds.md §6). */
  public boolean exceedsRejectThreshold(long rowsRead, long rowsRejected) {
    return rowsRejected >= minRejectedToFail && rowsRead > 0
        && (double) rowsRejected / rowsRead > rejectThreshold;
  }

  /** A month's label in paths and reports. */
  public static String period(YearMonth month) {
    return month.toString();
  }
}
