package vn.mocchau.analytics.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The record of one month's run, written to runs/RUN_ID.json whatever the outcome: published,
 * refused (status "failed") or stopped by an error (status "error"). Serialised by
 * {@link vn.mocchau.analytics.io.Json#manifest} with snake_case names in alphabetical order, as
 * the untyped manifest before it was; docs/manifest.schema.json describes it and a test keeps
 * the two in step. Fields are added, never renamed: notebooks and the bench read them.
 */
public record RunManifest(
    int schemaVersion,
    String runId,
    String command,
    String month,
    String started,
    String finished,
    Versions versions,
    Settings config,
    Map<String, ReferenceFile> reference,
    /** published, failed (refused: nothing published) or error (the run stopped). */
    String status,
    int exitCode,
    String message,
    Map<String, FeedReport> feeds,
    /** Rows of each mart; published runs only. */
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Integer> marts,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<IndicatorProgress> targetProgress,
    /** Why the month was refused, in English and Vietnamese; refused runs only. */
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> problems,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> problemsVi,
    List<String> warnings,
    List<String> warningsVi,
    /** What the run wrote, relative to --out (a refused run's rejects file in full). */
    List<String> outputs,
    /** Rows written per output (curated, quarantine, rejects exports, marts). */
    Map<String, Long> outputRows,
    /** Milliseconds per stage: ingest_FEED_ms, stage_curated_ms, marts_ms, ..., total_ms. */
    Map<String, Long> timings,
    /** The error that stopped the run; error runs only. */
    @JsonInclude(JsonInclude.Include.NON_NULL) RunError error) {

  /** Bumped when a field changes meaning or goes away (adding one does not). */
  public static final int SCHEMA_VERSION = 1;

  public static final String PUBLISHED = "published";
  public static final String REFUSED = "failed";
  public static final String ERROR = "error";

  public record Versions(String pipeline, String spark, String java) {}

  /** The run's settings as the command line gave them. */
  public record Settings(String raw, String out, String master, double rejectThreshold,
      int minRejectedToFail) {}

  public record ReferenceFile(String sha256, long bytes) {}

  /** One feed's month: its delivery, its files and its row accounting. */
  public record FeedReport(boolean delivered, boolean expected, String status,
      List<String> ignoredFiles, List<FileEntry> files, int parseTasks, long rowsRead,
      long rowsAccepted, long rowsRejected, long rowsDuplicate,
      Map<String, Long> rejectedByColumn, long rowWarnings,
      /** The columns with most rejected rows; delivered feeds only. */
      @JsonInclude(JsonInclude.Include.NON_NULL) List<TopReason> topReasons,
      /** Rejected rows per column and reason code; delivered feeds only. */
      @JsonInclude(JsonInclude.Include.NON_NULL) List<ReasonCount> rejectedByReason) {}

  public record FileEntry(String file, String sha256, long bytes, String delimiter,
      String numberStyle, List<String> extraColumns, int blankLines, long rowsRead,
      long rowsAccepted, long rowsRejected, long rowsDuplicate, String error, String errorVi) {}

  /** A column with rejected rows, the first one as an example ("file:line") and its reason. */
  public record TopReason(String column, long rows, String example, String reason,
      String reasonVi, String columnLabel, String columnLabelVi) {}

  /** Rejected rows of a column for one reason code (null code: a reason without one). */
  public record ReasonCount(String column, String reasonCode, long rows, String example,
      String reason, String reasonVi) {
    static ReasonCount of(vn.mocchau.analytics.contract.RejectionTally.Count count) {
      return new ReasonCount(count.column(), count.reasonCode(), count.rows(), count.example(),
          count.reasonEn(), count.reasonVi());
    }
  }

  public record IndicatorProgress(String indicatorId, String status, BigDecimal assessedValue,
      String assessedPeriod, Double anticipatedProgress, boolean provisional) {}

  /** Where the run stopped and why. */
  public record RunError(String stage, String type, String message) {}
}
