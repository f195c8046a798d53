package vn.mocchau.analytics.io;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.LocalFileSystem;

/**
 * Hadoop's local file system ({@code file:} paths) without its {@code .crc} sidecar files. The
 * stock {@link LocalFileSystem} writes a hidden {@code .name.crc} beside every file it creates:
 * they showed up by the thousand beside the charts, exports and tables, on a Windows share too,
 * and a stale one beside a good CSV made reading it fail with "Checksum error". They protect
 * nothing a reader checks: DuckDB, pandas and Excel ignore them, and Parquet files carry checksums
 * of their own pages.
 *
 * <p>Set as {@code fs.file.impl} for Spark ({@code spark.hadoop.fs.file.impl}, so Spark's own
 * Parquet writes use it too) and for the Hadoop settings the jobs use before Spark starts; see
 * {@code config.SparkSessions}. Only the {@code file:} scheme: HDFS and S3 keep theirs. Still a
 * {@link LocalFileSystem}, as Spark's {@code FileSystem.getLocal} callers expect; it still
 * deletes and renames the sidecars an older version left beside a file.
 */
public class LocalFilesWithoutChecksums extends LocalFileSystem {
  /** The Hadoop setting that names the implementation of the {@code file:} scheme. */
  public static final String SETTING = "fs.file.impl";
  /** Hadoop's per-scheme switch that makes every lookup build its own instance. */
  public static final String NOT_CACHED = "fs.file.impl.disable.cache";

  public LocalFilesWithoutChecksums() {
    noChecksums();
  }

  @Override
  public void initialize(URI name, Configuration conf) throws IOException {
    super.initialize(name, conf);
    noChecksums();
  }

  private void noChecksums() {
    setWriteChecksum(false);
    setVerifyChecksum(false);
  }
}
