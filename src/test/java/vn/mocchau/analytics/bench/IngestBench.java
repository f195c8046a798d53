package vn.mocchau.analytics.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.config.SparkSessions;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.curate.CuratedWriter;
import vn.mocchau.analytics.ingest.Delivery;
import vn.mocchau.analytics.ingest.DeliveryFile;
import vn.mocchau.analytics.ingest.DeliveryScanner;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.ReferenceLoader;

/**
 * One month's stay registrations three ways, in one JVM and one Spark session, runs interleaved
 * (not a test; bench/run.sh calls it):
 * <ol>
 *   <li>bare Spark: the same gzip CSV files read as strings and written as Parquet, no checks (the
 *       engine's floor on this machine);</li>
 *   <li>the pipeline's validated ingest: parse and check every row against the contract, key
 *       rules, row accounting, then curated and quarantine Parquet, exactly as jobs/monthly;</li>
 *   <li>DuckDB in-process on the same files: typed read, guest-nights per establishment for the
 *       month, written as Parquet (what a single-machine user would write instead).</li>
 * </ol>
 * Prints one tab-separated line per engine: label, engine, rows, median seconds, all seconds.
 *
 * <p>Usage: IngestBench RAW_DIR YYYY-MM RUNS WORK_DIR LABEL
 */
public final class IngestBench {
  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Path raw = Path.of(args[0]);
    YearMonth month = YearMonth.parse(args[1]);
    int runs = Integer.parseInt(args[2]);
    Path work = Path.of(args[3]);
    String label = args[4];
    Files.createDirectories(work);

    RunConfig config = new RunConfig(raw.toString(), work.toString(), null, 0.02, 10, false, vn.mocchau.analytics.text.Language.EN,
        Map.of());
    SparkSession spark = SparkSessions.create(config);
    if (System.getenv("BENCH_PROFILE") != null) {
      spark.sparkContext().addSparkListener(new JobTimes());
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    ReferenceData reference = new ReferenceLoader(new org.apache.hadoop.fs.Path(raw.toString()),
        conf).load();
    FeedContract stays = Feed.STAYS.contract();
    Delivery delivery = new DeliveryScanner(new org.apache.hadoop.fs.Path(raw.toString()), conf)
        .scan(Feed.STAYS.folder(), month);
    String[] files = delivery.files().stream().map(DeliveryFile::location).toArray(String[]::new);
    long rows = 0;

    List<Double> bare = new ArrayList<>();
    List<Double> validated = new ArrayList<>();
    List<Double> duck = new ArrayList<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      for (int run = 0; run <= runs; run++) { // run 0 warms up and is not counted
        long t0 = System.nanoTime();
        spark.sparkContext().setJobDescription("bench: bare Spark");
        Dataset<Row> csv = spark.read().option("header", "true").csv(files);
        csv.write().mode("overwrite").parquet(work.resolve("bare").toString());
        long t1 = System.nanoTime();
        long wallStart = System.currentTimeMillis();

        FeedIngest.Result result = new FeedIngest(spark, reference).ingest(stays, delivery, month);
        long tIngest = System.nanoTime();
        CuratedWriter.write(spark, result, work.resolve("curated").toString(),
            work.resolve("quarantine").toString());
        rows = result.total(FeedIngest.FileCounts::read);
        long tWritten = System.nanoTime();
        result.release();
        long t2 = System.nanoTime();
        if (System.getenv("BENCH_PROFILE") != null) {
          System.out.printf("PHASES\tstarted at %.2f\tingest %.2f s\twrite %.2f s\trelease %.2f s%n",
              (wallStart % 100_000) / 1000.0,
              (tIngest - t1) / 1e9, (tWritten - tIngest) / 1e9, (t2 - tWritten) / 1e9);
        }

        try (Statement statement = duckdb.createStatement()) {
          statement.execute(duckSql(files, month, work.resolve("duckdb.parquet")));
        }
        long t3 = System.nanoTime();
        if (run > 0) {
          bare.add((t1 - t0) / 1e9);
          validated.add((t2 - t1) / 1e9);
          duck.add((t3 - t2) / 1e9);
        }
      }
    } finally {
      spark.stop();
    }
    print(label, "bare_spark", rows, bare);
    print(label, "validated", rows, validated);
    print(label, "duckdb", rows, duck);
  }

  /** Prints every Spark job's wall time with its description (BENCH_PROFILE=1). */
  static final class JobTimes extends org.apache.spark.scheduler.SparkListener {
    private final Map<Integer, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, String> names = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart job) {
      started.put(job.jobId(), job.time());
      String description = job.properties() == null ? null
          : job.properties().getProperty("spark.job.description");
      names.put(job.jobId(), description == null ? "?" : description);
    }

    @Override
    public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd task) {
      org.apache.spark.executor.TaskMetrics m = task.taskMetrics();
      if (m != null) {
        System.out.printf("TASK\tstage %d\tpartition %d\tlaunched at %.2f\trun %d ms\tcpu %d ms"
            + "\tgc %d ms\tdeserialize %d ms\tresult %d bytes%n", task.stageId(),
            task.taskInfo().index(), (task.taskInfo().launchTime() % 100_000) / 1000.0,
            m.executorRunTime(), m.executorCpuTime() / 1_000_000, m.jvmGCTime(),
            m.executorDeserializeTime(), m.resultSize());
      }
    }

    @Override
    public void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd job) {
      long start = started.getOrDefault(job.jobId(), job.time());
      System.out.printf("JOB\t%d\t%.2f s\tstarted at %.2f\t%s%n", job.jobId(),
          (job.time() - start) / 1000.0, (start % 100_000) / 1000.0, names.get(job.jobId()));
    }
  }

  /** Typed read of the stays files and guest-nights per establishment in the month. */
  static String duckSql(String[] files, YearMonth month, Path out) {
    String list = String.join(", ", Arrays.stream(files).map(f -> "'" + f.replace("'", "''")
        + "'").toList());
    String first = "DATE '" + month.atDay(1) + "'";
    String next = "DATE '" + month.plusMonths(1).atDay(1) + "'";
    return "COPY (WITH s AS (SELECT establishment_id, CAST(check_in AS DATE) AS ci,"
        + " TRY_CAST(check_out AS DATE) AS co, CAST(guests AS INTEGER) AS g, nationality"
        + " FROM read_csv([" + list + "], header = true, all_varchar = true))"
        + " SELECT establishment_id, count(*) AS registrations, sum(g) AS guests,"
        + " sum(g * greatest(0, date_diff('day', greatest(ci, " + first + "),"
        + " least(coalesce(co, " + next + "), " + next + ")))) AS guest_nights"
        + " FROM s GROUP BY establishment_id) TO '" + out + "' (FORMAT parquet)";
  }

  private static void print(String label, String engine, long rows, List<Double> seconds) {
    List<Double> sorted = new ArrayList<>(seconds);
    sorted.sort(Double::compare);
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    System.out.printf(java.util.Locale.ROOT, "RESULT\t%s\t%s\t%d\t%.3f\t%s%n", label, engine, rows,
        median, seconds.stream().map(s -> String.format(java.util.Locale.ROOT, "%.2f", s))
            .toList());
  }
}
