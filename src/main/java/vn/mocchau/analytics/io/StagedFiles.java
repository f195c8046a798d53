package vn.mocchau.analytics.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Files written into a {@link Publisher}'s staging area (local disk or HDFS alike), published
 * with the rest of the run by its commit: the charts and the report, which are drawn by code that
 * knows nothing of Hadoop.
 */
public final class StagedFiles {
  /** Writes one file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Publisher publisher;
  private final FileSystem fs;

  public StagedFiles(Publisher publisher, Path out, Configuration conf) throws IOException {
    this.publisher = publisher;
    this.fs = out.getFileSystem(conf);
  }

  /** Writes {@code name} in the staged {@code folder} (relative to the outputs), replacing it. */
  public void write(String folder, String name, Content content) throws IOException {
    try (OutputStream file = fs.create(new Path(publisher.staged(folder), name), true)) {
      content.writeTo(file);
    }
  }

  /** Writes a text file, UTF-8. */
  public void write(String folder, String name, String text) throws IOException {
    write(folder, name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}
