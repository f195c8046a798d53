package vn.mocchau.analytics.config;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one Spark session of a run. Embedded local mode unless a master is given on the
 * command line or by spark-submit; Spark settings otherwise come from the job's {@code --conf},
 * spark-submit's {@code --conf} or {@code spark-defaults.conf}, never from here, except the few that make the
 * pipeline's output correct and deterministic.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(RunConfig config) {
    SparkConf launcherConf = new SparkConf();
    config.sparkConf().forEach(launcherConf::set);
    SparkSession.Builder builder = SparkSession.builder().appName("moc-chau-analytics");
    if (config.master() != null) {
      builder.master(config.master());
    } else if (!launcherConf.contains("spark.master")) {
      builder.master("local[*]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", launcherConf.get("spark.ui.enabled", "false"));
    }
    if (!launcherConf.contains("spark.sql.shuffle.partitions")) {
      builder.config("spark.sql.shuffle.partitions", "8");
    }
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
}
