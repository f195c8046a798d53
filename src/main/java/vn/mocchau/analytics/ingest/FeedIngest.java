package vn.mocchau.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

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
import org.apache.spark.rdd.PartitionPruningRDD;
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
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Rejection;
import vn.mocchau.analytics.contract.Text;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;

/**
 * Ingests one feed's delivery for one month: parses and checks the files in Spark tasks (one file
 * per task, or one part of a large file: {@link ParsePlan}) straight into Spark's compact rows,
 * cached as large chunks ({@link RowChunks}); each task also returns its part's
 * {@link FileSummary} (counts, first rejections, key hashes), merged per file. From
 * the hashes the driver finds the keys that repeat; one scan of the cache brings the rejected
 * rows and the rows with repeated keys to the driver, where the key rules ({@link KeyRules})
 * settle them. The result's {@code accepted} rows are the cache's other accepted rows plus the
 * rows the rules kept; {@code notAccepted} (rejected rows and duplicates) is held on the driver.
 * The caller writes curated and quarantine outputs from them, then calls {@link Result#release()}.
 *
 * <p>Very many rows with repeated keys (a whole file sent twice) are settled in Spark tasks
 * instead, after a shuffle by key hash.
 *
 * <p>Cost: one pass over the files, and one scan of the cache when a row was rejected or a key
 * repeats. Driver memory: 8 bytes per accepted row for the key hashes, the rejected rows and
 * duplicates, and at most {@value #MAX_ROWS_SETTLED_ON_DRIVER} rows with repeated keys.
 */
public final class FeedIngest {
  /** Above this many repeated keys, the key rules run over every accepted row instead. */
  static final int MAX_REPEATED_KEYS = 200_000;
  /**
   * Up to this many rows sharing keys are settled on the driver (a correction file or a few
   * repeats: no Spark job beyond the scan that finds them); more go through a shuffle by key.
   */
  static final long MAX_ROWS_SETTLED_ON_DRIVER = 100_000;

