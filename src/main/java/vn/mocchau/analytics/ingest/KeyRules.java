package vn.mocchau.analytics.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import vn.mocchau.analytics.contract.FeedContract;

/**
 * Duplicate and conflict rules within one delivery (feeds.md §3–§4), applied to rows that passed
 * the row checks; rejected rows pass through unchanged. Files are taken in code-point order of
 * their names and rows in file order.
 *
 * <ul>
 *   <li>{@code CONFLICTS_REJECT_ALL}: rows sharing a key with equal values — the first is kept, the
 *       others become duplicates of it; with different values — all are rejected, each naming the
 *       others.
 *   <li>{@code LAST_ROW_WINS}: identical rows — the first is kept; differing rows — the last in
 *       file order is kept and the earlier ones are counted as replaced duplicates.
 * </ul>
 *
 * <p>Cost: one narrow shuffle of the key columns to find the keys that repeat, then the window
 * rules over the rows with those keys only (see {@link #settle(Dataset, FeedContract, int)}).
 */
public final class KeyRules {
  private static final String LINEAGE = "_lineage";

  private KeyRules() {}

  /** Above this many repeated keys, the rules run over every row instead of the repeated ones. */
  static final int MAX_REPEATED_KEYS = 200_000;

  public static Dataset<Row> settle(Dataset<Row> rows, FeedContract contract) {
    return settle(rows, contract, MAX_REPEATED_KEYS);
  }

  /**
   * Most keys occur once, and a row whose key occurs once is accepted as it is. So the keys that
   * occur more than once are found first, from the key columns alone (a narrow shuffle), and
   * only the rows with those keys go through the window rules; the others never leave their
   * partition. This is an action: it runs one Spark job. With more than {@code maxRepeatedKeys}
   * repeated keys the rules run over all rows (one shuffle of whole rows), with the same result.
   */
  static Dataset<Row> settle(Dataset<Row> rows, FeedContract contract, int maxRepeatedKeys) {
    List<String> keyNames = keyNames(contract);
    String accepted = StagingSchema.STATUS_ACCEPTED;
    Dataset<Row> checked = rows.filter(col("status").equalTo(accepted));
    Dataset<Row> passedThrough = rows.filter(col("status").notEqual(accepted));
    Column[] key = keyNames.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Dataset<Row> repeatedKeys = checked.groupBy(key).count().filter(col("count").gt(1))
        .drop("count");
    List<Row> repeated = repeatedKeys.limit(maxRepeatedKeys + 1).collectAsList();
    if (repeated.isEmpty()) {
      return checked.unionByName(passedThrough);
    }
    if (repeated.size() > maxRepeatedKeys) {
      return byWindow(checked, contract).unionByName(passedThrough);
    }
    Dataset<Row> keys = org.apache.spark.sql.functions.broadcast(rows.sparkSession()
        .createDataFrame(repeated, repeatedKeys.schema()));
    Column sameKey = null;
    for (String name : keyNames) {
      Column equal = checked.col(name).eqNullSafe(keys.col(name));
      sameKey = sameKey == null ? equal : sameKey.and(equal);
    }
    Dataset<Row> withRepeatedKey = checked.join(keys, sameKey, "left_semi");
    Dataset<Row> withSingleKey = checked.join(keys, sameKey, "left_anti");
    return byWindow(withRepeatedKey, contract).unionByName(withSingleKey)
        .unionByName(passedThrough);
  }

  private static List<String> keyNames(FeedContract contract) {
    List<String> keyNames = new ArrayList<>(contract.keyColumns());
    if (contract.keyedByReportingUnit()) {
      keyNames.add("reporting_unit");
    }
    return keyNames;
  }

  /** The duplicate and conflict rules over rows that all passed the row checks. */
  private static Dataset<Row> byWindow(Dataset<Row> checked, FeedContract contract) {
    List<String> keyNames = keyNames(contract);
    Column[] key = keyNames.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    List<Column> valueParts = new ArrayList<>();
    for (String value : contract.valueColumns()) {
      valueParts.add(coalesce(col(value).cast("string"), lit("∅")));
    }
    Column signature = concat_ws("|", valueParts.toArray(Column[]::new));

    WindowSpec group = Window.partitionBy(key);
    WindowSpec fileOrder = group.orderBy(col("file_order"), col("source_line"));
    WindowSpec reverseOrder = group.orderBy(col("file_order").desc(), col("source_line").desc());
    WindowSpec whole = fileOrder.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());

