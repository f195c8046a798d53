package vn.mocchau.analytics.curate;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.StagingSchema;

/**
 * Writes one ingested feed-month as its curated and quarantine Parquet tables (outputs.md §2):
 * the output edge of the curate stage, used by jobs/monthly and by the benchmark alike.
 */
public final class CuratedWriter {
  private CuratedWriter() {}

  /**
   * Writes the curated rows into {@code curatedFolder} and the quarantine into
   * {@code quarantineFolder} (each replaced); returns the quarantine rows, in file and line
   * order, for the caller's CSV copies. The quarantine, a few rows held on the driver, is written
   * while the curated write runs: its planning and its one small task then cost no extra time.
   */
  public static List<Row> write(SparkSession spark, FeedIngest.Result result,
      String curatedFolder, String quarantineFolder) {
    StructType staging = StagingSchema.of(result.contract);
    List<Row> rejects = CuratedTables.quarantine(result.notAccepted, staging);
    ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "quarantine writer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Future<?> quarantineWritten = background.submit(() -> {
        spark.sparkContext().setJobDescription("write " + quarantineFolder);
        spark.createDataFrame(rejects, CuratedTables.quarantineSchema(staging)).coalesce(1)
            .write().mode("overwrite").parquet(quarantineFolder);
      });
      try {
        spark.sparkContext().setJobDescription("write " + curatedFolder);
        int files = CuratedTables.curatedFiles(result.total(FeedIngest.FileCounts::accepted));
        CuratedTables.curated(result.accepted, result.contract, files)
            .write().mode("overwrite").parquet(curatedFolder);
      } finally {
        awaitQuietly(quarantineWritten); // never leave a write running behind a failure
      }
      quarantineWritten.get();
      return rejects;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing " + quarantineFolder, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("Cannot write " + quarantineFolder, e.getCause());
    } finally {
      background.shutdown();
    }
  }

  private static void awaitQuietly(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // reported by the caller's own get()
    }
  }
}
