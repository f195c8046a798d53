package vn.mocchau.analytics.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.testing.Launcher;

/**
 * The report as a delegate sees it: the real monthly job publishes a month of the committed
 * sample, and headless Chromium draws {@code report.html} on screen and prints it to A4 PDF.
 * Each chart in the report must look like its own {@code charts/YYYY-MM/<chart>.svg} drawn by
 * the same browser at the same size and place: the standalone render is the same page with each
 * inline chart replaced by an {@code <img>} of its .svg file, so layout, pagination and fonts
 * are identical and only the chart's embedding differs. Renders and differences are kept under
 * {@code target/browser-report/} to look at.
 *
 * <p>Needs Chromium ({@code chromium}, or $CHROMIUM) and poppler's pdftoppm and pdftotext. Under
 * {@code CI=true} their absence fails the test; on a developer machine without them it is
 * skipped with a message saying what to install.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {
  static final String MONTH = "2026-10";
  /** Antialiasing allowance: share of pixels that may differ, and most in one 8×8 block. */
  static final double MAX_SHARE = 0.001;
  static final int MAX_BLOCK = 12;
  static final Path ARTIFACTS = Path.of("target", "browser-report");

  Path report;
  Path charts;
  String html;

  @BeforeAll
  void publishOneMonthOfTheSample(@TempDir Path work) throws Exception {
    Path out = work.resolve("data-out");
    Launcher.Result monthly = Launcher.run("monthly", MONTH, "--raw",
        Path.of("data-raw").toAbsolutePath().toString(), "--out", out.toString());
    assertEquals(0, monthly.exitCode(), monthly.output());
    report = out.resolve("reports/" + MONTH + "/report.html");
    charts = out.resolve("charts/" + MONTH);
    html = Files.readString(report, StandardCharsets.UTF_8);
    Files.createDirectories(ARTIFACTS);
  }

  /** The names of the charts published as files this month. */
  private Set<String> chartFiles() throws IOException {
    return new TreeSet<>(chartsByTitle().values());
  }

  /**
   * Each chart file's name by its title (its first text). The report's charts are recognised by
   * their title, so that the test does not depend on how the report marks them up.
   */
  private Map<String, String> chartsByTitle() throws IOException {
    Map<String, String> byTitle = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(charts)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".svg")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.svg$", "");
        String title = firstText(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(null, byTitle.put(title, name), "two charts titled " + title);
      }
    }
    return byTitle;
  }

  /** The content of the first text element of an SVG, unescaped and trimmed. */
  static String firstText(String svg) {
    Matcher text = Pattern.compile("<text\\b[^>]*>([^<]*)</text", Pattern.DOTALL).matcher(svg);
    if (!text.find()) {
      throw new AssertionError("an SVG chart without text: " + svg.substring(0,
          Math.min(200, svg.length())));
    }
    return normalize(text.group(1).replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
        .replace("&amp;", "&").trim());
  }

  @Test
  void everyIdIsUniqueAndEveryReferenceStaysInsideItsOwnChart() throws IOException {
    Map<String, Integer> idCount = new HashMap<>();
    Matcher ids = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html);
    while (ids.find()) {
      idCount.merge(ids.group(1), 1, Integer::sum);
    }
    List<String> repeated = idCount.entrySet().stream().filter(e -> e.getValue() > 1)
        .map(e -> e.getKey() + " ×" + e.getValue()).sorted().toList();
    assertEquals(List.of(), repeated, "ids used more than once in report.html");

    Map<String, String> byTitle = chartsByTitle();
    Matcher svgs = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(html);
    List<String> inlined = new ArrayList<>();
    Pattern reference = Pattern.compile("url\\(\\s*['\"]?#([^'\")\\s]+)|href=\"#([^\"]+)\"");
    while (svgs.find()) {
      Matcher trend = Pattern.compile("^<svg\\b[^>]*data-chart=\"(trend-[^\"]+)\"")
          .matcher(svgs.group());
      if (trend.find()) {
        // A trend sparkline of the programme lives in the report only (no file, no title of
        // its own: the report's text names it); its ids carry its name like a chart's.
        assertOwnReferences(trend.group(1), svgs.group(), reference);
        continue;
      }
      String title = firstText(svgs.group());
      String chart = byTitle.get(title);
      assertTrue(chart != null, "a chart in the report titled \"" + title
          + "\" that is not one of the files " + byTitle);
      inlined.add(chart);
      Set<String> own = new TreeSet<>();
      Matcher local = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(svgs.group());
      while (local.find()) {
        own.add(local.group(1));
      }
      assertTrue(own.stream().allMatch(id -> id.startsWith(chart + "-")),
          chart + ": every id carries the chart's prefix: " + own);
      Matcher refs = reference.matcher(svgs.group());
      int count = 0;
      while (refs.find()) {
        String target = refs.group(1) != null ? refs.group(1) : refs.group(2);
        assertTrue(own.contains(target), chart + " refers to #" + target
            + ", which is not one of its own ids " + own);
        count++;
      }
      assertTrue(count > 0, chart + ": a Batik chart clips its drawing, so it has references");
    }
    assertEquals(new ArrayList<>(chartFiles()), inlined.stream().sorted().toList(),
        "every published chart is in the report, once");
  }

  /** Every id of an inline SVG starts with its name, and every reference points at one. */
  private static void assertOwnReferences(String name, String svg, Pattern reference) {
    Set<String> own = new TreeSet<>();
    Matcher local = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(svg);
    while (local.find()) {
      own.add(local.group(1));
    }
    assertTrue(!own.isEmpty() && own.stream().allMatch(id -> id.startsWith(name + "-")),
        name + ": every id carries the chart's prefix: " + own);
    Matcher refs = reference.matcher(svg);
    while (refs.find()) {
      String target = refs.group(1) != null ? refs.group(1) : refs.group(2);
      assertTrue(own.contains(target), name + " refers to #" + target
          + ", which is not one of its own ids " + own);
    }
  }

  @Test
  void everyChartOnScreenLooksLikeItsSvgFile() throws Exception {
    try (Chromium chromium = new Chromium(requireTools())) {
      chromium.viewport(800, 1000, "screen");
      chromium.open(report.toUri().toString());
      JsonNode inline = chromium.evaluate(chartBoxes());
      for (JsonNode box : inline) {
        assertTrue(box.hasNonNull("name"), "a chart in the report titled \""
            + box.get("title").asText() + "\" that is not one of the files " + chartFiles());
      }
      Map<String, BufferedImage> drawn = new LinkedHashMap<>();
      for (JsonNode box : inline) {
        drawn.put(box.get("name").asText(), shot(chromium, box));
      }
      JsonNode standalone = chromium.evaluate(swapToImages());
      assertEquals(inline.toString(), standalone.toString(),
          "the <img> of each .svg file takes exactly the inline chart's place");

      List<String> failures = new ArrayList<>();
      StringBuilder measured = new StringBuilder();
      for (JsonNode box : standalone) {
        String name = box.get("name").asText();
        BufferedImage fromFile = shot(chromium, box);
        PixelDiff diff = PixelDiff.of(drawn.get(name), fromFile);
        measured.append(String.format(Locale.ROOT, "%n  %-18s %s", name, diff));
        keep("screen-" + name + "-report.png", drawn.get(name));
        keep("screen-" + name + "-file.png", fromFile);
        keep("screen-" + name + "-diff.png", PixelDiff.mask(drawn.get(name), fromFile));
        if (!diff.same(MAX_SHARE, MAX_BLOCK)) {
          failures.add(name);
        }
      }
      assertEquals(chartFiles(), new TreeSet<>(drawn.keySet()), "every chart is drawn");
      assertEquals(List.of(), failures, "charts in report.html that differ from their .svg file"
          + " drawn at the same size (allowed: " + 100 * MAX_SHARE + " % of pixels, "
          + MAX_BLOCK + " in one block; renders in " + ARTIFACTS.toAbsolutePath() + "):"
          + measured);
      System.out.println("Screen, report against file:" + measured);
    }
  }

  @Test
  void thePrintedA4ReportShowsEveryChartWholeAndAsItsSvgFile() throws Exception {
    try (Chromium chromium = new Chromium(requireTools())) {
      chromium.viewport(800, 1000, "screen");
      chromium.open(report.toUri().toString());
      JsonNode boxes = chromium.evaluate(chartBoxes());
      Path printed = ARTIFACTS.resolve("report.pdf");
      Files.write(printed, chromium.printToPdf());
      chromium.evaluate(swapToImages());
      Path fromFiles = ARTIFACTS.resolve("report-with-svg-files.pdf");
      Files.write(fromFiles, chromium.printToPdf());

      List<Path> pages = pdfToPng(printed, "print-report");
      List<Path> filePages = pdfToPng(fromFiles, "print-file");
      assertTrue(pages.size() >= 2 && pages.size() <= 20, "an A4 report of a few pages, not "
          + pages.size());
      assertEquals(pages.size(), filePages.size(), "same pagination with the .svg files");
      List<String> failures = new ArrayList<>();
      StringBuilder measured = new StringBuilder();
      for (int i = 0; i < pages.size(); i++) {
        BufferedImage page = ImageIO.read(pages.get(i).toFile());
        BufferedImage filePage = ImageIO.read(filePages.get(i).toFile());
        PixelDiff diff = PixelDiff.of(page, filePage);
        measured.append(String.format(Locale.ROOT, "%n  page %-2d %s", i + 1, diff));
        keep("print-page-" + (i + 1) + "-diff.png", PixelDiff.mask(page, filePage));
        if (!diff.same(MAX_SHARE, MAX_BLOCK)) {
          failures.add("page " + (i + 1));
        }
      }
      assertEquals(List.of(), failures, "printed pages whose charts differ from their .svg"
          + " files printed the same way (PDFs and pages in " + ARTIFACTS.toAbsolutePath()
          + "):" + measured);
      System.out.println("Print, report against files:" + measured);

      // Each chart whole on one page: find its title in the PDF's text, place the chart from
      // the title's position and size, and check that it lies inside that page.
      List<PdfWord[]> words = pdfWords(printed);
      StringBuilder placed = new StringBuilder();
      for (JsonNode box : boxes) {
        String name = box.get("name").asText();
        String title = box.get("title").asText();
        PdfWord[] found = findLine(words, title);
        if (found == null) {
          fail(name + ": its title \"" + title + "\" is not in the printed PDF's text");
        }
        double scale = (found[1].xMax() - found[0].xMin()) / box.get("titleWidth").asDouble();
        double top = found[0].yMin() - box.get("titleTop").asDouble() * scale;
        double bottom = top + box.get("viewHeight").asDouble() * scale;
        double pageHeight = found[0].pageHeight();
        assertTrue(top >= -2 && bottom <= pageHeight + 2, String.format(Locale.ROOT,
            "%s is cut by a page break: it spans %.0f–%.0f pt on page %d of %.0f pt",
            name, top, bottom, found[0].page(), pageHeight));
        placed.append(String.format(Locale.ROOT, "%n  %-18s page %d, %.0f–%.0f pt of %.0f",
            name, found[0].page(), top, bottom, pageHeight));
      }
      System.out.println("Charts on the printed pages:" + placed);
    }
  }

  /**
   * JavaScript that defines {@code charts()}: the report's outermost SVG elements, each with
   * the name of the chart file that has the same title.
   */
  private String findCharts() throws IOException {
    return """
        const names = %s;
        const charts = () => Array.from(document.querySelectorAll('svg'))
          .filter(svg => !svg.parentElement.closest('svg'))
          .filter(svg => !(svg.dataset.chart ?? '').startsWith('trend-'))
          .map(svg => {
            const title = svg.querySelector('text');
            const t = title.getBBox();
            return {svg: svg, name: names[title.textContent.trim().normalize('NFC')] ?? null,
              title: title.textContent.trim(), titleTop: t.y, titleWidth: t.width,
              viewHeight: svg.viewBox.baseVal.height};
          });
        const box = (element, chart) => {
          const r = element.getBoundingClientRect();
          return {name: chart.name, x: r.left + scrollX, y: r.top + scrollY, width: r.width,
            height: r.height, title: chart.title, titleTop: chart.titleTop,
            titleWidth: chart.titleWidth, viewHeight: chart.viewHeight};
        };
        """.formatted(new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(chartsByTitle()));
  }

  /** Each chart in the report: its file's name, its box in page coordinates, its title. */
  private String chartBoxes() throws IOException {
    return "(() => {" + findCharts() + " return charts().map(c => box(c.svg, c)); })()";
  }

  /**
   * Replaces each chart in the report by an {@code <img>} of its .svg file, sized as the report's
   * CSS sizes the chart, and returns the images' boxes once they are decoded.
   */
  private String swapToImages() throws IOException {
    String folder = charts.toUri().toString();
    return "(async () => {" + findCharts() + """
          const boxes = [];
          for (const chart of charts()) {
            const style = getComputedStyle(chart.svg);
            const img = document.createElement('img');
            img.src = '%s' + chart.name + '.svg';
            img.style.width = '100%%';
            img.style.height = 'auto';
            img.style.display = style.display;
            img.style.verticalAlign = style.verticalAlign;
            chart.svg.replaceWith(img);
            await img.decode();
            boxes.push([img, chart]);
          }
          return boxes.map(([img, chart]) => box(img, chart));
        })()""".formatted(folder);
  }

  private static BufferedImage shot(Chromium chromium, JsonNode box) {
    // Whole device pixels around the chart: the same clip for the report and the file.
    double x = Math.floor(box.get("x").asDouble());
    double y = Math.floor(box.get("y").asDouble());
    double width = Math.ceil(box.get("x").asDouble() + box.get("width").asDouble()) - x;
    double height = Math.ceil(box.get("y").asDouble() + box.get("height").asDouble()) - y;
    return chromium.screenshot(x, y, width, height);
  }

  private static void keep(String name, BufferedImage image) throws IOException {
    ImageIO.write(image, "png", ARTIFACTS.resolve(name).toFile());
  }

  /** The PDF's pages as PNG at 96 dpi (one pixel per CSS pixel), in page order. */
  private static List<Path> pdfToPng(Path pdf, String prefix) throws Exception {
    try (Stream<Path> old = Files.list(ARTIFACTS)) {
      for (Path file : old.filter(f -> f.getFileName().toString().startsWith(prefix + "-"))
          .toList()) {
        Files.delete(file);
      }
    }
    run("pdftoppm", "-r", "96", "-png", pdf.toString(), ARTIFACTS.resolve(prefix).toString());
    try (Stream<Path> files = Files.list(ARTIFACTS)) {
      return files.filter(f -> f.getFileName().toString().matches(Pattern.quote(prefix)
          + "-\\d+\\.png")).sorted((a, b) -> Integer.compare(pageNumber(a), pageNumber(b)))
          .toList();
    }
  }

  private static int pageNumber(Path png) {
    String name = png.getFileName().toString();
    return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1, name.length() - 4));
  }

  /** One word of the PDF's text with its box in points, as pdftotext -bbox reports it. */
  record PdfWord(int page, double pageHeight, double xMin, double yMin, double xMax,
      String text) {}

  private static List<PdfWord[]> pdfWords(Path pdf) throws Exception {
    String xhtml = run("pdftotext", "-bbox", pdf.toString(), "-");
    List<PdfWord[]> pages = new ArrayList<>();
    Matcher page = Pattern.compile("<page width=\"[\\d.]+\" height=\"([\\d.]+)\">(.*?)</page>",
        Pattern.DOTALL).matcher(xhtml);
    Pattern word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\""
        + " yMax=\"[\\d.]+\">([^<]*)</word>");
    while (page.find()) {
      double height = Double.parseDouble(page.group(1));
      List<PdfWord> list = new ArrayList<>();
      Matcher w = word.matcher(page.group(2));
      while (w.find()) {
        list.add(new PdfWord(pages.size() + 1, height, Double.parseDouble(w.group(1)),
            Double.parseDouble(w.group(2)), Double.parseDouble(w.group(3)),
            normalize(w.group(4).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"))));
      }
      pages.add(list.toArray(new PdfWord[0]));
    }
    return pages;
  }

  /** The first and last word of the first place where {@code line} is written on one line. */
  private static PdfWord[] findLine(List<PdfWord[]> pages, String line) {
    String[] wanted = normalize(line).split("\\s+");
    for (PdfWord[] words : pages) {
      for (int i = 0; i + wanted.length <= words.length; i++) {
        boolean match = true;
        for (int k = 0; k < wanted.length && match; k++) {
          match = words[i + k].text().equals(wanted[k])
              && Math.abs(words[i + k].yMin() - words[i].yMin()) < 1;
        }
        if (match) {
          return new PdfWord[] {words[i], words[i + wanted.length - 1]};
        }
      }
    }
    return null;
  }

  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static String run(String... command) throws Exception {
    Path log = Files.createTempFile("moc-chau-browser", ".out");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    return output;
  }

  /**
   * Chromium and poppler, or the reason they are missing: a failure under CI=true (CI installs
   * them, so their absence is a broken CI machine), a skip with what to install elsewhere.
   */
  private static Path requireTools() {
    Path chromium = Chromium.find();
    List<String> missing = new ArrayList<>();
    if (chromium == null) {
      missing.add("chromium");
    }
    for (String tool : List.of("pdftoppm", "pdftotext")) {
      if (Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
          .noneMatch(dir -> Files.isExecutable(Path.of(dir, tool)))) {
        missing.add(tool + " (poppler-utils)");
      }
    }
    if (!missing.isEmpty()) {
      String message = "The real-browser report test needs " + String.join(", ", missing)
          + ": apt-get install chromium poppler-utils (or set CHROMIUM to a Chromium binary).";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " CI=true, so this is a failure, not a skip.");
      }
      Assumptions.abort(message + " Skipped on this machine.");
    }
    return chromium;
  }
}
