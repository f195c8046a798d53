package vn.mocchau.analytics.ingest;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.contract.FeedContract;

/**
 * Rows as the file parser emits them: lineage, the feed's typed columns, the outcome of the row
 * checks (reason in both languages and its stable {@code reason_code}; a warning in both) and, for
 * accepted rows, a 64-bit hash of the row's key ({@link KeyHash}). What a file
 * shows as a whole travels separately, in its {@link FileSummary}.
 */
public final class StagingSchema {
  public static final String STATUS_ACCEPTED = "accepted";
  public static final String STATUS_REJECTED = "rejected";
  public static final String STATUS_DUPLICATE = "duplicate";
  public static final String KEY_HASH = "key_hash";

  /** Columns before the typed ones. */
  static final StructType LEADING = new StructType()
      .add("source_file", DataTypes.StringType, false)
      .add("file_order", DataTypes.IntegerType, false)
      .add("source_line", DataTypes.IntegerType, false)
      .add("raw_line", DataTypes.StringType, true)
      .add("locality", DataTypes.StringType, true)
      .add("reporting_unit", DataTypes.StringType, true)
      .add("locality_code", DataTypes.StringType, true);

  /** Columns after the typed ones. */
  static final StructType TRAILING = new StructType()
      .add("status", DataTypes.StringType, false)
      .add("column", DataTypes.StringType, true)
      .add("value", DataTypes.StringType, true)
      .add("reason_en", DataTypes.StringType, true)
      .add("reason_vi", DataTypes.StringType, true)
      .add("warning", DataTypes.StringType, true)
      .add(KEY_HASH, DataTypes.LongType, true)
      .add("reason_code", DataTypes.StringType, true)
      .add("warning_vi", DataTypes.StringType, true);

  private StagingSchema() {}

  /**
   * The staging name of a typed column: its own name, or {@code typed_<name>} when a lineage or
   * outcome column has that name (indicator_values has a typed {@code value} and {@code status},
   * which are also the rejected cell and the row's outcome). Curated rows take the typed name back.
   */
  public static String typedColumn(String name) {
    return java.util.Arrays.asList(LEADING.fieldNames()).contains(name)
        || java.util.Arrays.asList(TRAILING.fieldNames()).contains(name) ? "typed_" + name : name;
  }

  public static StructType of(FeedContract contract) {
    StructType schema = LEADING;
    for (StructField field : contract.typedSchema().fields()) {
      schema = schema.add(typedColumn(field.name()), field.dataType(), true);
    }
    for (StructField field : TRAILING.fields()) {
      schema = schema.add(field);
    }
    return schema;
  }
}