    String accepted = StagingSchema.STATUS_ACCEPTED;
    Dataset<Row> ranked = checked
        .withColumn(LINEAGE, concat(col("source_file"), lit(":"), col("source_line")))
        .withColumn("_signature", signature)
        .withColumn("_distinct_values", size(collect_set(col("_signature")).over(group)))
        .withColumn("_rank", row_number().over(fileOrder))
        .withColumn("_rank_from_last", row_number().over(reverseOrder))
        .withColumn("_first", first(col(LINEAGE)).over(whole))
        .withColumn("_last", first(col(LINEAGE)).over(
            reverseOrder.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())))
        .withColumn("_group", expr("transform(array_sort(collect_list(struct(file_order, "
            + "source_line, " + LINEAGE + ")) over (partition by "
            + String.join(", ", keyNames) + ")), x -> x." + LINEAGE + ")"));

    String keyText = String.join(", ", keyNames).replace("reporting_unit", "locality");
    Column conflict = col("_distinct_values").gt(1);
    Column others = concat_ws(", ", expr("array_remove(_group, " + LINEAGE + ")"));
    Column status;
    Column reasonEn;
    Column reasonVi;
    Column column = lit(null).cast("string");
    Column value = lit(null).cast("string");
    if (contract.duplicatePolicy() == FeedContract.DuplicatePolicy.CONFLICTS_REJECT_ALL) {
      String valueName = String.join(", ", contract.valueColumns());
      status = when(conflict, lit(StagingSchema.STATUS_REJECTED))
          .when(col("_rank").gt(1), lit(StagingSchema.STATUS_DUPLICATE))
          .otherwise(lit(accepted));
      reasonEn = when(conflict, concat(lit("conflict: same " + keyText + " as "), others,
              lit(" but a different " + valueName + "; all rows of this key are rejected")))
          .when(col("_rank").gt(1), concat(lit("duplicate of "), col("_first"),
              lit(" (same " + keyText + " and " + valueName + "); counted once")));
      reasonVi = when(conflict, concat(lit("mâu thuẫn: trùng " + keyText + " với "), others,
              lit(" nhưng khác " + valueName + "; mọi dòng của khóa này bị loại")))
          .when(col("_rank").gt(1), concat(lit("trùng lặp với "), col("_first"),
              lit(" (cùng " + keyText + " và " + valueName + "); chỉ tính một lần")));
      column = when(conflict, lit(contract.valueColumns().get(0)));
      value = when(conflict, col("_signature"));
    } else {
      Column kept = when(conflict, col("_rank_from_last").equalTo(1))
          .otherwise(col("_rank").equalTo(1));
      status = when(kept, lit(accepted)).otherwise(lit(StagingSchema.STATUS_DUPLICATE));
      reasonEn = when(kept, lit(null).cast("string"))
          .when(conflict, concat(lit("replaced by "), col("_last"),
              lit(" (a later row with the same " + keyText + " wins)")))
          .otherwise(concat(lit("duplicate of "), col("_first"),
              lit(" (identical row, same " + keyText + "); counted once")));
      reasonVi = when(kept, lit(null).cast("string"))
          .when(conflict, concat(lit("được thay bằng "), col("_last"),
              lit(" (dòng sau cùng " + keyText + " được giữ)")))
          .otherwise(concat(lit("trùng lặp với "), col("_first"),
              lit(" (dòng giống hệt, cùng " + keyText + "); chỉ tính một lần")));
    }
    Dataset<Row> settled = ranked
        .withColumn("status", status)
        .withColumn("column", column)
        .withColumn("value", value)
        .withColumn("reason_en", reasonEn)
        .withColumn("reason_vi", reasonVi)
        .select(java.util.Arrays.stream(checked.columns()).map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new));
    return settled;
  }
}
