package vn.mocchau.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.storage.StorageLevel;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Rejection;

/**
 * Ingests one feed's delivery for one month: parses and checks the files in Spark tasks (one file
 * per task) straight into Spark's compact rows, cached as large chunks ({@link RowChunks}); each
 * task also returns its file's {@link FileSummary} (counts, first rejections, key hashes). The
 * driver finds the keys that repeat from the hashes and settles only the rows that carry them
 * ({@link KeyRules}). The result's {@code accepted} and {@code notAccepted} rows are read from
 * the cache; the caller writes curated and quarantine outputs from them, then calls
 * {@link Result#release()}.
 *
 * <p>Cost: one pass over the files; when keys repeat, one scan of the cache for the rows that
 * share a key, and a small aggregation of what the rules changed. Driver memory: 8 bytes per
 * accepted row for the key hashes.
 */
public final class FeedIngest {
  /** Above this many repeated keys, the key rules run over every accepted row instead. */
  static final int MAX_REPEATED_KEYS = 200_000;

  /** A rejected row: where it is and why, in both languages. */
  public record FirstRejection(String file, int fileOrder, int line, String reasonEn,
      String reasonVi) implements Comparable<FirstRejection>, java.io.Serializable {
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
    /** Rows that passed the row checks and the key rules: the curated rows. */
    public final Dataset<Row> accepted;
    /** Rejected rows and duplicates, with their reasons: the quarantine. */
    public final Dataset<Row> notAccepted;
    /** The cached parse and key-rule rows that the row sets read; see {@link #release()}. */
    private final List<Object> cached;
    public final List<FileReport> fileReports;
    public final Map<String, FileCounts> countsByFile;
    /** Rejected rows per column ("(row)" for the row as a whole), most frequent first. */
    public final Map<String, Long> rejectedByColumn;
    /** Per column, the first rejected row in file order: an example for the officer. */
    public final Map<String, FirstRejection> firstRejectionByColumn;
    public final long warnings;
    /** The first row warning in file order, null if none. */
    public final String firstWarning;

    Result(FeedContract contract, Delivery delivery, Dataset<Row> accepted,
        Dataset<Row> notAccepted, List<Object> cached,
        List<FileReport> fileReports, Map<String, FileCounts> countsByFile,
        Map<String, Long> rejectedByColumn, Map<String, FirstRejection> firstRejectionByColumn,
        long warnings, String firstWarning) {
      this.contract = contract;
      this.delivery = delivery;
      this.accepted = accepted;
      this.notAccepted = notAccepted;
      this.cached = cached;
      this.fileReports = fileReports;
      this.countsByFile = countsByFile;
      this.rejectedByColumn = rejectedByColumn;
      this.firstRejectionByColumn = firstRejectionByColumn;
      this.warnings = warnings;
      this.firstWarning = firstWarning;
    }

    public List<FileReport> failedFiles() {
      return fileReports.stream().filter(FileReport::failed).toList();
    }

    public long total(java.util.function.ToLongFunction<FileCounts> measure) {
      return countsByFile.values().stream().mapToLong(measure).sum();
    }

    public void release() {
      for (Object c : cached) {
        if (c instanceof JavaRDD<?> rdd) {
          rdd.unpersist(false);
        } else if (c instanceof Dataset<?> dataset) {
          dataset.unpersist(false);
        }
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
      return new Result(contract, delivery, null, null, List.of(), List.of(), Map.of(),
          Map.of(), Map.of(), 0, null);
    }
    Map<String, String> hadoopSettings = new HashMap<>();
    for (Entry<String, String> setting : spark.sparkContext().hadoopConfiguration()) {
      hadoopSettings.put(setting.getKey(), setting.getValue());
    }
    FeedFileParser parser = new FeedFileParser(contract, reference, month, hadoopSettings);
    StructType schema = StagingSchema.of(contract);
    InternalRows internalRows = new InternalRows(schema);
    CollectionAccumulator<FileSummary> summaries = spark.sparkContext()
        .collectionAccumulator("file summaries: " + contract.feed() + " " + month);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobDescription("ingest " + contract.feed() + " " + month + ": parse and check rows");
    JavaRDD<byte[]> parsed = jsc.parallelize(delivery.files(), delivery.files().size())
        .flatMap(file -> RowChunks.pack(
            new MappedIterator(parser.parse(file, summaries::add), internalRows)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    parsed.count();
    Map<Integer, FileSummary> byFile = new TreeMap<>();
    for (FileSummary summary : summaries.value()) {
      byFile.putIfAbsent(summary.report().order(), summary); // a re-run task reports twice
    }

    jsc.setJobDescription("ingest " + contract.feed() + " " + month + ": key rules");
    long[] repeated = KeyHash.repeated(byFile.values().stream()
        .map(FileSummary::acceptedKeyHashes).toList());
    KeyCandidates candidates = new KeyCandidates(schema, repeated,
        repeated.length > MAX_REPEATED_KEYS);
    int slices = Math.max(1, (4 * jsc.defaultParallelism() + delivery.files().size() - 1)
        / delivery.files().size());
    List<Object> cached = new ArrayList<>(List.of(parsed));
    Tally tally = new Tally(byFile.values());
    // Rows are split where they are read from the cache, before Spark copies them, so that
    // curated and quarantine outputs each read only their own rows.
    Dataset<Row> accepted = rowsOf(parsed, schema, slices,
        row -> candidates.accepted(row) && !candidates.test(row));
    Dataset<Row> notAccepted = rowsOf(parsed, schema, 1, row -> !candidates.accepted(row));
    if (!candidates.none()) {
      Dataset<Row> candidateRows = rowsOf(parsed, schema, 1, candidates::test);
      if (!candidates.everyAcceptedRow()) {
        // Few rows: in one partition the rules and the tally need no shuffle at all.
        candidateRows = candidateRows.coalesce(1);
      }
      Dataset<Row> resolved = KeyRules.resolve(candidateRows, contract)
          .persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(resolved);
      tally.applyKeyRules(resolved);
      Column isAccepted = col("status").equalTo(StagingSchema.STATUS_ACCEPTED);
      accepted = accepted.unionByName(resolved.filter(isAccepted));
      notAccepted = notAccepted.unionByName(resolved.filter(not(isAccepted)));
    }
    List<FileReport> reports = byFile.values().stream().map(FileSummary::report).toList();
    String firstWarning = byFile.values().stream().map(FileSummary::firstWarning)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return new Result(contract, delivery, accepted, notAccepted, cached, reports, tally.counts(),
        tally.rejectedByColumn(), tally.firstByColumn, tally.warnings, firstWarning);
  }

  /** A filter on cached rows that Spark can ship to its tasks. */
  private interface RowFilter extends Predicate<UnsafeRow>, java.io.Serializable {}

  /**
   * The cached rows that {@code keep} accepts, as a DataFrame; each cached file is read by
   * {@code slices} tasks, each taking every slices-th chunk, so that later stages can be balanced.
   */
  private Dataset<Row> rowsOf(JavaRDD<byte[]> parsed, StructType schema, int slices,
      RowFilter keep) {
    int fields = schema.size();
    List<JavaRDD<InternalRow>> views = new ArrayList<>();
    for (int s = 0; s < slices; s++) {
      int slice = s;
      views.add(parsed.mapPartitions(
          chunks -> RowChunks.unpack(chunks, fields, slice, slices, keep)));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    @SuppressWarnings("unchecked")
    JavaRDD<InternalRow> all = slices == 1 ? views.get(0)
        : jsc.union(views.toArray(JavaRDD[]::new));
    return spark.internalCreateDataFrame(all.rdd(), schema, false);
  }

  /** Row accounting: the parser's counts per file, then what the key rules changed. */
  private static final class Tally {
    private final Map<String, long[]> byFile = new LinkedHashMap<>();
    private final Map<String, Long> byColumn = new HashMap<>();
    private final Map<String, FirstRejection> firstByColumn = new HashMap<>();
    private long warnings;

    Tally(java.util.Collection<FileSummary> summaries) {
      for (FileSummary s : summaries) {
        byFile.put(s.report().file(), new long[] {s.read(), s.accepted(), s.rejected(), 0});
        warnings += s.warnings();
        s.rejectedByColumn().forEach((column, n) -> byColumn.merge(column, n, Long::sum));
        s.firstRejectionByColumn().forEach((column, first) -> firstByColumn.merge(column, first,
            (a, b) -> a.compareTo(b) <= 0 ? a : b));
      }
    }

    /** Moves the rows the key rules turned into duplicates or rejections out of "accepted". */
    void applyKeyRules(Dataset<Row> resolved) {
      for (Row row : resolved.filter(col("status").notEqual(StagingSchema.STATUS_ACCEPTED))
          .groupBy("source_file", "status", "column")
          .agg(count("*"), min(struct(col("file_order"), col("source_line"), col("reason_en"),
              col("reason_vi"))))
          .collectAsList()) {
        long[] t = byFile.get(row.getString(0));
        long n = row.getLong(3);
        t[1] -= n;
        if (StagingSchema.STATUS_REJECTED.equals(row.getString(1))) {
          t[2] += n;
          String column = row.isNullAt(2) ? Rejection.WHOLE_ROW : row.getString(2);
          byColumn.merge(column, n, Long::sum);
          Row first = row.getStruct(4);
          FirstRejection example = new FirstRejection(row.getString(0), first.getInt(0),
              first.getInt(1), first.getString(2), first.getString(3));
          firstByColumn.merge(column, example, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        } else {
          t[3] += n;
        }
      }
    }

    Map<String, FileCounts> counts() {
      Map<String, FileCounts> counts = new LinkedHashMap<>();
      byFile.forEach((file, t) -> counts.put(file, new FileCounts(file, t[0], t[1], t[2], t[3])));
      return counts;
    }

    /** Most frequent first. */
    Map<String, Long> rejectedByColumn() {
      Map<String, Long> sorted = new LinkedHashMap<>();
      byColumn.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      return sorted;
    }
  }

  /** The parser's rows as Spark internal rows, converted as they stream. */
  private record MappedIterator(Iterator<Object[]> values, InternalRows converter)
      implements Iterator<UnsafeRow> {
    @Override
    public boolean hasNext() {
      return values.hasNext();
    }

    @Override
    public UnsafeRow next() {
      return converter.convert(values.next());
    }
  }
}
