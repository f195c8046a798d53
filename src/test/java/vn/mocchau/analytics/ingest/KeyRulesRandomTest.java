package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.testing.SparkTestSession;

/**
 * The key rules on random deliveries of every feed, full of repeats, equal and differing: each row
 * comes back once, each key keeps what its policy says, and the rules on the driver and in Spark
 * tasks agree. (While the rules moved from Spark window functions to plain Java, this test also
 * compared the two implementations on the same deliveries: identical rows.)
 */
class KeyRulesRandomTest {
  private final SparkSession spark = SparkTestSession.get();

  /** An accepted staging row (see {@link KeyRulesTest#row}). */
  private static Row row(FeedContract contract, String file, int order, int line, String unit,
      Object... typed) {
    return KeyRulesTest.row(contract, file, order, line, unit, "accepted", typed);
  }

  private void check(FeedContract c, List<Row> rows) {
    StructType schema = StagingSchema.of(c);
    List<Row> onDriver = KeyRules.resolve(rows, schema, c);
    assertEquals(rows.size(), onDriver.size(), "every row comes back once");
    java.util.Map<List<Object>, List<String>> statusesByKey = new java.util.HashMap<>();
    for (Row r : onDriver) {
      List<Object> key = new ArrayList<>();
      for (String k : c.keyColumns()) {
        key.add(r.getAs(k));
      }
      if (c.keyedByReportingUnit()) {
        key.add(r.getAs("reporting_unit"));
      }
      statusesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r.getAs("status"));
    }
    boolean sawConflictOrDuplicate = false;
    for (List<String> statuses : statusesByKey.values()) {
      long kept = statuses.stream().filter("accepted"::equals).count();
      sawConflictOrDuplicate |= statuses.size() > 1;
      if (c.duplicatePolicy() == FeedContract.DuplicatePolicy.LAST_ROW_WINS) {
        assertEquals(1, kept, c.feed() + ": one row of each key is kept");
      } else {
        assertTrue(kept == 1 || statuses.stream().allMatch("rejected"::equals),
            c.feed() + ": one row kept, or every row of a conflicting key rejected");
      }
    }
    assertTrue(sawConflictOrDuplicate, "the random delivery repeats keys");
    Dataset<Row> driver = spark.createDataFrame(onDriver, schema);
    Dataset<Row> inTasks = KeyRules.resolve(spark.createDataFrame(rows, schema), c);
    assertEquals(0, inTasks.exceptAll(driver).count() + driver.exceptAll(inTasks).count(),
        c.feed() + ": the driver and the tasks settle alike");
  }

  @Test
  void randomDeliveriesKeepOneRowPerKeyOnTheDriverAndInTasksAlike() {
    Random r = new Random(7);
    for (int round = 0; round < 2; round++) {
      FeedContract v = Feed.VISITOR_COUNTS.contract();
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        rows.add(row(v, "f" + r.nextInt(3) + ".csv", r.nextInt(3), 2 + i,
            r.nextBoolean() ? "thao nguyen" : "moc chau",
            LocalDate.of(2026, 10, 1 + r.nextInt(4)), r.nextBoolean() ? "domestic" : "international",
            (long) r.nextInt(3)));
      }
      fix(rows, StagingSchema.of(v));
      check(v, rows);
      FeedContract rev = Feed.REVENUE.contract();
      rows = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        BigDecimal vnd = new BigDecimal(r.nextInt(3) * 500_000_000L);
        rows.add(row(rev, "r" + r.nextInt(2) + ".csv", r.nextInt(2), 2 + i, "thao nguyen",
            "2026-" + (9 + r.nextInt(2)), "s" + r.nextInt(3), new BigDecimal("1.500000"),
            "billion_dong", vnd));
      }
      fix(rows, StagingSchema.of(rev));
      check(rev, rows);
      FeedContract corn = Feed.BIOMASS_CORN.contract();
      rows = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        rows.add(row(corn, "c.csv", 0, 2 + i, "thao nguyen", 2025 + r.nextInt(2),
            r.nextBoolean() ? "spring" : "autumn", new BigDecimal("12.5000"),
            r.nextBoolean() ? null : new BigDecimal("10.0000"), new BigDecimal(r.nextInt(2) + ".5000"),
            r.nextBoolean() ? null : (long) r.nextInt(2)));
      }
      fix(rows, StagingSchema.of(corn));
      check(corn, rows);
      FeedContract s = Feed.STAYS.contract();
      rows = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        LocalDate in = LocalDate.of(2026, 10, 1 + r.nextInt(3));
        rows.add(row(s, "s" + r.nextInt(3) + ".csv", r.nextInt(3), 2 + i, null,
            "R" + r.nextInt(120), "CS-000" + r.nextInt(2), in, r.nextBoolean() ? null : in.plusDays(1),
            1 + r.nextInt(2), "VN", "domestic", 1, 2L, true, false, false));
      }
      fix(rows, StagingSchema.of(s));
      check(s, rows);
    }
  }

  /** Sets each row's file order from its file name ("f2.csv" is file 2), as the scanner does. */
  private static void fix(List<Row> rows, StructType schema) {
    int file = schema.fieldIndex("source_file");
    int order = schema.fieldIndex("file_order");
    for (int i = 0; i < rows.size(); i++) {
      Object[] v = new Object[schema.size()];
      for (int f = 0; f < v.length; f++) {
        v[f] = rows.get(i).get(f);
      }
      String name = (String) v[file];
      v[order] = name.charAt(1) - '0';
      rows.set(i, RowFactory.create(v));
    }
  }
}
