package vn.mocchau.analytics.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads .xlsx workbooks with openpyxl (Debian's python3-openpyxl, through /usr/bin/python3), a
 * reader independent of the writer (Apache POI), via src/test/resources/xlsx/dump.py. Without
 * openpyxl a test is skipped, or fails under CI=true (.ci/run installs it).
 */
public final class OpenPyxl {
  private static final String PYTHON = "/usr/bin/python3";

  private OpenPyxl() {}

  /** Each workbook as dump.py writes it, by the path given. */
  public static JsonNode read(Path... workbooks) throws IOException, InterruptedException {
    requireOpenPyxl();
    List<String> command = new ArrayList<>(List.of(PYTHON,
        Fixtures.resource("xlsx/dump.py").toString()));
    for (Path workbook : workbooks) {
      command.add(workbook.toString());
    }
    Path json = Files.createTempFile("openpyxl", ".json");
    Path errors = Files.createTempFile("openpyxl", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(json.toFile())
          .redirectError(errors.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("openpyxl did not finish in 120 s");
      }
      if (process.exitValue() != 0) {
        fail("openpyxl cannot read " + command + ": " + Files.readString(errors));
      }
      return new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(json);
      Files.deleteIfExists(errors);
    }
  }

  /** The sheet of a workbook's dump by name, or fails listing the sheets there are. */
  public static JsonNode sheet(JsonNode workbook, String name) {
    List<String> names = new ArrayList<>();
    for (JsonNode sheet : workbook.get("sheets")) {
      if (sheet.get("name").asText().equals(name)) {
        return sheet;
      }
      names.add(sheet.get("name").asText());
    }
    return fail("no sheet " + name + " among " + names);
  }

  private static void requireOpenPyxl() throws IOException, InterruptedException {
    boolean present = Files.isExecutable(Path.of(PYTHON)) && new ProcessBuilder(PYTHON, "-c",
        "import openpyxl").redirectErrorStream(true).start().waitFor() == 0;
    if (!present) {
      String message = "The .xlsx read-back needs openpyxl: apt-get install python3-openpyxl.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " CI=true, so this is a failure, not a skip.");
      }
      Assumptions.abort(message + " Skipped on this machine.");
    }
  }
}
