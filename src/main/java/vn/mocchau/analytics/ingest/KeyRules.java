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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Which rows go through the rules is the caller's choice: only accepted rows whose key occurs
 * more than once can be affected, so the ingest passes just the rows whose key hash
 * ({@link KeyHash}) repeats, and the other rows never leave their partition.
 */
public final class KeyRules {
  private static final String LINEAGE = "_lineage";

  private KeyRules() {}

  /**
   * The rules over accepted rows that may share keys: every row comes back once, with its status
   * (accepted, duplicate or rejected) and, when it is not accepted, the reason. The result is the
   * same whether other accepted rows, whose keys occur once, are included or not.
   */
  public static Dataset<Row> resolve(Dataset<Row> candidates, FeedContract contract) {
    return byWindow(candidates, contract);
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
    // withColumns, not a chain of withColumn: each withColumn re-analyses the whole plan.
    Map<String, Column> lineage = new LinkedHashMap<>();
    lineage.put(LINEAGE, concat(col("source_file"), lit(":"), col("source_line")));
    lineage.put("_signature", signature);
    Map<String, Column> windows = new LinkedHashMap<>();
    windows.put("_distinct_values", size(collect_set(col("_signature")).over(group)));
    windows.put("_rank", row_number().over(fileOrder));
    windows.put("_rank_from_last", row_number().over(reverseOrder));
    windows.put("_first", first(col(LINEAGE)).over(whole));
    windows.put("_last", first(col(LINEAGE)).over(
        reverseOrder.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())));
    windows.put("_group", expr("transform(array_sort(collect_list(struct(file_order, "
        + "source_line, " + LINEAGE + ")) over (partition by "
        + String.join(", ", keyNames) + ")), x -> x." + LINEAGE + ")"));
    Dataset<Row> ranked = checked.withColumns(lineage).withColumns(windows);

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
    Map<String, Column> outcome = new LinkedHashMap<>();
    outcome.put("status", status);
    outcome.put("column", column);
    outcome.put("value", value);
    outcome.put("reason_en", reasonEn);
    outcome.put("reason_vi", reasonVi);
    Dataset<Row> settled = ranked.withColumns(outcome)
        .select(java.util.Arrays.stream(checked.columns()).map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new));
    return settled;
  }
}
