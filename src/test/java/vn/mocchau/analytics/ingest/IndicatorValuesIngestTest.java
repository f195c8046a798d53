package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.curate.CuratedTables;
import vn.mocchau.analytics.curate.CuratedWriter;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.IndicatorRegistry;
import vn.mocchau.analytics.testing.SparkTestSession;

/**
 * One delivery month of indicator_values through the ingest (Spark, small files): the key rules
 * on the resolved key (a conflict pair rejected whole, a repeat with another status a duplicate,
 * across files in code-point order), the row accounting, the reject reasons, and the curated
 * folder as the agreed layout (column names, types, values).
 */
class IndicatorValuesIngestTest {
  private final SparkSession spark = SparkTestSession.get();

  /** Copies fixture files into RAW/indicator_values/MONTH/. */
  static Path delivery(java.nio.file.Path raw, String month, String... fixtures)
      throws Exception {
    java.nio.file.Path folder = Files.createDirectories(raw.resolve("indicator_values/" + month));
    for (String fixture : fixtures) {
      Files.copy(Fixtures.resource("fixtures/files/indicator_values/" + fixture),
          folder.resolve(fixture));
    }
    return new Path(raw.toUri());
  }

  @Test
  void aMonthIsSettledOnItsResolvedKeyAndCuratedAsAgreed(@TempDir java.nio.file.Path root)
      throws Exception {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    YearMonth month = YearMonth.of(2026, 3);
    Path raw = delivery(root.resolve("raw"), "2026-03", "bare-95-share.csv", "conflict-pair.csv",
        "duplicate-other-status.csv", "gzip.csv.gz");
    Delivery delivery = new DeliveryScanner(raw, conf).scan("indicator_values", month);
    FeedIngest.Result result = new FeedIngest(spark, IndicatorRegistry.reference())
        .ingest(Feed.INDICATOR_VALUES.contract(), delivery, month);
    try {
      // bare-95-share.csv: line 2 (ward_tea_output 2025 = 800) accepted, line 3 ('95' for a
      //   share) rejected.
      // conflict-pair.csv: line 2 repeats bare-95-share.csv:2 (same key, same value): a
      //   duplicate; lines 3-4 give (ward_tea_output, 2024, ward) as '03982' = 800 and
      //   'P. Thảo Nguyên' = 810: one key once resolved, two values: both rejected.
      // duplicate-other-status.csv: 0.93 estimate, 93% official, 0,930 preliminary: one value,
      //   the first kept, two duplicates.
      // gzip.csv.gz: one row accepted.
      Map<String, FeedIngest.FileCounts> counts = result.countsByFile;
      assertEquals(new FeedIngest.FileCounts("indicator_values/2026-03/bare-95-share.csv", 2, 1, 1,
          0), counts.get("indicator_values/2026-03/bare-95-share.csv"));
      assertEquals(new FeedIngest.FileCounts("indicator_values/2026-03/conflict-pair.csv", 3, 0,
          2, 1), counts.get("indicator_values/2026-03/conflict-pair.csv"));
      assertEquals(new FeedIngest.FileCounts("indicator_values/2026-03/duplicate-other-status.csv",
          3, 1, 0, 2), counts.get("indicator_values/2026-03/duplicate-other-status.csv"));
      assertEquals(new FeedIngest.FileCounts("indicator_values/2026-03/gzip.csv.gz", 1, 1, 0, 0),
          counts.get("indicator_values/2026-03/gzip.csv.gz"));
      long read = result.total(FeedIngest.FileCounts::read);
      assertEquals(9, read);
      assertEquals(read, result.total(FeedIngest.FileCounts::accepted)
          + result.total(FeedIngest.FileCounts::rejected)
          + result.total(FeedIngest.FileCounts::duplicates), "read = accepted + rejected +"
          + " duplicates");
      assertEquals(3, result.accepted.count());

      // Write the month as jobs/monthly does, and read it back by column name.
      java.nio.file.Path out = root.resolve("out");
      String curated = out.resolve(OutputLayout.curated("indicator_values", month)).toString();
      String quarantine = out.resolve(OutputLayout.quarantine("indicator_values", month))
          .toString();
      List<Row> rejects = CuratedWriter.write(spark, result, curated, quarantine);
      assertEquals(6, rejects.size(), "3 rejected + 3 duplicates");

      Dataset<Row> written = spark.read().parquet(curated);
      assertEquals(List.of("source_file", "source_line", "locality_code", "indicator_id",
          "period", "scope", "value", "status", "source", "note", "warning", "warning_vi"),
          Arrays.asList(written.columns()), "the agreed curated layout");
      assertEquals("decimal(24,6)", written.schema().apply("value").dataType().simpleString());
      assertEquals("string", written.schema().apply("period").dataType().simpleString());
      Map<String, Row> byId = written.collectAsList().stream()
          .collect(Collectors.toMap(r -> r.<String>getAs("indicator_id") + " "
              + r.<String>getAs("period"), r -> r));
      assertEquals(3, byId.size());
      Row tea = byId.get("ward_tea_output 2025");
      assertEquals("indicator_values/2026-03/bare-95-share.csv", tea.getAs("source_file"));
      assertEquals(2, ((Number) tea.getAs("source_line")).intValue());
      assertEquals("03982", tea.getAs("locality_code"));
      assertEquals("thao_nguyen_ward", tea.getAs("scope"));
      assertEquals(new BigDecimal("800.000000"), tea.getAs("value"));
      assertEquals("official", tea.getAs("status"));
      assertEquals("UBND phường", tea.getAs("source"));
      Row insurance = byId.get("ward_health_insurance 2024");
      assertEquals(new BigDecimal("0.930000"), insurance.getAs("value"));
      assertEquals("estimate", insurance.getAs("status"), "the first of the repeats is kept");
      assertEquals("ước", insurance.getAs("note"));
      Row visitors = byId.get("visitors 2025");
      assertEquals("tourism_area", visitors.getAs("scope"));
      assertTrue(visitors.isNullAt(visitors.fieldIndex("locality_code")));
      assertEquals(new BigDecimal("4066680.000000"), visitors.getAs("value"));

      Dataset<Row> quarantined = spark.read().parquet(quarantine);
      List<Row> conflicts = quarantined.filter("reason_code = 'conflict'").orderBy("source_line")
          .collectAsList();
      assertEquals(2, conflicts.size());
      assertEquals("rejected", conflicts.get(0).getAs("status"));
      assertEquals("value", conflicts.get(0).getAs("column"));
      assertEquals("800.000000", conflicts.get(0).getAs("value"));
      assertEquals("conflict: same indicator_id, period, scope as"
          + " indicator_values/2026-03/conflict-pair.csv:4 but a different value; all rows of"
          + " this key are rejected", conflicts.get(0).getAs("reason_en"));
      assertEquals("mâu thuẫn: trùng mã chỉ tiêu, kỳ, phạm vi với"
          + " indicator_values/2026-03/conflict-pair.csv:4 nhưng khác giá trị; mọi dòng của khóa"
          + " này bị loại", conflicts.get(0).getAs("reason_vi"));
      assertEquals("810.000000", conflicts.get(1).getAs("value"));
      assertEquals(3, quarantined.filter("status = 'duplicate'").count());
      assertEquals(1, quarantined.filter("reason_code = 'bad_share'").count());
      assertEquals(List.of("indicator_values/2026-03/bare-95-share.csv"), quarantined
          .filter("status = 'duplicate' and source_file like '%conflict-pair.csv'")
          .collectAsList().stream().map(r -> ((String) r.getAs("reason_en"))
              .replaceAll("^duplicate of (.*):2 .*$", "$1")).toList(),
          "the repeat in a later file is the duplicate of the earlier file's row");
      // The key rules give the same month when run in Spark tasks, or over every accepted row.
      for (FeedIngest other : new FeedIngest[] {
          new FeedIngest(spark, IndicatorRegistry.reference(), 0, Integer.MAX_VALUE,
              Long.MAX_VALUE),
          new FeedIngest(spark, IndicatorRegistry.reference(), 0, 0, Long.MAX_VALUE)}) {
        FeedIngest.Result settled = other.ingest(Feed.INDICATOR_VALUES.contract(), delivery,
            month);
        try {
          assertEquals(result.countsByFile, settled.countsByFile);
          assertEquals(result.notAccepted, settled.notAccepted, "same quarantine, same order");
          assertEquals(0, result.accepted.exceptAll(settled.accepted).count()
              + settled.accepted.exceptAll(result.accepted).count());
        } finally {
          settled.release();
        }
      }
    } finally {
      result.release();
    }
  }

