package vn.mocchau.analytics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Publishes a run's outputs all at once or not at all. Everything is first written under
 * {@code _staging/<run-id>/}; {@link #commit()} then writes a journal naming every folder to
 * replace or withdraw, swaps the folders in with renames, and deletes the journal. A run killed
 * before the journal exists leaves the published outputs untouched; one killed after is rolled
 * forward by {@link #recover} at the start of the next run (under the output lock). Readers see
 * either the old or the new folder of a period, except for the instant between two renames.
 *
 * <p>Folders starting with '_' are skipped by Spark and DuckDB partition discovery, so staging,
 * journal and trash are never read as data.
 */
public final class Publisher {
  public static final String STAGING = OutputLayout.STAGING;
  public static final String JOURNAL = OutputLayout.JOURNAL;
  public static final String TRASH = OutputLayout.TRASH;

  /** One published folder: replaced by its staged copy, or withdrawn when nothing is staged. */
  public record Change(String relativePath, boolean withdraw) {}

  private final FileSystem fs;
  private final Path out;
  private final String runId;
  private final List<Change> changes = new ArrayList<>();

  public Publisher(Path out, String runId, Configuration conf) {
    try {
      this.fs = out.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open output " + out + ": " + e.getMessage(), e);
    }
    this.out = out;
    this.runId = runId;
  }

  /** Where to write the new content of {@code relativePath} before commit. */
  public Path staged(String relativePath) {
    return new Path(new Path(new Path(out, STAGING), runId), relativePath);
  }

  public void replace(String relativePath) {
    changes.add(new Change(relativePath, false));
  }

  public void withdraw(String relativePath) {
    changes.add(new Change(relativePath, true));
  }

  public List<Change> changes() {
    return List.copyOf(changes);
  }

  /** Swaps every staged folder into place; see the class comment for what a kill leaves. */
  public void commit() {
    try {
      Path journal = new Path(out, OutputLayout.journal(runId));
      fs.mkdirs(journal.getParent());
      Path pending = new Path(journal.getParent(), "." + runId + ".json.tmp");
      try (FSDataOutputStream stream = fs.create(pending, true)) {
        stream.write(Json.pretty(new Journal(runId, changes)).getBytes(StandardCharsets.UTF_8));
        stream.hsync();
      }
      if (!fs.rename(pending, journal)) {
        throw new IOException("rename of " + pending + " failed");
      }
      apply(fs, out, new Journal(runId, changes));
      fs.delete(journal, false);
      cleanUp(fs, out, runId);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish run " + runId + ": " + e.getMessage(), e);
    }
  }

  /** Drops everything this run staged, publishing nothing. */
  public void abandon() {
    try {
      cleanUp(fs, out, runId);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean staging of run " + runId, e);
    }
  }

  /** What a journal says: the run and its changes. */
  public record Journal(String runId, List<Change> changes) {}

  /**
   * Finishes any publication a killed run left half-done (roll forward: its staged content is
   * complete, since the journal is written only after staging) and drops abandoned staging.
   * Call only while holding the output lock. Returns the run ids recovered.
   */
  public static List<String> recover(Path out, Configuration conf) {
    List<String> recovered = new ArrayList<>();
    try {
      FileSystem fs = out.getFileSystem(conf);
      Path journals = new Path(out, JOURNAL);
      if (fs.exists(journals) && !fs.getFileStatus(journals).isDirectory()) {
        throw new org.apache.hadoop.fs.ParentNotDirectoryException(journals
            + " is not a directory (the run journal must be a folder)");
      }
      if (fs.exists(journals)) {
        for (FileStatus status : fs.listStatus(journals)) {
          String name = status.getPath().getName();
          if (name.startsWith(".")) {
            fs.delete(status.getPath(), false);
            continue;
          }
          Journal journal;
          try (java.io.InputStream in = fs.open(status.getPath())) {
            journal = Json.mapper().readValue(in, Journal.class);
          }
          apply(fs, out, journal);
          fs.delete(status.getPath(), false);
          recovered.add(journal.runId());
        }
      }
      for (String folder : List.of(STAGING, TRASH)) {
        Path path = new Path(out, folder);
        if (fs.exists(path)) {
          fs.delete(path, true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot recover " + out + ": " + e.getMessage(), e);
    }
    return recovered;
  }

  /** Idempotent: a change whose staged folder is gone was applied already. */
  private static void apply(FileSystem fs, Path out, Journal journal) throws IOException {
    Path stagingRoot = new Path(new Path(out, STAGING), journal.runId());
    Path trashRoot = new Path(new Path(out, TRASH), journal.runId());
    for (Change change : journal.changes()) {
      Path target = new Path(out, change.relativePath());
      Path staged = new Path(stagingRoot, change.relativePath());
      Path trash = new Path(trashRoot, change.relativePath());
      if (change.withdraw()) {
        if (fs.exists(target)) {
          moveToTrash(fs, target, trash);
        }
        continue;
      }
      if (!fs.exists(staged)) {
        continue;
      }
      if (fs.exists(target)) {
        moveToTrash(fs, target, trash);
      }
      fs.mkdirs(target.getParent());
      if (!fs.rename(staged, target)) {
        throw new IOException("rename of " + staged + " to " + target + " failed");
      }
    }
  }

  private static void moveToTrash(FileSystem fs, Path target, Path trash) throws IOException {
    fs.mkdirs(trash.getParent());
    if (fs.exists(trash)) {
      fs.delete(trash, true);
    }
    if (!fs.rename(target, trash)) {
      throw new IOException("rename of " + target + " to " + trash + " failed");
    }
  }

  private static void cleanUp(FileSystem fs, Path out, String runId) throws IOException {
    for (String folder : List.of(STAGING, TRASH)) {
      Path path = new Path(new Path(out, folder), runId);
      if (fs.exists(path)) {
        fs.delete(path, true);
      }
    }
  }
}
