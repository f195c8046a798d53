package vn.mocchau.analytics.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;
import vn.mocchau.analytics.testing.StandaloneCluster;

/**
 * The officers' distribution (#17): target/moc-chau-analytics-VERSION-bin.tar.gz, unpacked in a
 * temporary folder and run from there as an office server would: Java 17 on the PATH, no Maven.
 * Runs in the integration-test phase (the tar.gz is made in the package phase).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributionIT {
  private static final String MONTH = "2026-01";

  private String version;
  private Path work;
  private Path home;
  private Path withJava;
  private Path withoutJava;
  private Launcher.Result localRun;

  @BeforeAll
  void unpack(@TempDir Path temporary) throws Exception {
    work = temporary;
    version = pomVersion();
    Path tarball = Path.of("target", "moc-chau-analytics-" + version + "-bin.tar.gz");
    assertTrue(Files.isRegularFile(tarball), tarball + " is made by mvn package");
    Path unpacked = work.resolve("unpacked");
    Files.createDirectories(unpacked);
    Process tar = new ProcessBuilder("tar", "xzf", tarball.toAbsolutePath().toString(), "-C",
        unpacked.toString()).inheritIO().start();
    assertTrue(tar.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, tar.exitValue());
    home = unpacked.resolve("moc-chau-analytics-" + version);
    withJava = commands(work.resolve("path-with-java"), true);
    withoutJava = commands(work.resolve("path-without-java"), false);
  }

  @Test
  void thePathHasJavaAndNoMaven() throws Exception {
    assertEquals(List.of(0, 1), List.of(shell(withJava, "command -v java").exitCode(),
        shell(withJava, "command -v mvn").exitCode()));
    assertEquals(1, shell(withoutJava, "command -v java").exitCode());
  }

  @Test
  void versionPrintsThePomsVersion() throws Exception {
    Launcher.Result result = run(withJava, "bin/monthly", "--version");
    assertEquals(0, result.exitCode(), result.output());
    assertEquals("moc-chau-analytics phiên bản " + version, result.output().strip());
  }

  @Test
  void aMonthRunsFromTheUnpackedFolderAndPublishesWhatJobsPublish() throws Exception {
    Path raw = raw();
    Path out = work.resolve("out-dist");
    Launcher.Result result = localRun();
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("Spark 3.5.9 sẵn sàng (local"), result.output());
    assertFalse(result.output().contains("Maven"), result.output());

    Path html = out.resolve("reports/" + MONTH + "/report.html");
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("Mộc Châu"));
    assertTrue(Files.size(out.resolve("reports/" + MONTH + "/report.pdf")) > 10_000);

    // The same month through jobs/ (the developers' launcher, Maven's classes): same marts.
    Path jobsOut = work.resolve("out-jobs");
    Launcher.Result jobs = Launcher.run("monthly", MONTH, "--raw", raw.toString(), "--out",
        jobsOut.toString());
    assertEquals(0, jobs.exitCode(), jobs.output());
    for (String mart : List.of("tourism_monthly", "target_progress", "data_quality")) {
      List<List<String>> rows = rows(out.resolve("marts").resolve(mart));
      assertFalse(rows.isEmpty(), mart);
      assertEquals(rows(jobsOut.resolve("marts").resolve(mart)), rows, mart);
    }
    assertEquals(rows(jobsOut.resolve("marts/tourism_monthly")).size(),
        rows(out.resolve("marts/tourism_monthly")).size());
  }

  @Test
  void withMasterTheDistributionShipsItsClusterJarToTheExecutors() throws Exception {
    Path raw = raw();
    Path local = work.resolve("out-dist");
    assertEquals(0, localRun().exitCode(), localRun().output());
    // A Spark 3.5.9 distribution's jars, as ClusterIT uses: the pipeline's own libraries are
    // not in it (the workers found no commons-io and never started before this).
    String sparkClasspath = StandaloneCluster.distributionClasspath();
    try (StandaloneCluster cluster = StandaloneCluster.start(work.resolve("cluster"),
        sparkClasspath, 1)) {
      Path out = work.resolve("out-dist-cluster");
      Launcher.Result result = run(withJava, "bin/monthly", MONTH, "--raw", raw.toString(),
          "--out", out.toString(), "--master", cluster.masterUrl(),
          "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
          "--conf", "spark.executor.memory=512m", "--conf", "spark.task.maxFailures=1");
      assertEquals(0, result.exitCode(), result.output());
      assertTrue(result.output().contains("sẵn sàng (" + cluster.masterUrl() + ")"),
          result.output());
      for (String mart : List.of("tourism_monthly", "data_quality")) {
        assertEquals(rows(local.resolve("marts").resolve(mart)),
            rows(out.resolve("marts").resolve(mart)), mart);
      }
    }
  }

  @Test
  void withoutJavaTheLaunchersRefuseInTheRunsLanguage() throws Exception {
    Launcher.Result vi = run(withoutJava, "bin/monthly", MONTH);
    assertEquals(2, vi.exitCode(), vi.output());
    assertEquals("Không chạy được: máy chưa cài Java 17 (apt-get install"
        + " openjdk-17-jdk-headless).", vi.output().strip());

    Launcher.Result en = run(withoutJava, "bin/report", MONTH, "--lang", "en");
    assertEquals(2, en.exitCode(), en.output());
    assertEquals("Cannot run: Java 17 is not installed (apt-get install"
        + " openjdk-17-jdk-headless).", en.output().strip());
  }

  @Test
  void everyCommandOfJobsIsInBinAndRuns() throws Exception {
    Set<String> jobs = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("jobs"))) {
      files.filter(Files::isRegularFile).forEach(p -> jobs.add(p.getFileName().toString()));
    }
    Set<String> bin = new TreeSet<>();
    try (Stream<Path> files = Files.list(home.resolve("bin"))) {
      files.filter(Files::isRegularFile).forEach(p -> bin.add(p.getFileName().toString()));
    }
    assertEquals(jobs, bin);
    for (String command : bin) {
      assertTrue(Files.isExecutable(home.resolve("bin").resolve(command)), command);
    }
    // A refusal before Spark starts: the same message and exit code as jobs/validate.
    Launcher.Result result = run(withJava, "bin/validate", "2026-13");
    assertEquals(2, result.exitCode(), result.output());
    assertTrue(result.output().contains("Không đọc được tháng '2026-13'"), result.output());
    // The usage names the command as it is typed here.
    Launcher.Result usage = run(withJava, "bin/monthly");
    assertEquals(2, usage.exitCode(), usage.output());
    assertTrue(usage.output().startsWith("Thiếu YYYY-MM.\nCách dùng: bin/monthly YYYY-MM"),
        usage.output());
    assertTrue(usage.output().contains("Ví dụ: bin/monthly 2026-10"), usage.output());
  }

  @Test
  void licencesNoticeAndTheSbomAreShippedAndTheSbomListsLib() throws Exception {
    for (String file : List.of("LICENSE", "NOTICE", "README.md", "docs/huong-dan.md",
        "docs/licences.md", "licenses/LGPL-2.1.txt", "licenses/MPL-2.0.txt",
        "licenses/LICENSE-DejaVu.txt", "data-raw/reference/targets.csv",
        "sample/data-raw/reference/targets.csv", "cluster/moc-chau-analytics-cluster.jar")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), file);
    }
    assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));
    assertTrue(Files.readString(home.resolve("licenses/LICENSE-DejaVu.txt"))
        .contains("Arev Fonts Copyright"));
    assertTrue(Files.readString(home.resolve("NOTICE")).contains("jfreechart-1.5.6-sources.jar"));

    Set<String> lib = new TreeSet<>();
    try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
      jars.forEach(p -> lib.add(p.getFileName().toString()));
    }
    Set<String> sbom = new TreeSet<>();
    JsonNode bom = new ObjectMapper().readTree(home.resolve("bom.json").toFile());
    for (JsonNode component : bom.path("components")) {
      // The classifier (netty's native-epoll linux-x86_64...) is a qualifier of the package URL.
      Matcher classifier = Pattern.compile("[?&]classifier=([^&]+)")
          .matcher(component.path("purl").asText());
      sbom.add(component.path("name").asText() + "-" + component.path("version").asText()
          + (classifier.find() ? "-" + classifier.group(1) : "") + ".jar");
    }
    sbom.add("moc-chau-analytics-" + version + ".jar");
    assertEquals(sbom, lib);

    // The licence texts inside the pipeline's jar and the cluster jar (shaded from it).
    for (Path jar : List.of(home.resolve("lib/moc-chau-analytics-" + version + ".jar"),
        home.resolve("cluster/moc-chau-analytics-cluster.jar"))) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        for (String entry : List.of("META-INF/licenses/LICENSE", "META-INF/licenses/NOTICE",
            "META-INF/licenses/LGPL-2.1.txt", "META-INF/licenses/MPL-2.0.txt",
            "fonts/LICENSE-DejaVu.txt")) {
          assertNotEquals(null, zip.getEntry(entry), jar + " " + entry);
        }
      }
    }
  }

  /** The month run from the unpacked folder in local mode (out-dist), once for both tests. */
  private synchronized Launcher.Result localRun() throws Exception {
    if (localRun == null) {
      localRun = run(withJava, "bin/monthly", MONTH, "--raw", raw().toString(), "--out",
          work.resolve("out-dist").toString());
    }
    return localRun;
  }

  /** The fixture deliveries of ClusterIT, copied once. */
  private Path raw() {
    Path raw = work.resolve("data-raw");
    if (!Files.isDirectory(raw)) {
      Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
      for (String feed : List.of("visitor_counts", "stays", "revenue")) {
        Folders.copy(Fixtures.resource("e2e/deliveries/" + feed), raw.resolve(feed));
      }
    }
    return raw;
  }

  private static List<List<String>> rows(Path mart) {
    return DuckDb.query("SELECT * FROM " + DuckDb.parquetFiles(mart) + " ORDER BY ALL");
  }

  /** Runs a launcher of the unpacked distribution from its folder, with only PATH to find tools. */
  private Launcher.Result run(Path path, String... command) throws Exception {
    Path log = Files.createTempFile(work, "dist", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.command().set(0, home.resolve(command[0]).toString());
    environment(builder, path);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
    }
    return new Launcher.Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private Launcher.Result shell(Path path, String script) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", script)
        .redirectErrorStream(true);
    environment(builder, path);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return new Launcher.Result(process.exitValue(), output);
  }

  /** An office server's environment: PATH as given, no JAVA_HOME or Maven variables. */
  private static void environment(ProcessBuilder builder, Path path) {
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("MAVEN") || k.startsWith("M2") || k.equals("JAVA_HOME")
        || k.startsWith("MOC_CHAU"));
    env.put("PATH", path.toString());
    env.put("MOC_CHAU_HEAP", "-Xmx1g");
    env.put("JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
  }

  /**
   * A folder of links to every command in /usr/bin and /bin except Maven's (mvn, mvnDebug) and
   * java, plus, when {@code java} is true, java itself from the JDK running this test: /usr/bin
   * holds mvn on a developer's machine, so it cannot be put on the PATH as it is.
   */
  private static Path commands(Path folder, boolean java) throws IOException {
    Files.createDirectories(folder);
    for (String system : List.of("/usr/bin", "/bin")) {
      try (Stream<Path> files = Files.list(Path.of(system))) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          if (name.startsWith("mvn") || name.equals("java")
              || Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            continue;
          }
          Files.createSymbolicLink(folder.resolve(name), file);
        }
      }
    }
    if (java) {
      Files.createSymbolicLink(folder.resolve("java"),
          Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    return folder;
  }

  private static String pomVersion() throws IOException {
    Matcher version = Pattern.compile("<artifactId>moc-chau-analytics</artifactId>\\s*"
        + "<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
    assertTrue(version.find());
    return version.group(1);
  }
}
