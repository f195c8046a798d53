package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * --version on every job, in the officer's language, is the pom's version; jobs/report takes
 * --conf like the other jobs and hands spark.hadoop.* to the file system. Runs {@link Main} in
 * this JVM: nothing here starts Spark.
 */
class VersionAndReportConfTest {
  private static InProcess.Run main(String... args) {
    return InProcess.main(args);
  }

  /** The version in pom.xml, read from the pom itself, not from the code under test. */
  private static String pomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>moc-chau-analytics</artifactId>\\s*<version>([^<]+)"
        + "</version>").matcher(pom);
    assertTrue(m.find(), "the pom names its version");
    return m.group(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"monthly", "backfill", "validate", "report", "sql"})
  void everyJobPrintsThePomsVersionInTheOfficersLanguage(String job) throws IOException {
    InProcess.Run vi = main(job, "--version");
    assertEquals(0, vi.exitCode(), vi.output());
    assertEquals("moc-chau-analytics phiên bản " + pomVersion(), vi.output().strip());
    InProcess.Run en = main(job, "--version", "--lang", "en");
    assertEquals(0, en.exitCode(), en.output());
    assertEquals("moc-chau-analytics version " + pomVersion(), en.output().strip());
  }

  @Test
  void theBuiltResourceCarriesTheVersionNotThePlaceholder() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/vn/mocchau/analytics/version.properties")) {
      properties.load(in);
    }
    assertEquals(pomVersion(), properties.getProperty("version"));
  }

  @Test
  void reportTakesConfAndItReachesTheFileSystem(@TempDir Path empty) {
    // A harmless setting is accepted: the job goes on to say there are no marts (exit 2).
    InProcess.Run accepted = main("report", "2026-01", "--out", empty.toString(), "--lang", "en",
        "--conf", "spark.hadoop.fs.permissions.umask-mode=022");
    assertEquals(ExitCode.USAGE.code(), accepted.exitCode(), accepted.output());
    assertTrue(accepted.output().contains("2026-01"), accepted.output());
    // A file system implementation that does not exist: the run fails opening --out, so the
    // setting was handed to Hadoop (uncached, or an earlier file system would be reused).
    InProcess.Run handedOn = main("report", "2026-01", "--out", empty.toString(), "--lang", "en",
        "--conf", "spark.hadoop.fs.file.impl=vn.mocchau.NoSuchFileSystem",
        "--conf", "spark.hadoop.fs.file.impl.disable.cache=true");
    assertEquals(ExitCode.INTERNAL_ERROR.code(), handedOn.exitCode(), handedOn.output());
    assertTrue(handedOn.output().contains("vn.mocchau.NoSuchFileSystem"), handedOn.output());
  }
}
