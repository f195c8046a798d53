package vn.mocchau.analytics.bench;

import java.awt.Color;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Turns bench/run.sh's measurements into a Markdown report and a chart of throughput (rows per
 * second per core) by engine and volume. Not a test.
 *
 * <p>Usage: BenchReport ENGINES_TSV COMMANDS_TSV CHART_PNG RUNS HISTORY_RUNS COMMAND
 */
public final class BenchReport {
  private BenchReport() {}

  record Engine(String volume, String engine, long rows, double seconds, String all) {}

  public static void main(String[] args) throws IOException {
    // One line per engine, volume and JVM; the JVMs' runs are pooled, their median reported.
    Map<String, List<String>> lines = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] f = line.split("\t");
      lines.computeIfAbsent(f[0] + "\t" + f[1], k -> new ArrayList<>()).add(line);
    }
    List<Engine> engines = new ArrayList<>();
    int jvms = 0;
    for (List<String> same : lines.values()) {
      List<Double> runs = new ArrayList<>();
      List<String> perJvm = new ArrayList<>();
      String[] f = null;
      for (String line : same) {
        f = line.split("\t");
        perJvm.add(f[4]);
        for (String value : f[4].replaceAll("[\\[\\] ]", "").split(",")) {
          runs.add(Double.parseDouble(value));
        }
      }
      runs.sort(Double::compare);
      int n = runs.size();
      double median = n % 2 == 1 ? runs.get(n / 2) : (runs.get(n / 2 - 1) + runs.get(n / 2)) / 2;
      engines.add(new Engine(f[0], f[1], Long.parseLong(f[2]), median, String.join(" ", perJvm)));
      jvms = Math.max(jvms, same.size());
    }
    List<String[]> commands = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      commands.add(line.split("\t"));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    long memoryGib = ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 30;
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "## Benchmark, %s%n%n", java.time.LocalDate.now()));
    md.append(String.format(Locale.ROOT, "Machine: %d cores, %d GiB memory, Java %s. Command: "
        + "`%s`. Data: the project's generator at 1x, 10x and 100x the sample's registration "
        + "volume (synthetic). Medians of %s runs unless said.%n%n", cores, memoryGib,
        System.getProperty("java.version"), args[5], args[3]));

    md.append(String.format(Locale.ROOT, "### One month of stay registrations (2026-10), runs "
        + "interleaved in each of %d JVM%s (medians of all their runs)%n%n", jvms,
        jvms == 1 ? "" : "s"));
    md.append("| volume | rows | bare Spark CSV→Parquet (s) | validated ingest (s) | DuckDB "
        + "(s) | validated / bare | validated / DuckDB | validated rows/s/core | bare rows/s/core "
        + "|\n|---|---|---|---|---|---|---|---|---|\n");
    Map<String, Map<String, Engine>> byVolume = new LinkedHashMap<>();
    for (Engine e : engines) {
      byVolume.computeIfAbsent(e.volume(), v -> new LinkedHashMap<>()).put(e.engine(), e);
    }
    DefaultCategoryDataset chart = new DefaultCategoryDataset();
    byVolume.forEach((volume, e) -> {
      Engine bare = e.get("bare_spark");
      Engine ours = e.get("validated");
      Engine duck = e.get("duckdb");
      md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.1f | %,.0f "
              + "| %,.0f |%n", volume, ours.rows(), bare.seconds(), ours.seconds(), duck.seconds(),
          ours.seconds() / bare.seconds(), ours.seconds() / duck.seconds(),
          ours.rows() / ours.seconds() / cores, bare.rows() / bare.seconds() / cores));
      chart.addValue(bare.rows() / bare.seconds() / cores, "bare Spark CSV→Parquet", volume);
      chart.addValue(ours.rows() / ours.seconds() / cores, "validated ingest", volume);
      chart.addValue(duck.rows() / duck.seconds() / cores, "DuckDB in-process", volume);
    });
    md.append("\nAll runs (s), one bracket per JVM: ");
    for (Engine e : engines) {
      md.append(e.volume()).append(' ').append(e.engine()).append(' ').append(e.all())
          .append("; ");
    }
    md.append("\n\n### The monthly job (`jobs/monthly 2026-10`, JVM start included, launcher's "
        + "default heap -Xmx2g)\n\n| volume | stay rows | median wall (s) | median peak RSS (MiB) |"
        + "\n|---|---|---|---|\n");
    for (String[] c : commands) {
      if (c[0].equals("monthly")) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", c[1], c[2], c[3],
            mib(c[4])));
      }
    }
    md.append(String.format(Locale.ROOT, "%n### The whole history (`jobs/backfill 2023-01 "
        + "2026-10`, 46 months, one Spark session; %s run(s))%n%n| volume | rows read (4 feeds) "
        + "| wall (s) | ingest part (s) | ingest rows/s/core | peak RSS (MiB) |%n"
        + "|---|---|---|---|---|---|%n", args[4]));
    for (String[] c : commands) {
      if (c[0].equals("backfill")) {
        double ingest = parse(c[5]);
        md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %,.0f | %s |%n", c[1],
            Long.parseLong(c[2]), c[3], c[5], Long.parseLong(c[2]) / ingest / cores,
            mib(c[4])));
      }
    }
    md.append("\nThe ingest part is the sum, over the months, of the manifests' ingest and "
        + "curated-writing timings; the rest of a backfill month is marts, charts and the report."
        + "\n\n![throughput](").append(Path.of(args[2]).getFileName()).append(")\n");
    System.out.print(md);

    JFreeChart bars = ChartFactory.createBarChart("Rows per second per core, one month of stays",
        "volume (x the sample)", "rows/s/core (log scale)", chart, PlotOrientation.VERTICAL, true,
        false, false);
    CategoryPlot plot = bars.getCategoryPlot();
    LogAxis axis = new LogAxis("rows/s/core (log scale)");
    double highest = 1;
    for (Object row : chart.getRowKeys()) {
      for (Object column : chart.getColumnKeys()) {
        Number value = chart.getValue((Comparable<?>) row, (Comparable<?>) column);
        highest = value == null ? highest : Math.max(highest, value.doubleValue());
      }
    }
    axis.setRange(1_000, highest * 3);
    axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
    plot.setRangeAxis(axis);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0x99, 0x99, 0x99));
    renderer.setSeriesPaint(1, new Color(0x1f, 0x77, 0xb4));
    renderer.setSeriesPaint(2, new Color(0xff, 0x7f, 0x0e));
    bars.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(Path.of(args[2]).toFile(), bars, 900, 500);
  }

  private static String mib(String kb) {
    try {
      return String.format(Locale.ROOT, "%.0f", Double.parseDouble(kb) / 1024);
    } catch (NumberFormatException failed) {
      return kb;
    }
  }

  private static double parse(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