  /**
   * The delivery month is the folder, the value's period is a column of the same name: read
   * with partition discovery, the folder would win; {@link CuratedTables#deliveries} keeps
   * both.
   */
  @Test
  void everyDeliveryIsReadWithItsOwnPeriodAndItsDeliveryMonth(@TempDir java.nio.file.Path root)
      throws Exception {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    java.nio.file.Path out = root.resolve("out");
    for (String[] monthAndFile : new String[][] {{"2026-02", "missing-source.csv"},
        {"2026-03", "gzip.csv.gz"}}) {
      YearMonth month = YearMonth.parse(monthAndFile[0]);
      Path raw = delivery(root.resolve("raw"), monthAndFile[0], monthAndFile[1]);
      FeedIngest.Result result = new FeedIngest(spark, IndicatorRegistry.reference())
          .ingest(Feed.INDICATOR_VALUES.contract(),
              new DeliveryScanner(raw, conf).scan("indicator_values", month), month);
      try {
        CuratedWriter.write(spark, result,
            out.resolve(OutputLayout.curated("indicator_values", month)).toString(),
            out.resolve(OutputLayout.quarantine("indicator_values", month)).toString());
      } finally {
        result.release();
      }
    }
    String table = out.resolve(OutputLayout.curated("indicator_values")).toString();
    List<String> rows = CuratedTables.deliveries(spark, table)
        .selectExpr("concat_ws(' ', indicator_id, period, delivered, source_file)")
        .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    assertEquals(List.of(
        "visitors 2025 2026-03 indicator_values/2026-03/gzip.csv.gz",
        "ward_tea_output 2025 2026-02 indicator_values/2026-02/missing-source.csv"), rows);
    // Why deliveries exists: partition discovery puts the folder's month in `period`.
    List<String> discovered = spark.read().parquet(table).selectExpr("cast(period as string)")
        .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    assertFalse(discovered.contains("2025"), "the folder wins: " + discovered);
    assertTrue(discovered.stream().allMatch(p -> p.startsWith("2026")), discovered.toString());
  }
}
