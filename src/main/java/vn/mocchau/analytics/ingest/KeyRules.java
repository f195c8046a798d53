package vn.mocchau.analytics.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.ReasonCode;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/**
 * Duplicate and conflict rules within one delivery (feeds.md §3–§4), applied to rows that passed
 * the row checks. Files are taken in code-point order of their names and rows in file order.
 *
 * <ul>
 *   <li>{@code CONFLICTS_REJECT_ALL}: rows sharing a key with equal values — the first is kept, the
 *       others become duplicates of it; with different values — all are rejected, each naming the
 *       others.
 *   <li>{@code LAST_ROW_WINS}: identical rows — the first is kept; differing rows — the last in
 *       file order is kept and the earlier ones are counted as replaced duplicates.
 * </ul>
 *
 * <p>Only accepted rows whose key occurs more than once can be affected, so the ingest passes
 * just the rows whose key hash ({@link KeyHash}) repeats. The rules are one piece of plain Java
 * ({@link #settle}) over the rows of one key hash, run either on the driver for a list of rows
 * ({@link #resolve(List, StructType, FeedContract)}: the usual few) or in Spark tasks after a
 * shuffle by key hash ({@link #resolve(Dataset, FeedContract)}: very many).
 */
public final class KeyRules implements Serializable {
  private final StructType schema;
  private final FeedContract contract;
  private final int[] keyFields;
  private final int[] valueFields;
  private final int sourceFile;
  private final int fileOrder;
  private final int sourceLine;
  private final int status;
  private final int column;
  private final int value;
  private final int reasonEn;
  private final int reasonVi;
  private final int reasonCode;
  private final int keyHash;
  private final String keyText;
  private final String valueName;
  private final String keyTextVi;
  private final String valueNameVi;

  private KeyRules(StructType schema, FeedContract contract) {
    this.schema = schema;
    this.contract = contract;
    List<String> keyNames = new ArrayList<>(contract.keyColumns());
    if (contract.keyedByReportingUnit()) {
      keyNames.add("reporting_unit");
    }
    this.keyFields = keyNames.stream().map(name -> name.equals("reporting_unit") ? name
        : StagingSchema.typedColumn(name)).mapToInt(schema::fieldIndex).toArray();
    this.valueFields = contract.valueColumns().stream().map(StagingSchema::typedColumn)
        .mapToInt(schema::fieldIndex).toArray();
    this.sourceFile = schema.fieldIndex("source_file");
    this.fileOrder = schema.fieldIndex("file_order");
    this.sourceLine = schema.fieldIndex("source_line");
    this.status = schema.fieldIndex("status");
    this.column = schema.fieldIndex("column");
    this.value = schema.fieldIndex("value");
    this.reasonEn = schema.fieldIndex("reason_en");
    this.reasonVi = schema.fieldIndex("reason_vi");
    this.reasonCode = schema.fieldIndex("reason_code");
    this.keyHash = schema.fieldIndex(StagingSchema.KEY_HASH);
    this.keyText = String.join(", ", keyNames).replace("reporting_unit", "locality");
    this.valueName = String.join(", ", contract.valueColumns());
    this.keyTextVi = String.join(", ", keyNames.stream().map(contract::viName).toList());
    this.valueNameVi = String.join(", ", contract.valueColumns().stream().map(contract::viName)
        .toList());
  }

  /** The rules over rows held on the driver: every row comes back once, settled. */
  public static List<Row> resolve(List<Row> candidates, StructType schema,
      FeedContract contract) {
    KeyRules rules = new KeyRules(schema, contract);
    List<Row> sorted = new ArrayList<>(candidates);
    sorted.sort(rules.order());
    List<Row> settled = new ArrayList<>(sorted.size());
    rules.settle(sorted.iterator()).forEachRemaining(settled::add);
    return settled;
  }

  /**
   * The rules in Spark tasks: rows are shuffled by key hash and sorted within each partition, so
   * the rows of one key arrive together, in file order.
   */
  public static Dataset<Row> resolve(Dataset<Row> candidates, FeedContract contract) {
    StructType schema = candidates.schema();
    KeyRules rules = new KeyRules(schema, contract);
    JavaRDD<Row> settled = candidates
        .repartition(col(StagingSchema.KEY_HASH))
        .sortWithinPartitions(StagingSchema.KEY_HASH, "file_order", "source_line")
        .toJavaRDD()
        .mapPartitions(rules::settle);
    return candidates.sparkSession().createDataFrame(settled, schema);
  }

  /** Key hash, then file order, then line: the order {@link #settle} expects. */
  private Comparator<Row> order() {
    return Comparator.<Row>comparingLong(r -> r.getLong(keyHash))
        .thenComparingInt(r -> r.getInt(fileOrder))
        .thenComparingInt(r -> r.getInt(sourceLine));
  }

