package vn.mocchau.analytics.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.StagingSchema;
import vn.mocchau.analytics.run.RunManifest.ReasonCount;
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
public record RejectionReasons(Feed feed, List<TopReason> topColumns, List<ReasonCount> byReason) {

  public static final int TOP_COLUMNS = 3;

  public static RejectionReasons of(Feed feed, FeedIngest.Result result) {
    List<TopReason> top = new ArrayList<>();
    result.rejectedByColumn.entrySet().stream().limit(TOP_COLUMNS).forEach(column -> {
      FeedIngest.FirstRejection first = result.firstRejectionByColumn.get(column.getKey());
      top.add(new TopReason(column.getKey(), column.getValue(),
          first.file() + ":" + first.line(), first.reasonEn(), first.reasonVi(),
          result.columnLabel(first.file(), column.getKey(), false),
          result.columnLabel(first.file(), column.getKey(), true)));
    });
    return new RejectionReasons(feed, List.copyOf(top), byReason(result.notAccepted));
  }

  /** Rejected rows grouped by column and reason code, in file and line order of first sight. */
  static List<ReasonCount> byReason(List<Row> notAccepted) {
    Map<List<String>, ReasonCount> groups = new LinkedHashMap<>();
    for (Row row : notAccepted) {
      if (!StagingSchema.STATUS_REJECTED.equals(row.getAs("status"))) {
        continue;
      }
      String column = row.getAs("column");
      String code = row.getAs("reason_code");
      groups.merge(java.util.Arrays.asList(column, code),
          new ReasonCount(column, code, 1, row.<String>getAs("source_file") + ":"
              + row.<Integer>getAs("source_line"), row.getAs("reason_en"), row.getAs("reason_vi")),
          (seen, next) -> new ReasonCount(seen.column(), seen.reasonCode(), seen.rows() + 1,
              seen.example(), seen.reason(), seen.reasonVi()));
    }
    // Stable: equal counts keep the order of first sight.
    return groups.values().stream()
        .sorted(Comparator.comparingLong(ReasonCount::rows).reversed()).toList();
  }

  /** Rejected rows counted here; equals the ingest's count when every rejected row is held. */
  public long rows() {
    return byReason.stream().mapToLong(ReasonCount::rows).sum();
  }

  public boolean isEmpty() {
    return topColumns.isEmpty() && byReason.isEmpty();
  }

}
