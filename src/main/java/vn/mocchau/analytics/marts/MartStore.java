package vn.mocchau.analytics.marts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.ParquetTables;
import vn.mocchau.analytics.io.Publisher;

/**
 * The marts as published under {@code <out>/marts/<name>/} (one Parquet file each), and their next
 * version: a run reads a mart, replaces the rows it recomputes, and stages the whole table for the
 * publisher. Marts are small (months × units), so rewriting one costs milliseconds and keeps the
 * layout one table = one folder for Spark, DuckDB and pandas.
 */
public final class MartStore {
  public static final String FOLDER = "marts";
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

  /** The published rows of a mart (empty before its first run). */
  public List<Object[]> published(String mart) {
    return ParquetTables.read(new Path(out, relative(mart)), conf, MartSchemas.columns(mart));
  }

  /**
   * Stages {@code mart} as its published rows without those {@code replaced} matches, plus
   * {@code fresh}, sorted; returns the staged rows.
   */
  public List<Object[]> replace(String mart, Predicate<Object[]> replaced, List<Object[]> fresh,
      Comparator<Object[]> order) {
    List<Object[]> rows = new ArrayList<>(published(mart));
    rows.removeIf(replaced);
    rows.addAll(fresh);
    rows.sort(order);
    write(mart, rows);
    return rows;
  }

  /**
   * Stages one partition file of a mart that grows with every as-of month
   * ({@code marts/<mart>/part-<key>.parquet}): a run writes only its own partition, so its cost
   * does not grow with the history.
   */
  public void writePartition(String mart, String key, List<Object[]> rows) {
    String relative = relative(mart) + "/" + partitionFile(key);
    ParquetTables.write(publisher.staged(relative), conf, mart, MartSchemas.columns(mart), rows);
    publisher.replace(relative);
  }

  public static String partitionFile(String key) {
    return "part-" + key + ".parquet";
  }

  public void write(String mart, List<Object[]> rows) {
    ParquetTables.write(new Path(publisher.staged(relative(mart)), FILE), conf, mart,
        MartSchemas.columns(mart), rows);
    publisher.replace(relative(mart));
  }
}