  /**
   * Settles rows sorted by key hash, then file order and line; rows sharing a hash are split by
   * their exact key first (two keys may share a hash).
   */
  Iterator<Row> settle(Iterator<Row> sorted) {
    return new Iterator<>() {
      private Row next = sorted.hasNext() ? sorted.next() : null;
      private Iterator<Row> group = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!group.hasNext() && next != null) {
          long hash = next.getLong(keyHash);
          Map<List<Object>, List<Row>> byKey = new LinkedHashMap<>();
          while (next != null && next.getLong(keyHash) == hash) {
            byKey.computeIfAbsent(key(next), k -> new ArrayList<>()).add(next);
            next = sorted.hasNext() ? sorted.next() : null;
          }
          List<Row> out = new ArrayList<>();
          byKey.values().forEach(rows -> out.addAll(settleKey(rows)));
          group = out.iterator();
        }
        return group.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return group.next();
      }
    };
  }

  private List<Object> key(Row row) {
    List<Object> key = new ArrayList<>(keyFields.length);
    for (int field : keyFields) {
      key.add(row.get(field));
    }
    return key;
  }

  /** The rows of one key, in file order. */
  private List<Row> settleKey(List<Row> rows) {
    List<String> lineage = rows.stream()
        .map(r -> r.getString(sourceFile) + ":" + r.getInt(sourceLine)).toList();
    List<List<String>> values = rows.stream().map(this::valueTexts).toList();
    boolean conflict = values.stream().distinct().count() > 1;
    String first = lineage.get(0);
    String last = lineage.get(lineage.size() - 1);
    List<Row> settled = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Outcome outcome;
      if (contract.duplicatePolicy() == FeedContract.DuplicatePolicy.CONFLICTS_REJECT_ALL) {
        if (conflict) {
          List<String> others = new ArrayList<>(lineage);
          others.remove(i);
          String named = String.join(", ", others);
          outcome = new Outcome(StagingSchema.STATUS_REJECTED, contract.valueColumns().get(0),
              String.join("|", values.get(i)), ReasonCode.CONFLICT,
              Notice.of(Reason.KEY_CONFLICT, keyName(), named, valueNames()));
        } else if (i > 0) {
          outcome = new Outcome(StagingSchema.STATUS_DUPLICATE, null, null, ReasonCode.DUPLICATE,
              Notice.of(Reason.KEY_DUPLICATE, first, keyName(), valueNames()));
        } else {
          outcome = Outcome.ACCEPTED;
        }
      } else {
        boolean kept = conflict ? i == rows.size() - 1 : i == 0;
        if (kept) {
          outcome = Outcome.ACCEPTED;
        } else if (conflict) {
          outcome = new Outcome(StagingSchema.STATUS_DUPLICATE, null, null, ReasonCode.REPLACED,
              Notice.of(Reason.KEY_REPLACED, last, keyName()));
        } else {
          outcome = new Outcome(StagingSchema.STATUS_DUPLICATE, null, null, ReasonCode.DUPLICATE,
              Notice.of(Reason.KEY_IDENTICAL, first, keyName()));
        }
      }
      settled.add(with(rows.get(i), outcome));
    }
    return settled;
  }

  /** The row's value columns as text, as the quarantine shows them; "∅" for an empty value. */
  private List<String> valueTexts(Row row) {
    List<String> texts = new ArrayList<>(valueFields.length);
    for (int field : valueFields) {
      Object v = row.get(field);
      texts.add(v == null ? "∅" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
    }
    return texts;
  }

  private Row with(Row row, Outcome outcome) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[status] = outcome.status();
    values[column] = outcome.column();
    values[value] = outcome.value();
    values[reasonEn] = outcome.reasonEn();
    values[reasonVi] = outcome.reasonVi();
    values[reasonCode] = outcome.code();
    return new GenericRowWithSchema(values, schema);
  }

  /** The key's columns as each language names them ("date, locality, origin" / "ngày, ..."). */
  private Localized keyName() {
    return Localized.of(keyTextVi, keyText);
  }

  /** The value columns as each language names them. */
  private Localized valueNames() {
    return Localized.of(valueNameVi, valueName);
  }

  private record Outcome(String status, String column, String value, String code,
      String reasonEn, String reasonVi) {
    static final Outcome ACCEPTED = new Outcome(StagingSchema.STATUS_ACCEPTED, null, null, null,
        null, null);

    Outcome(String status, String column, String value, String code, Notice reason) {
      this(status, column, value, code, reason.en(), reason.vi());
    }
  }
}
