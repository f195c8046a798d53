package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.testing.CsvParserProbe;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;
import vn.mocchau.analytics.testing.StandaloneCluster;

/**
 * The monthly job on a real Spark standalone cluster (a master and two workers on 127.0.0.1,
 * started from the Maven classpath), by both routes: spark-submit with the packaged cluster jar,
 * and jobs/monthly --master. Each must publish exactly what embedded local mode publishes.
 * Runs in the integration-test phase (it needs the jar from the package phase).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {
  private static final String MONTH = "2026-01";
  private static final Path CLUSTER_JAR = Path.of("target", "moc-chau-analytics-cluster.jar");

  private Path work;
  private Path raw;
  private Path local;
  private StandaloneCluster cluster;

  @BeforeAll
  void startClusterAndRunLocally(@TempDir Path temporary) throws Exception {
    work = temporary;
    raw = work.resolve("data-raw");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    for (String feed : List.of("visitor_counts", "stays", "revenue")) {
      Folders.copy(Fixtures.resource("e2e/deliveries/" + feed), raw.resolve(feed));
    }
    local = work.resolve("out-local");
    Launcher.Result result = Launcher.run("monthly", MONTH, "--raw", raw.toString(), "--out",
        local.toString());
    assertEquals(0, result.exitCode(), result.output());

    String sparkClasspath = StandaloneCluster.distributionClasspath();
    cluster = StandaloneCluster.start(work.resolve("cluster"), sparkClasspath, 2);
  }

  @AfterAll
  void stopCluster() {
    if (cluster != null) {
      List<Long> pids = cluster.pids();
      cluster.close();
      for (long pid : pids) {
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
            "process " + pid + " still running");
      }
    }
  }

  @Test
  void sparkSubmitWithTheClusterJarPublishesWhatLocalModePublishes() throws Exception {
    Path out = work.resolve("out-submit");
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(jvmOptions());
    command.addAll(List.of("-Xmx1g", "-cp", StandaloneCluster.distributionClasspath(),
        "org.apache.spark.deploy.SparkSubmit",
        "--master", cluster.masterUrl(), "--deploy-mode", "client",
        "--class", "vn.mocchau.analytics.cli.Main",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.executor.memory=512m", "--conf", "spark.task.maxFailures=1",
        CLUSTER_JAR.toAbsolutePath().toString(),
        // Hadoop URIs for both locations, as on HDFS or S3.
        "monthly", MONTH, "--raw", raw.toUri().toString(), "--out", out.toUri().toString()));
    Path log = work.resolve("submit.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(cluster.environment());
    Process submit = builder.start();
    try {
      assertTrue(submit.waitFor(4, TimeUnit.MINUTES), "spark-submit did not finish");
    } finally {
      submit.descendants().forEach(ProcessHandle::destroyForcibly);
      submit.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, submit.exitValue(), output);
    assertTrue(output.contains("Spark 3.5.9 sẵn sàng (" + cluster.masterUrl() + ")"), output);
    assertTrue(ranOnBothWorkers(), "tasks ran in executors on both workers");
    assertSamePublication(local, out);
  }

  @Test
  void jobsMonthlyWithMasterShipsTheJarAndPublishesWhatLocalModePublishes() throws Exception {
    Path out = work.resolve("out-launcher");
    Launcher.Result result = Launcher.run("monthly", MONTH, "--raw", raw.toString(), "--out",
        out.toString(), "--master", cluster.masterUrl(),
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.executor.memory=512m", "--conf", "spark.task.maxFailures=1");
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("sẵn sàng (" + cluster.masterUrl() + ")"),
        result.output());
    assertSamePublication(local, out);
  }

  /**
   * commons-csv's parser on a spark-submit classpath: a Spark 3.5.9 distribution's jars first
   * (commons-io 2.16.1), then the cluster jar, as spark-submit's class loader orders them. The
   * parser needs commons-io 2.17 or later; without the cluster jar's own (relocated) copy it fails
   * with NoClassDefFoundError: org/apache/commons/io/input/UnsynchronizedBufferedReader.
   */
  @Test
  void commonsCsvParserRunsOnSparksJarsWithTheClusterJar() throws Exception {
    String classpath = String.join(java.io.File.pathSeparator,
        StandaloneCluster.distributionClasspath(), CLUSTER_JAR.toAbsolutePath().toString(),
        Path.of("target", "test-classes").toAbsolutePath().toString());
    Process probe = new ProcessBuilder(javaBinary(), "-cp", classpath,
        CsvParserProbe.class.getName()).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(probe.waitFor(1, TimeUnit.MINUTES), "the probe did not finish");
    assertEquals(0, probe.exitValue(), output);
    List<String> lines = output.strip().lines().toList();
    assertEquals(List.of("xa|luot_khach", "Phường Mộc Châu; Sơn La|1250"), lines.subList(0, 2),
        output);
    assertTrue(lines.get(2).endsWith("/moc-chau-analytics-cluster.jar"),
        "the parser comes from the cluster jar: " + output);
  }

  private boolean ranOnBothWorkers() throws IOException {
    int workersWithExecutors = 0;
    for (int i = 1; i <= 2; i++) {
      try (Stream<Path> files = Files.walk(work.resolve("cluster/worker-" + i))) {
        if (files.anyMatch(p -> p.getFileName().toString().equals("stderr"))) {
          workersWithExecutors++;
        }
      }
    }
    return workersWithExecutors == 2;
  }

  /** Same rows in every published table, and byte-identical CSV exports. */
  private static void assertSamePublication(Path expected, Path actual) throws IOException {
    for (String feed : List.of("visitor_counts", "stays", "revenue")) {
      for (String layer : List.of("curated", "quarantine")) {
        String table = layer + "/" + feed;
        assertEquals(rows(DuckDb.parquet(expected.resolve(table))),
            rows(DuckDb.parquet(actual.resolve(table))), table);
      }
    }
    try (Stream<Path> marts = Files.list(expected.resolve("marts"))) {
      for (Path mart : marts.sorted().toList()) {
        Path other = actual.resolve("marts").resolve(mart.getFileName().toString());
        if (!Files.list(mart).anyMatch(p -> p.toString().endsWith(".parquet"))) {
          continue;
        }
        assertEquals(rows(DuckDb.parquetFiles(mart)), rows(DuckDb.parquetFiles(other)),
            mart.getFileName().toString());
      }
    }
    Map<String, String> exports = csvFiles(expected.resolve("exports"));
    assertFalse(exports.isEmpty());
    assertEquals(exports, csvFiles(actual.resolve("exports")));
  }

  private static List<List<String>> rows(String source) {
    return DuckDb.query("SELECT * FROM " + source + " ORDER BY ALL");
  }

  private static Map<String, String> csvFiles(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path file : all.filter(p -> p.toString().endsWith(".csv")).toList()) {
        files.put(folder.relativize(file).toString(),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static List<String> jvmOptions() throws IOException {
    return Files.readAllLines(Path.of("jobs", "lib", "jvm-options.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
