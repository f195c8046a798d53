package vn.mocchau.analytics.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The pipeline's version as the pom names it, from a resource Maven fills in at build time
 * (src/main/resources-filtered), so that it is the same in an IDE, the tests, jobs/ and the
 * spark-submit jar. Printed by --version and written in every run manifest.
 */
public final class PipelineVersion {
  static final String RESOURCE = "/vn/mocchau/analytics/version.properties";

  private PipelineVersion() {}

  public static String get() {
    try (InputStream in = PipelineVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: build with Maven");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered: build with Maven");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
