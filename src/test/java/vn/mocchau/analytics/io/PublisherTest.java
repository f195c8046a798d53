package vn.mocchau.analytics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All or nothing: staged folders swap in on commit, and a half-done commit is rolled forward. */
class PublisherTest {
  @TempDir
  Path out;

  private final Configuration conf = new Configuration();

  private org.apache.hadoop.fs.Path root() {
    return new org.apache.hadoop.fs.Path(out.toUri());
  }

  private void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void commitReplacesAndWithdrawsFolders() throws Exception {
    write(out.resolve("curated/a/period=2026-01/old.parquet"), "old");
    write(out.resolve("curated/b/period=2026-01/old.parquet"), "old b");
    Publisher publisher = new Publisher(root(), "run1", conf);
    write(Path.of(publisher.staged("curated/a/period=2026-01").toUri()).resolve("new.parquet"),
        "new");
    publisher.replace("curated/a/period=2026-01");
    publisher.withdraw("curated/b/period=2026-01");
    publisher.commit();
    assertEquals("new", Files.readString(out.resolve("curated/a/period=2026-01/new.parquet")));
    assertFalse(Files.exists(out.resolve("curated/a/period=2026-01/old.parquet")));
    assertFalse(Files.exists(out.resolve("curated/b/period=2026-01")));
    assertFalse(Files.exists(out.resolve("_staging/run1")));
    assertFalse(Files.exists(out.resolve("_journal/run1.json")));
  }

  @Test
  void abandonLeavesPublishedOutputsUntouched() throws Exception {
    write(out.resolve("curated/a/period=2026-01/old.parquet"), "old");
    Publisher publisher = new Publisher(root(), "run2", conf);
    write(Path.of(publisher.staged("curated/a/period=2026-01").toUri()).resolve("new.parquet"),
        "new");
    publisher.replace("curated/a/period=2026-01");
    publisher.abandon();
    assertEquals("old", Files.readString(out.resolve("curated/a/period=2026-01/old.parquet")));
    assertFalse(Files.exists(out.resolve("_staging/run2")));
  }

  @Test
  void aCommitKilledBetweenRenamesIsRolledForwardByTheNextRun() throws Exception {
    // State a run killed mid-commit leaves: journal written, first folder swapped, second not.
    write(out.resolve("_journal/run3.json"), Json.pretty(new Publisher.Journal("run3", List.of(
        new Publisher.Change("curated/a/period=2026-01", false),
        new Publisher.Change("curated/b/period=2026-01", false)))));
    write(out.resolve("curated/a/period=2026-01/new.parquet"), "new a");
    write(out.resolve("_trash/run3/curated/a/period=2026-01/old.parquet"), "old a");
    write(out.resolve("curated/b/period=2026-01/old.parquet"), "old b");
    write(out.resolve("_staging/run3/curated/b/period=2026-01/new.parquet"), "new b");
    write(out.resolve("_staging/run9/curated/c/period=2026-01/x.parquet"), "abandoned");

    assertEquals(List.of("run3"), Publisher.recover(root(), conf));
    assertEquals("new a", Files.readString(out.resolve("curated/a/period=2026-01/new.parquet")));
    assertEquals("new b", Files.readString(out.resolve("curated/b/period=2026-01/new.parquet")));
    assertFalse(Files.exists(out.resolve("curated/b/period=2026-01/old.parquet")));
    assertFalse(Files.exists(out.resolve("_journal/run3.json")));
    assertFalse(Files.exists(out.resolve("_staging")));
    assertFalse(Files.exists(out.resolve("_trash")));
    assertTrue(Publisher.recover(root(), conf).isEmpty(), "recovery is idempotent");
  }
}