  /** A rejected row: where it is and why, in both languages. */
  public record FirstRejection(String file, int fileOrder, int line, String reasonEn,
      String reasonVi) implements Comparable<FirstRejection>, java.io.Serializable {
    /** The one that comes first in file and line order. */
    public static FirstRejection earlier(FirstRejection a, FirstRejection b) {
      return a.compareTo(b) <= 0 ? a : b;
    }

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
    /**
     * Rejected rows and duplicates, with their reasons, in file and line order: the quarantine.
     * Held on the driver.
     */
    public final List<Row> notAccepted;
    /** The cached parse and key-rule rows that the row sets read; see {@link #release()}. */
    private final List<Object> cached;
    public final List<FileReport> fileReports;
    /** How many Spark tasks parsed the files: one per file, more when large files were cut. */
    public final int parseTasks;
    public final Map<String, FileCounts> countsByFile;
    /** Rejected rows per column ("(row)" for the row as a whole), most frequent first. */
    public final Map<String, Long> rejectedByColumn;
    /** Per column, the first rejected row in file order: an example for the officer. */
    public final Map<String, FirstRejection> firstRejectionByColumn;
    public final long warnings;
    /** The first row warning in file order, in both languages; null if none. */
    public final Notice firstWarning;

    Result(FeedContract contract, Delivery delivery, Dataset<Row> accepted,
        List<Row> notAccepted, List<Object> cached,
        List<FileReport> fileReports, int parseTasks, Map<String, FileCounts> countsByFile,
        Map<String, Long> rejectedByColumn, Map<String, FirstRejection> firstRejectionByColumn,
        long warnings, Notice firstWarning) {
      this.contract = contract;
      this.delivery = delivery;
      this.accepted = accepted;
      this.notAccepted = notAccepted;
      this.cached = cached;
      this.fileReports = fileReports;
      this.parseTasks = parseTasks;
      this.countsByFile = countsByFile;
      this.rejectedByColumn = rejectedByColumn;
      this.firstRejectionByColumn = firstRejectionByColumn;
      this.warnings = warnings;
      this.firstWarning = firstWarning;
    }

    /**
     * A column as the officer's file named it: the header text mapped to it (English mode adds
     * the contract's code when that differs). In Vietnamese, a header that is the contract's
     * English code ("arrivals"), or no header, gives the contract's Vietnamese name ("lượt
     * khách"). "(cả dòng)" / "(row)" for the row as a whole.
     */
    public String columnLabel(String file, String column, Language language) {
      if (column == null || Rejection.WHOLE_ROW.equals(column)) {
        return Msg.WHOLE_ROW.in(language);
      }
      String header = fileReports.stream().filter(r -> r.file().equals(file)).findFirst()
          .map(r -> r.headerTexts().get(column)).orElse(null);
      boolean headerIsTheCode = header != null
          && Text.headerKey(header).equals(Text.headerKey(column));
      if (language == Language.VI) {
        return header == null || headerIsTheCode ? contract.viName(column) : header;
      }
      return header == null || headerIsTheCode ? column : column + " (\"" + header + "\")";
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
  private final long maxRowsSettledOnDriver;
  private final int maxRepeatedKeys;
  private final long minPartBytes;

  public FeedIngest(SparkSession spark, ReferenceData reference) {
    this(spark, reference, MAX_ROWS_SETTLED_ON_DRIVER, MAX_REPEATED_KEYS,
        ParsePlan.MIN_PART_BYTES);
  }

  /** With other limits: tests use them to take the paths meant for very large deliveries. */
  FeedIngest(SparkSession spark, ReferenceData reference, long maxRowsSettledOnDriver,
      int maxRepeatedKeys, long minPartBytes) {
    this.spark = spark;
    this.reference = reference;
    this.maxRowsSettledOnDriver = maxRowsSettledOnDriver;
    this.maxRepeatedKeys = maxRepeatedKeys;
    this.minPartBytes = minPartBytes;
  }

  public Result ingest(FeedContract contract, Delivery delivery, YearMonth month) {
    if (!delivery.delivered()) {
      return new Result(contract, delivery, null, List.of(), List.of(), List.of(), 0, Map.of(),
          Map.of(), Map.of(), 0, null);
    }
    Map<String, String> hadoopSettings = new HashMap<>();
    for (Entry<String, String> setting : spark.sparkContext().hadoopConfiguration()) {
      hadoopSettings.put(setting.getKey(), setting.getValue());
    }
    FeedFileParser parser = new FeedFileParser(contract, reference, month, hadoopSettings);
    StructType schema = StagingSchema.of(contract);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobDescription("ingest " + contract.feed() + " " + month + ": parse and check rows");
    List<FilePart> plan = plan(contract, delivery.files());
    Parsed parse = parse(parser, schema, plan, contract.feed() + " " + month);
    if (parse.splitFileFailed()) {
      // An unreadable file is reported as a whole-file parse reports it (the line, the rows
      // before it): parse again without cutting.
      parse.chunks().unpersist(false);
      plan = ParsePlan.wholeFiles(delivery.files());
      parse = parse(parser, schema, plan, contract.feed() + " " + month);
    }
    JavaRDD<byte[]> parsed = parse.chunks();
    Map<Integer, FileSummary> byFile = parse.byFile();

    List<FileSummary> inOrder = new ArrayList<>(byFile.values());
    KeyHash.Repeated repeated = KeyHash.repeated(inOrder.stream()
        .map(FileSummary::acceptedKeyHashes).toList());
    long acceptedRows = byFile.values().stream().mapToLong(FileSummary::accepted).sum();
    long rejectedRows = byFile.values().stream().mapToLong(FileSummary::rejected).sum();
    boolean everyAcceptedRow = repeated.hashes().length > maxRepeatedKeys;
    KeyCandidates candidates = new KeyCandidates(schema, repeated.hashes(), everyAcceptedRow);
    long candidateRows = everyAcceptedRow ? acceptedRows : repeated.rows();
    boolean rulesOnDriver = candidateRows <= maxRowsSettledOnDriver;

    // One scan of the cache brings the rejected rows and, when they are few, the rows whose key
    // repeats to the driver; the other rows stay in the cache for the curated output.
    jsc.setJobDescription("ingest " + contract.feed() + " " + month
        + ": rejected rows and repeated keys");
    List<Row> rejected = new ArrayList<>();
    List<Row> ruleRows = new ArrayList<>();
    boolean[] fileScanned = new boolean[delivery.files().size()];
    for (int i = 0; i < inOrder.size(); i++) {
      FileSummary summary = inOrder.get(i);
      fileScanned[summary.report().order()] = summary.rejected() > 0
          || (rulesOnDriver && (everyAcceptedRow || repeated.inArray()[i]));
    }
    boolean[] scanned = new boolean[plan.size()]; // cached partition i is plan.get(i)
    for (int i = 0; i < plan.size(); i++) {
      scanned[i] = fileScanned[plan.get(i).file().order()];
    }
    if (rejectedRows > 0 || (rulesOnDriver && candidateRows > 0)) {
      for (Row row : collect(parsed, scanned, schema, row -> !candidates.accepted(row)
          || (rulesOnDriver && candidates.test(row)))) {
        (StagingSchema.STATUS_ACCEPTED.equals(row.getAs("status")) ? ruleRows : rejected)
            .add(row);
      }
    }
    List<Object> cached = new ArrayList<>(List.of(parsed));
    Tally tally = new Tally(byFile.values());
    int slices = Math.max(1, (4 * jsc.defaultParallelism() + plan.size() - 1) / plan.size());
    Dataset<Row> accepted = rowsOf(parsed, schema, slices,
        row -> candidates.accepted(row) && !candidates.test(row));
    Settled settled = rulesOnDriver ? settleOnDriver(ruleRows, schema, contract)
        : settleInTasks(rowsOf(parsed, schema, slices, candidates::test), contract, month);
    if (settled.cached() != null) {
      cached.add(settled.cached());
    }
    if (settled.kept() != null) {
      accepted = accepted.unionByName(settled.kept());
    }
    tally.applyKeyRules(settled.notAccepted());
    List<Row> notAccepted = new ArrayList<>(rejected);
    notAccepted.addAll(settled.notAccepted());
    notAccepted.sort(java.util.Comparator.<Row>comparingInt(r -> r.getAs("file_order"))
        .thenComparingInt(r -> r.getAs("source_line")));
    List<FileReport> reports = byFile.values().stream().map(FileSummary::report).toList();
    Notice firstWarning = byFile.values().stream().map(FileSummary::firstWarning)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return new Result(contract, delivery, accepted, notAccepted, cached, reports, plan.size(),
        tally.counts(),
        tally.rejectedByColumn(), tally.firstByColumn, tally.warnings, firstWarning);
  }

  /**
   * The parse tasks: one per file, or per part when files cut at record boundaries keep more cores
   * busy ({@link ParsePlan}); never for a feed with decimal columns, whose files are read twice
   * (their decimal style is decided from the whole file first).
   */
  private List<FilePart> plan(FeedContract contract, List<DeliveryFile> files) {
    int cores = spark.sparkContext().defaultParallelism();
    if (cores < 2 || contract.hasDecimalColumns()) {
      return ParsePlan.wholeFiles(files);
    }
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    long[] textBytes = files.stream().mapToLong(f -> ParsePlan.textBytes(f, conf)).toArray();
    return ParsePlan.parts(files, textBytes, cores, minPartBytes);
  }

  /** A parsed month: the cached chunks (partition i holds part i) and each file's summary. */
  private record Parsed(JavaRDD<byte[]> chunks, Map<Integer, FileSummary> byFile,
      boolean splitFileFailed) {}

  /** A part's summary, as its task reports it. */
  private record PartSummary(int fileOrder, int part, FileSummary summary)
      implements java.io.Serializable {}

  /** Parses and checks the parts in Spark tasks, caching their rows; one job. */
  private Parsed parse(FeedFileParser parser, StructType schema, List<FilePart> plan,
      String what) {
    InternalRows internalRows = new InternalRows(schema);
    CollectionAccumulator<PartSummary> summaries = spark.sparkContext()
        .collectionAccumulator("file summaries: " + what);
    JavaRDD<byte[]> chunks = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(plan, plan.size())
        .flatMap(part -> packedRows(parser, internalRows, part, summary -> summaries.add(
            new PartSummary(part.file().order(), part.index(), summary))))
        .persist(StorageLevel.MEMORY_AND_DISK());
    chunks.count();
    Map<Integer, Map<Integer, FileSummary>> byPart = new TreeMap<>();
    for (PartSummary s : summaries.value()) { // a re-run task reports twice
      byPart.computeIfAbsent(s.fileOrder(), f -> new TreeMap<>()).putIfAbsent(s.part(),
          s.summary());
    }
    Map<Integer, FileSummary> byFile = new TreeMap<>();
    boolean splitFileFailed = false;
    for (FilePart part : plan) {
      Map<Integer, FileSummary> parts = byPart.get(part.file().order());
      if (parts == null || parts.size() != part.count()) { // never expected: rows would go missing
        throw new IllegalStateException("Cannot account for " + part.file().name() + ": "
            + (parts == null ? 0 : parts.size()) + " of its " + part.count()
            + " parse tasks reported");
      }
    }
    for (Entry<Integer, Map<Integer, FileSummary>> file : byPart.entrySet()) {
      List<FileSummary> parts = new ArrayList<>(file.getValue().values());
      if (parts.size() > 1 && parts.stream().anyMatch(p -> p.report().failed())) {
        splitFileFailed = true;
      } else {
        byFile.put(file.getKey(), FileSummary.merge(parts));
      }
    }
    return new Parsed(chunks, byFile, splitFileFailed);
  }

  /**
   * What the key rules decided: the rows they kept (null if none), the rows they turned into
   * duplicates or rejections (on the driver), and what was cached to settle them (or null).
   */
  private record Settled(Dataset<Row> kept, List<Row> notAccepted, Dataset<Row> cached) {}

  /** The usual case: a few rows with repeated keys, settled on the driver. */
  private Settled settleOnDriver(List<Row> ruleRows, StructType schema, FeedContract contract) {
    List<Row> kept = new ArrayList<>();
    List<Row> notAccepted = new ArrayList<>();
    for (Row row : KeyRules.resolve(ruleRows, schema, contract)) {
      (StagingSchema.STATUS_ACCEPTED.equals(row.getAs("status")) ? kept : notAccepted).add(row);
    }
    return new Settled(kept.isEmpty() ? null : spark.createDataFrame(kept, schema), notAccepted,
        null);
  }

  /** Very many rows with repeated keys: settled in Spark tasks, after a shuffle by key hash. */
  private Settled settleInTasks(Dataset<Row> ruleRows, FeedContract contract, YearMonth month) {
    spark.sparkContext().setJobDescription("ingest " + contract.feed() + " " + month
        + ": key rules");
    Dataset<Row> resolved = KeyRules.resolve(ruleRows, contract)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Column isAccepted = col("status").equalTo(StagingSchema.STATUS_ACCEPTED);
    return new Settled(resolved.filter(isAccepted),
        resolved.filter(not(isAccepted)).collectAsList(), resolved);
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

  /**
   * The cached rows that {@code keep} accepts, from the cached files marked {@code scanned},
   * brought to the driver: at most one task per core, each scanning several files (the scan is
   * short; fewer tasks, less scheduling). Rows travel in Spark's compact form and become
   * {@link Row}s on the driver, with the session's date type.
   */
  private static List<Row> collect(JavaRDD<byte[]> parsed, boolean[] scanned, StructType schema,
      RowFilter keep) {
    int fields = schema.size();
    JavaRDD<byte[]> files = JavaRDD.fromRDD(PartitionPruningRDD.create(parsed.rdd(),
        new PartitionFilter(scanned)), parsed.classTag());
    int tasks = Math.max(1, Math.min(files.getNumPartitions(),
        parsed.context().defaultParallelism()));
    Object[] compact = (Object[]) files.coalesce(tasks).mapPartitions(chunks -> {
      Iterator<InternalRow> rows = RowChunks.unpack(chunks, fields, 0, 1, keep);
      return new Iterator<UnsafeRow>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public UnsafeRow next() {
          return ((UnsafeRow) rows.next()).copy(); // the unpacked row is reused
        }
      };
    }).rdd().collect();
    scala.Function1<Object, Object> toRow =
        org.apache.spark.sql.catalyst.CatalystTypeConverters.createToScalaConverter(schema);
    List<Row> rows = new ArrayList<>(compact.length);
    for (int i = 0; i < compact.length; i++) {
      rows.add((Row) toRow.apply(compact[i]));
      compact[i] = null; // a month of rejected rows is not held twice
    }
    return rows;
  }

  /** Keeps the cached partitions (files) marked true. */
  private record PartitionFilter(boolean[] kept)
      implements scala.Function1<Object, Object>, java.io.Serializable {
    @Override
    public Object apply(Object partition) {
      return kept[(Integer) partition];
    }
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
            FirstRejection::earlier));
      }
    }

    /** Moves the rows the key rules turned into duplicates or rejections out of "accepted". */
    void applyKeyRules(List<Row> settledNotAccepted) {
      for (Row row : settledNotAccepted) {
        long[] t = byFile.get(row.<String>getAs("source_file"));
        t[1]--;
        if (StagingSchema.STATUS_REJECTED.equals(row.getAs("status"))) {
          t[2]++;
          String column = row.isNullAt(row.fieldIndex("column")) ? Rejection.WHOLE_ROW
              : row.getAs("column");
          byColumn.merge(column, 1L, Long::sum);
          FirstRejection example = new FirstRejection(row.getAs("source_file"),
              row.<Integer>getAs("file_order"), row.<Integer>getAs("source_line"),
              row.getAs("reason_en"), row.getAs("reason_vi"));
          firstByColumn.merge(column, example, FirstRejection::earlier);
        } else {
          t[3]++;
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

  /**
   * What a parse task does with one file: its rows checked, turned into Spark's compact rows and
   * packed into the chunks that are cached; {@code onFinished} gets the file's summary.
   */
  static Iterator<byte[]> packedRows(FeedFileParser parser, InternalRows converter,
      FilePart part, java.util.function.Consumer<FileSummary> onFinished) {
    return RowChunks.pack(new MappedIterator(parser.parse(part, onFinished), converter));
  }

  /** The parser's rows as Spark internal rows, converted as they stream. */
  record MappedIterator(Iterator<Object[]> values, InternalRows converter)
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
