package vn.mocchau.analytics.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.RejectionTally;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.ingest.StagingSchema;
import vn.mocchau.analytics.run.RunManifest.TopReason;

/**
 * Why a feed's rows were rejected, computed once per run from the ingest's result (no Spark
 * job: the counts are the ingest's own and the rejected rows are held on the driver), for the
 * console summary, the run manifest and the report.
 *
 * @param feed the feed
 * @param topColumns the {@value #TOP_COLUMNS} columns with most rejected rows, each with the first
 *     rejected row as an example (reasons carry values, so the summary groups them by column)
 * @param byReason rejected rows per column and reason code, most first, each with its first row
 */
public record RejectionReasons(Feed feed, List<TopReason> topColumns,
    List<RejectionTally.Count> byReason) {

  public static final int TOP_COLUMNS = 3;

  public static RejectionReasons of(Feed feed, FeedIngest.Result result) {
    List<TopReason> top = new ArrayList<>();
    result.rejectedByColumn.entrySet().stream().limit(TOP_COLUMNS).forEach(column -> {
      FeedIngest.FirstRejection first = result.firstRejectionByColumn.get(column.getKey());
      top.add(new TopReason(column.getKey(), column.getValue(),
          first.file() + ":" + first.line(), first.reasonEn(), first.reasonVi(),
          result.columnLabel(first.file(), column.getKey(), Language.EN),
          result.columnLabel(first.file(), column.getKey(), Language.VI)));
    });
    return new RejectionReasons(feed, List.copyOf(top), byReason(result.notAccepted));
  }

  /** Rejected rows grouped by column and reason code (the one tally), most first. */
  static List<RejectionTally.Count> byReason(List<Row> notAccepted) {
    List<RejectionTally.Rejected> rejected = new ArrayList<>();
    for (Row row : notAccepted) {
      if (StagingSchema.STATUS_REJECTED.equals(row.getAs("status"))) {
        rejected.add(new RejectionTally.Rejected(row.getAs("column"), row.getAs("reason_code"),
            row.<String>getAs("source_file") + ":" + row.<Integer>getAs("source_line"),
            row.getAs("reason_en"), row.getAs("reason_vi")));
      }
    }
    return RejectionTally.of(rejected);
  }

  /** Rejected rows counted here; equals the ingest's count when every rejected row is held. */
  public long rows() {
    return byReason.stream().mapToLong(RejectionTally.Count::rows).sum();
  }

  public boolean isEmpty() {
    return topColumns.isEmpty() && byReason.isEmpty();
  }

}
