package vn.mocchau.analytics.ingest;

import static org.apache.spark.sql.functions.col;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.io.Json;

/**
 * Ingests one feed's delivery for one month: parses the files in Spark tasks (one file per task),
 * applies the key rules, and counts every row per file. The parse is cached; the result's
 * {@code rows} are derived from it, the caller writes curated and quarantine outputs from them,
 * then calls {@link Result#release()}.
 *
 * <p>Cost: one pass over the files, a narrow shuffle of the key columns (see {@link KeyRules}),
 * one small aggregation that also finds the first rejected row of each column.
 */
public final class FeedIngest {

  /** A rejected row: where it is and why, in both languages. */
  public record FirstRejection(String file, int fileOrder, int line, String reasonEn,
      String reasonVi) implements Comparable<FirstRejection> {
    @Override
    public int compareTo(FirstRejection other) {
      int byFile = Integer.compare(fileOrder, other.fileOrder);
      return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
  }

  /** Row accounting of one file: read = accepted + rejected + duplicates. */
  public record FileCounts(String file, long read, long accepted, long rejected, long duplicates) {}

  /** The feed's month after ingest. */
  public static final class Result {
    public final FeedContract contract;
    public final Delivery delivery;
    public final Dataset<Row> rows;
    /** The cached parse that {@link #rows} is derived from; released by {@link #release()}. */
    private final Dataset<Row> cached;
    public final List<FileReport> fileReports;
    public final Map<String, FileCounts> countsByFile;
    /** Rejected rows per column ("(row)" for the row as a whole), most frequent first. */
    public final Map<String, Long> rejectedByColumn;
    /** Per column, the first rejected row in file order: an example for the officer. */
    public final Map<String, FirstRejection> firstRejectionByColumn;
    public final long warnings;

    Result(FeedContract contract, Delivery delivery, Dataset<Row> rows, Dataset<Row> cached,
        List<FileReport> fileReports, Map<String, FileCounts> countsByFile,
        Map<String, Long> rejectedByColumn, Map<String, FirstRejection> firstRejectionByColumn,
        long warnings) {
      this.contract = contract;
      this.delivery = delivery;
      this.rows = rows;
      this.cached = cached;
      this.fileReports = fileReports;
      this.countsByFile = countsByFile;
      this.rejectedByColumn = rejectedByColumn;
      this.firstRejectionByColumn = firstRejectionByColumn;
      this.warnings = warnings;
    }

    public List<FileReport> failedFiles() {
      return fileReports.stream().filter(FileReport::failed).toList();
    }

    public long total(java.util.function.ToLongFunction<FileCounts> measure) {
      return countsByFile.values().stream().mapToLong(measure).sum();
    }

    public void release() {
      if (cached != null) {
        cached.unpersist();
      }
    }
  }

  private final SparkSession spark;
  private final ReferenceData reference;

  public FeedIngest(SparkSession spark, ReferenceData reference) {
    this.spark = spark;
    this.reference = reference;
  }

  public Result ingest(FeedContract contract, Delivery delivery, YearMonth month) {
    if (!delivery.delivered()) {
      return new Result(contract, delivery, null, null, List.of(), Map.of(), Map.of(), Map.of(),
          0);
    }
    Map<String, String> hadoopSettings = new HashMap<>();
    for (Entry<String, String> setting : spark.sparkContext().hadoopConfiguration()) {
      hadoopSettings.put(setting.getKey(), setting.getValue());
    }
    FeedFileParser parser = new FeedFileParser(contract, reference, month, hadoopSettings);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobDescription("ingest " + contract.feed() + " " + month + ": parse and check rows");
    JavaRDD<Row> parsed = jsc.parallelize(delivery.files(), delivery.files().size())
        .flatMap(parser::parse);
    Dataset<Row> staged = spark.createDataFrame(parsed, StagingSchema.of(contract))
        .persist(StorageLevel.MEMORY_AND_DISK());

    List<FileReport> reports = new ArrayList<>();
    for (Row row : staged.filter(col(StagingSchema.KIND).equalTo(StagingSchema.KIND_FILE))
        .select("file_report").collectAsList()) {
      reports.add(Json.read(row.getString(0), FileReport.class));
    }
    reports.sort(java.util.Comparator.comparingInt(FileReport::order));

    // Not cached: every use re-derives it cheaply from the cached parse (a scan, a broadcast
    // join with the few repeated keys, the window rules over their rows), which costs less than
    // building a second in-memory copy of the month.
    jsc.setJobDescription("ingest " + contract.feed() + " " + month + ": key rules");
    Dataset<Row> settled = KeyRules.settle(
        staged.filter(col(StagingSchema.KIND).equalTo(StagingSchema.KIND_ROW)), contract);

    jsc.setJobDescription("ingest " + contract.feed() + " " + month + ": count rows per file");
    Map<String, long[]> tally = new LinkedHashMap<>();
    for (FileReport report : reports) {
      tally.put(report.file(), new long[4]);
    }
    long warnings = 0;
    Map<String, Long> byColumn = new HashMap<>();
    Map<String, FirstRejection> firstByColumn = new HashMap<>();
    for (Row row : settled.groupBy("source_file", "status", "column")
        .agg(org.apache.spark.sql.functions.count("*"),
            org.apache.spark.sql.functions.count(col("warning")),
            org.apache.spark.sql.functions.min(org.apache.spark.sql.functions.struct(
                col("file_order"), col("source_line"), col("reason_en"), col("reason_vi"))))
        .collectAsList()) {
      long[] t = tally.computeIfAbsent(row.getString(0), f -> new long[4]);
      long n = row.getLong(3);
      warnings += row.getLong(4);
      if (StagingSchema.STATUS_REJECTED.equals(row.getString(1))) {
        String column = row.isNullAt(2) ? "(row)" : row.getString(2);
        byColumn.merge(column, n, Long::sum);
        Row first = row.getStruct(5);
        FirstRejection example = new FirstRejection(row.getString(0), first.getInt(0),
            first.getInt(1), first.getString(2), first.getString(3));
        firstByColumn.merge(column, example, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      t[0] += n;
      switch (row.getString(1)) {
        case StagingSchema.STATUS_ACCEPTED -> t[1] += n;
        case StagingSchema.STATUS_REJECTED -> t[2] += n;
        default -> t[3] += n;
      }
    }
    Map<String, FileCounts> counts = new LinkedHashMap<>();
    tally.forEach((file, t) -> counts.put(file, new FileCounts(file, t[0], t[1], t[2], t[3])));
    Map<String, Long> rejectedByColumn = new LinkedHashMap<>();
    byColumn.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> rejectedByColumn.put(e.getKey(), e.getValue()));
    return new Result(contract, delivery, settled, staged, reports, counts, rejectedByColumn,
        firstByColumn, warnings);
  }
}
