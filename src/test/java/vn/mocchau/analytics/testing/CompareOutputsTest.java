package vn.mocchau.analytics.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.io.ParquetTables;

/** The before/after comparison of issue #14 sees a changed value, and nothing else. */
class CompareOutputsTest {
  private static final List<ParquetTables.Column> COLUMNS = List.of(
      ParquetTables.Column.of("period", ParquetTables.Type.STRING, "", ""),
      ParquetTables.Column.of("arrivals", ParquetTables.Type.LONG, "", ""));

  private static void publish(Path out, List<Object[]> rows, String csv) throws Exception {
    // Two files in another order than the rows: only the content counts.
    ParquetTables.write(new org.apache.hadoop.fs.Path(out.resolve("marts/t/part-1.parquet")
        .toUri()), new Configuration(), "t", COLUMNS, rows.subList(1, rows.size()));
    ParquetTables.write(new org.apache.hadoop.fs.Path(out.resolve("marts/t/part-0.parquet")
        .toUri()), new Configuration(), "t", COLUMNS, rows.subList(0, 1));
    Files.createDirectories(out.resolve("exports"));
    Files.writeString(out.resolve("exports/t.csv"), csv);
    Files.createDirectories(out.resolve("runs"));
    Files.writeString(out.resolve("runs/" + out.getFileName() + ".json"), "{}");
  }

  @Test
  void sameContentInOtherFilesIsTheSameAndAChangedValueIsNot(@TempDir Path dir) throws Exception {
    publish(dir.resolve("a"), List.of(new Object[] {"2026-09", 10L},
        new Object[] {"2026-10", 20L}), "period,arrivals\n2026-09,10\n");
    publish(dir.resolve("b"), List.of(new Object[] {"2026-10", 20L},
        new Object[] {"2026-09", 10L}), "period,arrivals\n2026-09,10\n");
    publish(dir.resolve("c"), List.of(new Object[] {"2026-09", 10L},
        new Object[] {"2026-10", 21L}), "period,arrivals\n2026-09,11\n");

    assertEquals(new CompareOutputs.Result(List.of(), 1, 1),
        CompareOutputs.compare(dir.resolve("a"), dir.resolve("b")),
        "rows in other files and order, and different run manifests, are the same content");
    assertEquals(List.of("table differs: marts/t", "file differs: exports/t.csv"),
        CompareOutputs.compare(dir.resolve("a"), dir.resolve("c")).differences());
    Files.delete(dir.resolve("c/exports/t.csv"));
    assertTrue(CompareOutputs.compare(dir.resolve("a"), dir.resolve("c")).differences()
        .contains("only in " + dir.resolve("a") + ": exports/t.csv"));
  }
}
