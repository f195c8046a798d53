package vn.mocchau.analytics.curate;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.ingest.StagingSchema;

/**
 * The curated and quarantine views of an ingested feed (outputs.md §2). Pure column selections:
 * curated rows keep their typed values, resolved locality and lineage; quarantine rows keep the
 * raw line and the reason. The quarantine is in file and line order; curated files are written
 * in parallel, unsorted (read them with ORDER BY source_file, source_line when order matters).
 */
public final class CuratedTables {
  /**
   * Quarantine columns, in order; duplicates are kept here too, marked by {@code status}.
   * {@code reason_code} (appended last, so that older readers keep their positions) is the stable
   * code of the kind of problem ({@link vn.mocchau.analytics.contract.ReasonCode}).
   */
  public static final List<String> QUARANTINE_COLUMNS = List.of("source_file", "source_line",
      "raw_line", "status", "column", "value", "reason_en", "reason_vi", "reason_code");

  private CuratedTables() {}

  public static List<String> curatedColumns(FeedContract contract) {
    List<String> columns = new ArrayList<>(List.of("source_file", "source_line"));
    if (contract.hasLocalityColumn()) {
      columns.addAll(List.of("locality", "reporting_unit"));
    }
    columns.add("locality_code");
    for (StructField field : contract.typedSchema().fields()) {
      columns.add(field.name());
    }
    columns.add("warning");
    columns.add("warning_vi");
    return columns;
  }

  /**
   * The delivery months of a feed whose rows carry their own {@code period} column
   * (indicator_values: the value's year, quarter or month), with the delivery month as
   * {@code delivered} (yyyy-MM, from the {@code period=YYYY-MM} folder of each file).
   * {@code locations} are the table's root (every month) or month folders. Reading the root with
   * partition discovery would replace the rows' {@code period} with the folder's delivery month
   * (Spark and DuckDB both let the folder win); this reads the files without it.
   */
  public static Dataset<Row> deliveries(org.apache.spark.sql.SparkSession spark,
      String... locations) {
    return spark.read().option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.parquet").parquet(locations)
        .withColumn("delivered", org.apache.spark.sql.functions.regexp_extract(
            org.apache.spark.sql.functions.input_file_name(), "period=(\\d{4}-\\d{2})", 1));
  }

  /** Accepted rows per curated Parquet file: files of tens of MB, enough of them to write in parallel. */
  public static final long ROWS_PER_FILE = 1_000_000;

  /** How many curated files a month with {@code acceptedRows} accepted rows is written as. */
  public static int curatedFiles(long acceptedRows) {
    return (int) Math.max(1, Math.min(64, (acceptedRows + ROWS_PER_FILE - 1) / ROWS_PER_FILE));
  }

  /**
   * Accepted rows in {@code files} output partitions, merged without a shuffle (coalesce), so
   * {@code files} tasks share the work.
   */
  public static Dataset<Row> curated(Dataset<Row> rows, FeedContract contract, int files) {
    return rows.filter(col("status").equalTo("accepted"))
        .coalesce(files)
        .select(columns(contract));
  }

  /**
   * Curated columns from staging rows: a typed column staged under another name
   * ({@link StagingSchema#typedColumn}) takes its own name back.
   */
  private static Column[] columns(FeedContract contract) {
    List<String> typed = java.util.Arrays.asList(contract.typedSchema().fieldNames());
    return curatedColumns(contract).stream().map(name -> {
      String staged = typed.contains(name) ? StagingSchema.typedColumn(name) : name;
      return staged.equals(name) ? col(name) : col(staged).as(name);
    }).toArray(Column[]::new);
  }

  /** The quarantine's columns, typed as in the staging rows. */
  public static StructType quarantineSchema(StructType staging) {
    StructType schema = new StructType();
    for (String name : QUARANTINE_COLUMNS) {
      schema = schema.add(staging.apply(name));
    }
    return schema;
  }

  /**
   * Rejected rows and duplicates with their reasons, in the quarantine's columns; the ingest hands
   * them over on the driver, in file and line order, and the order is kept.
   */
  public static List<Row> quarantine(List<Row> notAccepted, StructType staging) {
    StructType schema = quarantineSchema(staging);
    int[] fields = QUARANTINE_COLUMNS.stream().mapToInt(staging::fieldIndex).toArray();
    List<Row> rows = new ArrayList<>(notAccepted.size());
    for (Row row : notAccepted) {
      Object[] values = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        values[i] = row.get(fields[i]);
      }
      rows.add(new GenericRowWithSchema(values, schema));
    }
    return rows;
  }
}
