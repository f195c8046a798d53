package vn.mocchau.analytics.io;

import java.time.YearMonth;

/** Paths under --out, relative to it, as outputs.md §2 names them. */
public final class OutputLayout {
  private OutputLayout() {}

  public static String curated(String feed, YearMonth month) {
    return "curated/" + feed + "/period=" + month;
  }

  public static String quarantine(String feed, YearMonth month) {
    return "quarantine/" + feed + "/period=" + month;
  }

  public static String manifest(String runId) {
    return "runs/" + runId + ".json";
  }

  /** Rejected rows of a month that was not published, for the officer to send back. */
  public static String failedRunRejects(String runId) {
    return "runs/" + runId + ".rejects.csv";
  }

  /** The form the offices fill in with a feed's values for a year (jobs/template). */
  public static String template(String feed, int year) {
    return "templates/" + feed + "_" + year + ".csv";
  }

  /** The month's rejects of a feed among the officers' exports. */
  public static String rejectsExport(String feed, YearMonth month) {
    return "exports/rejects/" + feed + "_" + month + ".csv";
  }

  /** Every feed's curated months. */
  public static String curated(String feed) {
    return "curated/" + feed;
  }

  /** The run's lock file (io/RunLock). */
  public static final String LOCK = "_lock";
  /** Where a run stages its outputs, its journal during the commit, and what it replaced. */
  public static final String STAGING = "_staging";
  public static final String JOURNAL = "_journal";
  public static final String TRASH = "_trash";

  public static String journal(String runId) {
    return JOURNAL + "/" + runId + ".json";
  }

  /** Every feed's quarantined months. */
  public static String quarantine(String feed) {
    return "quarantine/" + feed;
  }

  /** The marts, one folder each, and their CSV exports. */
  public static final String MARTS_FOLDER = "marts";
  public static final String MARTS = MARTS_FOLDER + "/";
  public static final String EXPORTS = "exports/";

  public static String mart(String name) {
    return MARTS + name;
  }

  public static String martExport(String name) {
    return EXPORTS + name + ".csv";
  }

  /** A mart's Excel workbook, beside its CSV export (#17 slice X). */
  public static String martWorkbook(String name) {
    return EXPORTS + name + ".xlsx";
  }

  public static String charts(YearMonth month) {
    return "charts/" + month;
  }

  public static String reports(YearMonth month) {
    return "reports/" + month;
  }

  public static String reportHtml(YearMonth month) {
    return reports(month) + "/report.html";
  }

  public static String reportPdf(YearMonth month) {
    return reports(month) + "/report.pdf";
  }
}
