package vn.mocchau.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A PDF's text as an independent reader sees it: poppler's pdftotext (Debian poppler-utils), one
 * string per page. Without pdftotext the test is skipped on a workstation, but fails under
 * CI=true, so that CI cannot pass by not checking.
 */
final class PdfText {
  private PdfText() {}

  static void requirePoppler() {
    try {
      Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() == 0) {
        return;
      }
    } catch (IOException e) {
      // not installed: decided below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String message = "pdftotext (Debian package poppler-utils) is needed to read the PDF back";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  /** The text of every page, in drawing order, with runs of white space as one space. */
  static List<String> pages(Path pdf) throws IOException, InterruptedException {
    requirePoppler();
    Path text = Files.createTempFile("report", ".txt");
    try {
      // -raw: in the order the content is drawn, so a table reads row by row, cell by cell.
      Process p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(),
          text.toString()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), "pdftotext: " + output);
      String all = Files.readString(text, StandardCharsets.UTF_8);
      List<String> pages = new ArrayList<>();
      // pdftotext ends every page with a form feed.
      Arrays.stream(all.split("\f", -1)).limit(all.split("\f", -1).length - 1L)
          .forEach(page -> pages.add(page.replaceAll("\\s+", " ").strip()));
      return pages;
    } finally {
      Files.deleteIfExists(text);
    }
  }
}
