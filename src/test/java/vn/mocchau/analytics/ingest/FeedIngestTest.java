package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.testing.SparkTestSession;

/**
 * The three ways the ingest settles rows that share a key give the same month: on the driver (a
 * few repeated keys, the usual case), in Spark tasks after a shuffle (many rows with repeated
 * keys), and over every accepted row (very many repeated keys); so does parsing files cut into
 * parts. Run on the committed sample, whose deliveries carry duplicates, conflicts and a resent
 * file.
 */
class FeedIngestTest {
  private static final long NOT_CUT = Long.MAX_VALUE;
  private final SparkSession spark = SparkTestSession.get();

  @ParameterizedTest
  @CsvSource({"visitor_counts, 2026-10", "stays, 2026-10", "revenue, 2026-10",
      "biomass_corn, 2026-09"})
  void everyWayOfSettlingRepeatedKeysGivesTheSameMonth(String feedName, String monthText) {
    Feed feed = Feed.valueOf(feedName.toUpperCase(java.util.Locale.ROOT));
    YearMonth month = YearMonth.parse(monthText);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path raw = new Path(new java.io.File("data-raw").getAbsoluteFile().toURI());
    ReferenceData reference = new ReferenceLoader(raw, conf).load();
    Delivery delivery = new DeliveryScanner(raw, conf).scan(feed.folder(), month);
    assertTrue(delivery.delivered(), feedName + " " + month + " is in the sample");

    FeedIngest.Result onDriver = new FeedIngest(spark, reference)
        .ingest(feed.contract(), delivery, month);
    FeedIngest.Result inTasks = new FeedIngest(spark, reference, 0, Integer.MAX_VALUE, NOT_CUT)
        .ingest(feed.contract(), delivery, month);
    FeedIngest.Result everyRow = new FeedIngest(spark, reference, 0, 0, NOT_CUT)
        .ingest(feed.contract(), delivery, month);
    FeedIngest.Result cut = new FeedIngest(spark, reference, FeedIngest.MAX_ROWS_SETTLED_ON_DRIVER,
        FeedIngest.MAX_REPEATED_KEYS, 2 << 10).ingest(feed.contract(), delivery, month);
    try {
      long read = onDriver.total(FeedIngest.FileCounts::read);
      assertEquals(read, onDriver.total(FeedIngest.FileCounts::accepted)
          + onDriver.total(FeedIngest.FileCounts::rejected)
          + onDriver.total(FeedIngest.FileCounts::duplicates), "every row accounted for");
      assertEquals(onDriver.total(FeedIngest.FileCounts::accepted), onDriver.accepted.count());
      assertEquals(read - onDriver.total(FeedIngest.FileCounts::accepted),
          onDriver.notAccepted.size());
      if (feed == Feed.VISITOR_COUNTS || feed == Feed.STAYS) {
        assertTrue(onDriver.total(FeedIngest.FileCounts::duplicates) > 0,
            "the sample has repeated keys to settle");
      }
      assertEquals(delivery.files().size(), onDriver.parseTasks, "the sample's files are small");
      if (feed == Feed.STAYS || feed == Feed.VISITOR_COUNTS) {
        assertTrue(cut.parseTasks > delivery.files().size(), "files cut: " + cut.parseTasks);
      } else {
        assertEquals(delivery.files().size(), cut.parseTasks, "no cut with decimal columns");
      }
      for (FeedIngest.Result other : new FeedIngest.Result[] {inTasks, everyRow, cut}) {
        assertEquals(onDriver.fileReports, other.fileReports);
        assertEquals(onDriver.countsByFile, other.countsByFile);
        assertEquals(onDriver.rejectedByColumn, other.rejectedByColumn);
        assertEquals(onDriver.firstRejectionByColumn, other.firstRejectionByColumn);
        assertEquals(onDriver.warnings, other.warnings);
        assertSame(onDriver.accepted, other.accepted);
        assertEquals(onDriver.notAccepted, other.notAccepted, "same quarantine, same order");
      }
    } finally {
      onDriver.release();
      inTasks.release();
      everyRow.release();
      cut.release();
    }
  }

  @Test
  void aCutFileThatCannotBeReadIsReportedAsAWholeFile(@TempDir java.nio.file.Path root)
      throws Exception {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path raw = new Path(new java.io.File("data-raw").getAbsoluteFile().toURI());
    ReferenceData reference = new ReferenceLoader(raw, conf).load();
    byte[] text;
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files
        .newInputStream(java.nio.file.Path.of("data-raw/stays/2026-10/luu-tru-2026-10.csv.gz")))) {
      text = in.readAllBytes();
    }
    text[text.length * 3 / 4] = (byte) 0xFF; // not UTF-8, in the second half
    java.nio.file.Path folder = java.nio.file.Files.createDirectories(
        root.resolve("stays/2026-10"));
    java.nio.file.Files.write(folder.resolve("luu-tru.csv"), text);
    YearMonth month = YearMonth.of(2026, 10);
    Delivery delivery = new DeliveryScanner(new Path(root.toUri()), conf).scan("stays", month);

    FeedIngest.Result whole = new FeedIngest(spark, reference, FeedIngest.MAX_ROWS_SETTLED_ON_DRIVER,
        FeedIngest.MAX_REPEATED_KEYS, NOT_CUT).ingest(Feed.STAYS.contract(), delivery, month);
    FeedIngest.Result cut = new FeedIngest(spark, reference, FeedIngest.MAX_ROWS_SETTLED_ON_DRIVER,
        FeedIngest.MAX_REPEATED_KEYS, 2 << 10).ingest(Feed.STAYS.contract(), delivery, month);
    try {
      assertEquals(1, whole.failedFiles().size());
      assertTrue(whole.failedFiles().get(0).errorEn().contains("not valid UTF-8"));
      assertEquals(whole.fileReports, cut.fileReports, "the same failure, the same rows before");
      assertEquals(whole.countsByFile, cut.countsByFile);
      assertEquals(1, cut.parseTasks, "parsed again whole");
    } finally {
      whole.release();
      cut.release();
    }
  }

  private static void assertSame(Dataset<Row> expected, Dataset<Row> actual) {
    assertEquals(0, expected.exceptAll(actual).count() + actual.exceptAll(expected).count());
  }
}
