package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.testing.SparkTestSession;

/** Duplicate and conflict rules (feeds.md §3–§4) on four-row in-memory deliveries. */
class KeyRulesTest {
  private final SparkSession spark = SparkTestSession.get();

  /** A staging row with lineage, key and typed values; everything else null. */
  static Row row(FeedContract contract, String file, int order, int line, String unit,
      String status, Object... typed) {
    StructType schema = StagingSchema.of(contract);
    Object[] values = new Object[schema.size()];
    values[schema.fieldIndex("source_file")] = file;
    values[schema.fieldIndex("file_order")] = order;
    values[schema.fieldIndex("source_line")] = line;
    values[schema.fieldIndex("reporting_unit")] = unit;
    values[schema.fieldIndex("locality_code")] = unit == null ? null : "03982";
    values[schema.fieldIndex("status")] = status;
    String[] names = contract.typedSchema().fieldNames();
    for (int i = 0; i < typed.length; i++) {
      values[schema.fieldIndex(names[i])] = typed[i];
    }
    if ("accepted".equals(status)) {
      Object[] all = Arrays.copyOf(typed, names.length);
      values[schema.fieldIndex("key_hash")] = KeyHash.of(contract).hash(all, unit);
    }
    return RowFactory.create(values);
  }

  /**
   * Settles the rows as the ingest does (on the driver: the rules over the accepted rows whose
   * key hash repeats, the other rows as they are) and checks that the rules in Spark tasks over
   * every accepted row (the path for very many repeated keys) give exactly the same rows.
   */
  private Dataset<Row> settle(FeedContract contract, Row... rows) {
    StructType schema = StagingSchema.of(contract);
    int status = schema.fieldIndex("status");
    int hash = schema.fieldIndex("key_hash");
    long[] hashes = Arrays.stream(rows).filter(r -> "accepted".equals(r.get(status)))
        .mapToLong(r -> r.getLong(hash)).toArray();
    long[] repeated = KeyHash.repeated(List.of(hashes)).hashes();
    List<Row> candidates = new ArrayList<>();
    List<Row> others = new ArrayList<>();
    List<Row> accepted = new ArrayList<>();
    List<Row> rejected = new ArrayList<>();
    for (Row r : rows) {
      boolean isAccepted = "accepted".equals(r.get(status));
      (isAccepted && Arrays.binarySearch(repeated, r.getLong(hash)) >= 0 ? candidates : others)
          .add(r);
      (isAccepted ? accepted : rejected).add(r);
    }
    List<Row> onDriver = new ArrayList<>(KeyRules.resolve(candidates, schema, contract));
    onDriver.addAll(others);
    Dataset<Row> settled = spark.createDataFrame(onDriver, schema);
    Dataset<Row> inTasks = KeyRules.resolve(spark.createDataFrame(accepted, schema), contract)
        .unionByName(spark.createDataFrame(rejected, schema));
    assertEquals(settled.count(), rows.length, "every row is settled once");
    assertEquals(0, settled.exceptAll(inTasks).count() + inTasks.exceptAll(settled).count(),
        "both paths settle the rows alike");
    return settled;
  }

  private Dataset<Row> expected(String... fileLineStatus) {
    List<Row> rows = new ArrayList<>();
    for (String s : fileLineStatus) {
      String[] p = s.split(":");
      rows.add(RowFactory.create(p[0], Integer.parseInt(p[1]), p[2]));
    }
    return spark.createDataFrame(rows, new StructType().add("source_file", "string", false)
        .add("source_line", "integer", false).add("status", "string", false));
  }

  @Test
  void equalRowsForTheSameKeyKeepTheFirstInFileNameOrder() {
    FeedContract c = Feed.VISITOR_COUNTS.contract();
    LocalDate day = LocalDate.of(2026, 1, 5);
    Dataset<Row> settled = settle(c,
        row(c, "b.csv", 1, 2, "thao nguyen", "accepted", day, "domestic", 10L),
        row(c, "a.csv", 0, 7, "thao nguyen", "accepted", day, "domestic", 10L),
        row(c, "a.csv", 0, 8, "co do", "accepted", day, "domestic", 10L),
        row(c, "a.csv", 0, 9, "thao nguyen", "rejected", null, null, null));
    SparkTestSession.assertSameRows(
        expected("a.csv:7:accepted", "b.csv:2:duplicate", "a.csv:8:accepted", "a.csv:9:rejected"),
        settled.select("source_file", "source_line", "status"));
    String reason = settled.filter("status = 'duplicate'").first().getAs("reason_en");
    assertTrue(reason.contains("duplicate of a.csv:7"), reason);
    Row duplicate = settled.filter("status = 'duplicate'").first();
    assertEquals("duplicate", duplicate.getAs("reason_code"));
    assertEquals("trùng lặp với a.csv:7 (cùng ngày, nguồn khách, địa bàn và lượt khách); chỉ tính"
        + " một lần", duplicate.getAs("reason_vi"));
  }

