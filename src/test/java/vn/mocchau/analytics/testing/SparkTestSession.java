package vn.mocchau.analytics.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark session for every test in the JVM (local[2], UI off, two shuffle partitions), and
 * spark-testing-base's DataFrame equality used as a plain assertion helper from JUnit 5.
 */
public final class SparkTestSession {
  private static SparkSession spark;
  private static JavaDataFrameSuiteBase assertions;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    // A job run in-process (InProcess) stops the session it was given when it ends, as it does
    // on an officer's machine; the next test gets a fresh one.
    if (spark == null || spark.sparkContext().isStopped()) {
      spark = SparkSession.builder()
          .master("local[2]")
          .appName("moc-chau-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.sql.datetime.java8API.enabled", "true")
          .config("spark.sql.ansi.enabled", "true")
          .getOrCreate();
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }

  /** Same rows in any order, same schema; fails with spark-testing-base's message otherwise. */
  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    helper().assertDataFrameNoOrderEquals(expected, actual);
  }

  private static synchronized JavaDataFrameSuiteBase helper() {
    if (assertions == null) {
      get();
      assertions = new JavaDataFrameSuiteBase() {
        @Override
        public boolean enableHiveSupport() {
          return false;
        }
      };
    }
    return assertions;
  }
}
