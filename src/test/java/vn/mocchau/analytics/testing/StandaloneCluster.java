package vn.mocchau.analytics.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1: one master and two workers started from the Maven
 * classpath (no Spark distribution: SPARK_HOME has an empty jars/ folder and SPARK_DIST_CLASSPATH
 * carries what a cluster provides). {@link #close()} stops every process it started, and the
 * executors the workers started, by PID.
 */
public final class StandaloneCluster implements AutoCloseable {
  private final Path home;
  private final String sparkClasspath;
  private final List<Process> processes = new ArrayList<>();
  private final int port;

  private StandaloneCluster(Path home, String sparkClasspath, int port) {
    this.home = home;
    this.sparkClasspath = sparkClasspath;
    this.port = port;
  }

  /** Starts the master and {@code workers} workers of one core each; returns when all joined. */
  public static StandaloneCluster start(Path home, String sparkClasspath, int workers)
      throws IOException, InterruptedException {
    Files.createDirectories(home.resolve("jars"));
    StandaloneCluster cluster = new StandaloneCluster(home, sparkClasspath, freePort());
    try {
      cluster.launch("master", List.of("org.apache.spark.deploy.master.Master", "--host",
          "127.0.0.1", "--port", String.valueOf(cluster.port), "--webui-port",
          String.valueOf(freePort())));
      for (int i = 1; i <= workers; i++) {
        Path work = Files.createDirectories(home.resolve("worker-" + i));
        cluster.launch("worker-" + i, List.of("org.apache.spark.deploy.worker.Worker", "--host",
            "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port",
            String.valueOf(freePort()), "--work-dir", work.toString(), cluster.masterUrl()));
      }
      cluster.awaitWorkers(workers, Duration.ofSeconds(60));
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * The classpath of a Spark 3.5.9 distribution's jars/ folder: target/spark-classpath.txt (what
   * Maven resolves for Spark, Hadoop and Parquet, without the pipeline's own libraries and without
   * the jars Maven resolves at other versions than the distribution) and
   * target/spark-distribution-jars/ (those jars at the distribution's versions). See the pom's
   * spark-classpath and spark-distribution-jars executions.
   */
  public static String distributionClasspath() throws IOException {
    List<String> entries = new ArrayList<>(List.of(
        Files.readString(Path.of("target", "spark-classpath.txt")).strip()));
    try (var jars = Files.list(Path.of("target", "spark-distribution-jars"))) {
      jars.filter(p -> p.toString().endsWith(".jar")).sorted()
          .forEach(p -> entries.add(p.toAbsolutePath().toString()));
    }
    if (entries.size() < 5) {
      throw new IllegalStateException("target/spark-distribution-jars/ lacks jars: " + entries);
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  public String masterUrl() {
    return "spark://127.0.0.1:" + port;
  }

  /** Environment for any process that is part of this cluster (master, workers, submit). */
  public Map<String, String> environment() {
    return Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.12",
        "SPARK_DIST_CLASSPATH", sparkClasspath, "SPARK_LOCAL_IP", "127.0.0.1",
        "SPARK_NO_DAEMONIZE", "1");
  }

  public Path log(String name) {
    return home.resolve(name + ".log");
  }

  private void launch(String name, List<String> mainAndArgs) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-cp",
        sparkClasspath));
    command.addAll(mainAndArgs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log(name).toFile());
    builder.environment().putAll(environment());
    processes.add(builder.start());
  }

  private void awaitWorkers(int workers, Duration timeout)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      String master = Files.readString(log("master"), StandardCharsets.UTF_8);
      long registered = master.lines().filter(l -> l.contains("Registering worker")).count();
      if (registered >= workers) {
        return;
      }
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException("A cluster process exited early; see the logs in "
              + home + ":\n" + master);
        }
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The workers did not register within " + timeout
        + "; see the logs in " + home);
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Stops the executors, workers and master, by PID, and waits for them to exit. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process process = processes.get(i);
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    for (Process process : processes) {
      try {
        process.waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** PIDs of every process started, and of their children still running (for tests). */
  public List<Long> pids() {
    List<Long> pids = new ArrayList<>();
    for (Process process : processes) {
      pids.add(process.pid());
      process.descendants().forEach(d -> pids.add(d.pid()));
    }
    return pids;
  }
}
