package vn.mocchau.analytics.config;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.io.LocalFilesWithoutChecksums;

/**
 * Builds the one Spark session of a run. Embedded local mode unless a master is given on the
 * command line or by spark-submit; Spark settings otherwise come from the job's {@code --conf},
 * spark-submit's {@code --conf} or {@code spark-defaults.conf}, never from here, except the few that make the
 * pipeline's output correct and deterministic.
 */
public final class SparkSessions {
  /** Set by jobs/lib/launcher.sh to the spark-submit jar when --master names a cluster. */
  public static final String APP_JAR_PROPERTY = "moc.chau.jar";

  private SparkSessions() {}

  public static SparkSession create(RunConfig config) {
    SparkConf launcherConf = new SparkConf();
    config.sparkConf().forEach(launcherConf::set);
    SparkSession.Builder builder = SparkSession.builder().appName("moc-chau-analytics");
    if (config.master() != null) {
      builder.master(config.master());
      // Run from jobs/ against a cluster: ship the pipeline's jar to the executors (spark-submit
      // does this itself for the jar it is given).
      String appJar = System.getProperty(APP_JAR_PROPERTY);
      if (!config.master().startsWith("local") && appJar != null
          && !launcherConf.contains("spark.jars")) {
        builder.config("spark.jars", appJar);
      }
    } else if (!launcherConf.contains("spark.master")) {
      builder.master("local[*]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", launcherConf.get("spark.ui.enabled", "false"));
    }
    if (!launcherConf.contains("spark.sql.shuffle.partitions")) {
      builder.config("spark.sql.shuffle.partitions", "8");
    }
    // The parsed month is cached once and read a few times; compressing the cache cost more CPU
    // than it saved (measured with bench/run.sh: 20.6 s -> 14.5 s for 2 M stay rows).
    if (!launcherConf.contains("spark.sql.inMemoryColumnarStorage.compressed")) {
      builder.config("spark.sql.inMemoryColumnarStorage.compressed", "false");
    }
    // No .crc sidecars beside local outputs, from the driver or from Spark's tasks (a --conf
    // spark.hadoop.fs.file.impl still wins).
    // Not cached, so that an instance created before these settings (spark-submit resolving
    // its jar) cannot stand in for it; a local file system costs nothing to create.
    builder.config("spark.hadoop." + LocalFilesWithoutChecksums.SETTING,
        LocalFilesWithoutChecksums.class.getName());
    builder.config("spark.hadoop." + LocalFilesWithoutChecksums.NOT_CACHED, "true");
    config.sparkConf().forEach(builder::config);
    SparkSession spark = builder
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.ansi.enabled", "true")
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .config("spark.sql.parquet.compression.codec", "snappy")
        .getOrCreate();
    if (!config.verbose()) {
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }

  /**
   * The Hadoop settings of a run before (and outside) its Spark session: every
   * {@code spark.hadoop.*} setting from the command line's --conf or the JVM's system properties
   * (spark-submit), as Spark itself would apply them. The lock, the reference files and the
   * checks that run before Spark starts use it, so HDFS or S3 settings given once apply to all.
   */
  public static org.apache.hadoop.conf.Configuration hadoopConfiguration(RunConfig config) {
    SparkConf conf = new SparkConf();
    config.sparkConf().forEach(conf::set);
    org.apache.hadoop.conf.Configuration hadoop = withoutChecksums();
    for (scala.Tuple2<String, String> setting : conf.getAll()) {
      if (setting._1().startsWith("spark.hadoop.")) {
        hadoop.set(setting._1().substring("spark.hadoop.".length()), setting._2());
      }
    }
    return hadoop;
  }

  /** Hadoop's defaults, with local files written and read without .crc sidecars. */
  private static org.apache.hadoop.conf.Configuration withoutChecksums() {
    org.apache.hadoop.conf.Configuration hadoop = new org.apache.hadoop.conf.Configuration();
    hadoop.set(LocalFilesWithoutChecksums.SETTING, LocalFilesWithoutChecksums.class.getName());
    hadoop.set(LocalFilesWithoutChecksums.NOT_CACHED, "true");
    return hadoop;
  }

  /**
   * The same for a job that never starts Spark (jobs/report): the JVM's spark.* system properties,
   * then --conf, without creating a SparkConf, whose start-up logs warnings on the console.
   */
  public static org.apache.hadoop.conf.Configuration hadoopConfigurationWithoutSpark(
      java.util.Map<String, String> sparkConf) {
    java.util.Map<String, String> settings = new java.util.TreeMap<>();
    System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("spark."))
        .forEach(k -> settings.put(k, System.getProperty(k)));
    settings.putAll(sparkConf);
    org.apache.hadoop.conf.Configuration hadoop = withoutChecksums();
    settings.forEach((key, value) -> {
      if (key.startsWith("spark.hadoop.")) {
        hadoop.set(key.substring("spark.hadoop.".length()), value);
      }
    });
    return hadoop;
  }
}
