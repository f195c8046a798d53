package vn.mocchau.analytics.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's JVM options (jobs/lib/jvm-options.txt) and the tests' (pom.xml) agree. */
class JvmOptionsTest {
  @Test
  void everyLauncherOptionIsAlsoGivenToTheTestJvm() throws Exception {
    List<String> testJvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
    for (String option : Files.readAllLines(Path.of("jobs/lib/jvm-options.txt"))) {
      if (option.isBlank() || option.startsWith("#")) {
        continue;
      }
      assertTrue(testJvm.contains(option), option + " is missing from the surefire argLine");
    }
  }
}
