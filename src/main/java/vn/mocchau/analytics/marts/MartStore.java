package vn.mocchau.analytics.marts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.io.ParquetTables;
import vn.mocchau.analytics.io.Publisher;

/**
 * The marts as published under {@code <out>/marts/<name>/} (one Parquet file each), and their next
 * version: a run reads a mart, replaces the rows it recomputes, and stages the whole table for the
 * publisher. Marts are small (months × units), so rewriting one costs milliseconds and keeps the
 * layout one table = one folder for Spark, DuckDB and pandas.
 */
public final class MartStore {
  public static final String FOLDER = OutputLayout.MARTS_FOLDER;
  static final String FILE = "part-00000.parquet";

  private final Path out;
  private final Configuration conf;
  private final Publisher publisher;

  public MartStore(Path out, Configuration conf, Publisher publisher) {
    this.out = out;
    this.conf = conf;
    this.publisher = publisher;
  }

  public static String relative(String mart) {
    return FOLDER + "/" + mart;
  }

  /**
   * Every published mart, with projection_monthly only as of {@code asOf} (its one partition
   * file): what the report draws from when it is redrawn without a run (jobs/report).
   */
  public static Marts load(Path out, Configuration conf, YearMonth asOf) {
    Map<String, List<Object[]>> values = new LinkedHashMap<>();
    MartSchemas.ALL.forEach((mart, columns) -> {
      Path location = new Path(out, relative(mart));
      if (mart.equals(MartSchemas.PROJECTION_MONTHLY)) {
        location = new Path(location, partitionFile(asOf.toString()));
      }
      values.put(mart, ParquetTables.read(location, conf, columns));
    });
    return Marts.fromValues(values);
  }

  /** The published rows of a mart (empty before its first run). */
  public <R extends Record> List<R> published(MartTable<R> table) {
    return table.rows(ParquetTables.read(new Path(out, relative(table.name())), conf,
        table.columns()));
  }

  /**
   * Stages {@code table} as its published rows without those {@code replaced} matches, plus
   * {@code fresh}, in the table's key order; returns the staged rows.
   */
  public <R extends Record> List<R> replace(MartTable<R> table, Predicate<R> replaced,
      List<R> fresh) {
    List<R> rows = new ArrayList<>(published(table));
    rows.removeIf(replaced);
    rows.addAll(fresh);
    List<R> sorted = table.sorted(rows);
    write(table, sorted);
    return sorted;
  }

  /**
   * Stages one partition file of a mart that grows with every as-of month
   * ({@code marts/<mart>/part-<key>.parquet}): a run writes only its own partition, so its cost
   * does not grow with the history.
   */
  public <R extends Record> void writePartition(MartTable<R> table, String key, List<R> rows) {
    String relative = relative(table.name()) + "/" + partitionFile(key);
    ParquetTables.write(publisher.staged(relative), conf, table.name(), table.columns(),
        rows.stream().map(table::values).toList());
    publisher.replace(relative);
  }

  public static String partitionFile(String key) {
    return "part-" + key + ".parquet";
  }

  public <R extends Record> void write(MartTable<R> table, List<R> rows) {
    ParquetTables.write(new Path(publisher.staged(relative(table.name())), FILE), conf,
        table.name(), table.columns(), rows.stream().map(table::values).toList());
    publisher.replace(relative(table.name()));
  }
}
