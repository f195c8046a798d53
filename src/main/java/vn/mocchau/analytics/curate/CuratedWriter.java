package vn.mocchau.analytics.curate;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.ingest.FeedIngest;

/**
 * Writes one ingested feed-month as its curated and quarantine Parquet tables (outputs.md §2):
 * the output edge of the curate stage, used by jobs/monthly and by the benchmark alike.
 */
public final class CuratedWriter {
  private CuratedWriter() {}

  /**
   * Writes the curated rows into {@code curatedFolder} and the quarantine into
   * {@code quarantineFolder} (each replaced); returns the quarantine rows, sorted by file and
   * line, for the CSV copies of the caller.
   */
  public static List<Row> write(SparkSession spark, FeedIngest.Result result,
      String curatedFolder, String quarantineFolder) {
    spark.sparkContext().setJobDescription("write " + curatedFolder);
    int files = CuratedTables.curatedFiles(result.total(FeedIngest.FileCounts::accepted));
    CuratedTables.curated(result.accepted, result.contract, files)
        .write().mode("overwrite").parquet(curatedFolder);

    spark.sparkContext().setJobDescription("write " + quarantineFolder);
    // The ingest holds these rows on the driver already: one small local job sorts them.
    Dataset<Row> quarantined = CuratedTables.quarantine(result.notAccepted);
    List<Row> rejects = quarantined.collectAsList();
    spark.createDataFrame(rejects, quarantined.schema()).coalesce(1)
        .write().mode("overwrite").parquet(quarantineFolder);
    return rejects;
  }
}