  @Test
  void differentValuesForTheSameKeyRejectEveryRowNamingTheOthers() {
    FeedContract c = Feed.VISITOR_COUNTS.contract();
    LocalDate day = LocalDate.of(2026, 1, 5);
    Dataset<Row> settled = settle(c,
        row(c, "a.csv", 0, 2, "thao nguyen", "accepted", day, "domestic", 10L),
        row(c, "a.csv", 0, 3, "thao nguyen", "accepted", day, "domestic", 10L),
        row(c, "b.csv", 1, 2, "thao nguyen", "accepted", day, "domestic", 12L),
        row(c, "b.csv", 1, 3, "thao nguyen", "accepted", day, "international", 12L));
    SparkTestSession.assertSameRows(
        expected("a.csv:2:rejected", "a.csv:3:rejected", "b.csv:2:rejected", "b.csv:3:accepted"),
        settled.select("source_file", "source_line", "status"));
    Row b2 = settled.filter("source_file = 'b.csv' and source_line = 2").first();
    String reason = b2.getAs("reason_en");
    assertTrue(reason.startsWith("conflict: same date, origin, locality as a.csv:2, a.csv:3"),
        reason);
    assertEquals("arrivals", b2.getAs("column"));
    assertEquals("conflict", b2.getAs("reason_code"));
  }

  @Test
  void staysKeepTheFirstOfIdenticalRowsAndTheLastOfDifferingRows() {
    FeedContract c = Feed.STAYS.contract();
    LocalDate in = LocalDate.of(2026, 1, 5);
    LocalDate out = LocalDate.of(2026, 1, 6);
    Object[] base = {"R1", "CS-0001", in, out, 2, "VN", "domestic", 1, 2L, true, false, false};
    Object[] corrected = {"R2", "CS-0001", in, out, 3, "VN", "domestic", 1, 3L, true, false, false};
    Object[] original = {"R2", "CS-0001", in, out, 2, "VN", "domestic", 1, 2L, true, false, false};
    Dataset<Row> settled = settle(c,
        row(c, "a.csv", 0, 2, null, "accepted", base),
        row(c, "b.csv", 1, 2, null, "accepted", base),
        row(c, "a.csv", 0, 3, null, "accepted", original),
        row(c, "b.csv", 1, 3, null, "accepted", corrected));
    SparkTestSession.assertSameRows(
        expected("a.csv:2:accepted", "b.csv:2:duplicate", "a.csv:3:duplicate", "b.csv:3:accepted"),
        settled.select("source_file", "source_line", "status"));
    String replaced = settled.filter("source_file = 'a.csv' and source_line = 3").first()
        .getAs("reason_en");
    assertTrue(replaced.startsWith("replaced by b.csv:3"), replaced);
    assertEquals("replaced", settled.filter("source_file = 'a.csv' and source_line = 3").first()
        .getAs("reason_code"));
    assertEquals("duplicate", settled.filter("source_file = 'b.csv' and source_line = 2").first()
        .getAs("reason_code"));
  }

  @Test
  void revenueConflictsAreJudgedInDong() {
    FeedContract c = Feed.REVENUE.contract();
    java.math.BigDecimal dong = new java.math.BigDecimal("1500000000");
    Dataset<Row> settled = settle(c,
        row(c, "a.csv", 0, 2, "thao nguyen", "accepted", "2026-01", "other",
            new java.math.BigDecimal("1.500000"), "billion_dong", dong),
        row(c, "a.csv", 0, 3, "thao nguyen", "accepted", "2026-01", "other",
            new java.math.BigDecimal("1500.000000"), "million_dong", dong));
    SparkTestSession.assertSameRows(expected("a.csv:2:accepted", "a.csv:3:duplicate"),
        settled.select("source_file", "source_line", "status"));
  }
}
