package vn.mocchau.analytics.curate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.StagingSchema;
import vn.mocchau.analytics.io.HadoopFiles;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.io.Publisher;

/**
 * A feed's month staged for publication: its curated rows, its quarantine (Parquet only, so that
 * DuckDB globs and pandas read the table folder) and the officers' rejects export in
 * exports/rejects/; or, for a feed not delivered, the withdrawal of
 * what an earlier run published for it. Also the rejects of a refused month, written to runs/ for
 * the officer to send back.
 */
public final class CuratedStage {
  /** At most this many rejected rows in a refused month's rejects file. */
  public static final int MAX_REJECTS_IN_FAILED_RUN_CSV = 10_000;

  private CuratedStage() {}

  /**
   * What one feed staged: output (relative to --out) to rows, in the order written; empty for a
   * feed withdrawn.
   */
  public record Staged(Map<String, Long> outputRows) {}

  public static Staged stage(SparkSession spark, Publisher publisher, FeedIngest.Result result,
      YearMonth month) {
    String feed = result.contract.feed();
    String curated = OutputLayout.curated(feed, month);
    String quarantine = OutputLayout.quarantine(feed, month);
    String export = OutputLayout.rejectsExport(feed, month);
    if (!result.delivery.delivered()) {
      publisher.withdraw(curated);
      publisher.withdraw(quarantine);
      publisher.withdraw(export);
      return new Staged(Map.of());
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> rejects = CuratedWriter.write(spark, result,
        publisher.staged(curated).toString(), publisher.staged(quarantine).toString());
    Map<String, Long> rows = new LinkedHashMap<>();
    publisher.replace(curated);
    rows.put(curated, result.total(FeedIngest.FileCounts::accepted));
    publisher.replace(quarantine);
    rows.put(quarantine, (long) rejects.size());
    long exported = writeRejects(publisher.staged(export), rejects, Long.MAX_VALUE, conf);
    publisher.replace(export);
    rows.put(export, exported);
    return new Staged(rows);
  }

  /**
   * The rejected rows of a refused month (at most {@value #MAX_REJECTS_IN_FAILED_RUN_CSV}) in
   * runs/RUN_ID.rejects.csv; null when no row was rejected.
   */
  public static Path writeFailedRunRejects(Path out, String runId,
      List<FeedIngest.Result> results, Configuration conf) {
    List<Row> rows = new ArrayList<>();
    for (FeedIngest.Result result : results) {
      CuratedTables.quarantine(result.notAccepted, StagingSchema.of(result.contract)).stream()
          .filter(row -> StagingSchema.STATUS_REJECTED.equals(row.getAs("status")))
          .limit(MAX_REJECTS_IN_FAILED_RUN_CSV).forEach(rows::add);
    }
    if (rows.isEmpty()) {
      return null;
    }
    Path path = new Path(out, OutputLayout.failedRunRejects(runId));
    writeRejects(path, rows, MAX_REJECTS_IN_FAILED_RUN_CSV, conf);
    return path;
  }

  private static long writeRejects(Path path, List<Row> rows, long limit, Configuration conf) {
    Iterator<Row> source = rows.iterator();
    Iterator<List<Object>> cells = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public List<Object> next() {
        Row row = source.next();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
          values.add(row.get(i));
        }
        return values;
      }
    };
    return HadoopFiles.writeCsv(path, CuratedTables.QUARANTINE_COLUMNS, cells, limit, conf);
  }
}
