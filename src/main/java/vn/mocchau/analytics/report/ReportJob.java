package vn.mocchau.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.jfree.chart.JFreeChart;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.RejectionTally;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.io.ParquetTables;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.io.StagedFiles;
import vn.mocchau.analytics.marts.DataQualityRow;
import vn.mocchau.analytics.marts.MartStore;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;

/**
 * Draws the month's charts (PNG and SVG) and writes the report (HTML and PDF) from the published
 * marts, without Spark, and publishes them all at once under charts/YYYY-MM/ and reports/YYYY-MM/.
 */
public final class ReportJob {
  /** What was written. */
  public record Result(int charts, List<String> outputs) {}

  private ReportJob() {}

  /** The output folder has no marts of the month: jobs/monthly has not published it yet. */
  public static final class NoMartsException extends IllegalArgumentException {
    NoMartsException(Path out, YearMonth asOf, Language lang) {
      super(Msg.NO_MARTS_CAUSE.format(lang, out, asOf, asOf.toString()));
    }
  }

  /**
   * Redraws from the published marts and quarantine (jobs/report): the same content as the run
   * that published them drew.
   */
  public static Result run(Path out, Configuration conf, YearMonth asOf, Language lang,
      String runId) {
    return run(MartStore.load(out, conf, asOf), publishedReasons(out, conf, asOf), out, conf,
        asOf, lang, runId);
  }

  /**
   * Draws from the marts a run has just built and published, and the rejection reasons it
   * counted (jobs/monthly), keyed by feed folder.
   */
  public static Result run(Marts data, Map<String, List<RejectionTally.Count>> reasons, Path out,
      Configuration conf, YearMonth asOf, Language lang, String runId) {
    if (data.progress(asOf).isEmpty()) {
      throw new NoMartsException(out, asOf, lang);
    }
    List<ChartFactory.Chart> charts = new ChartFactory(data, asOf, lang).all();
    ReportContent content = ReportContent.of(asOf, lang, Scorecard.lines(data, asOf, lang),
        charts, quality(data, reasons, asOf, lang), data);
    Publisher publisher = new Publisher(out, runId, conf);
    String chartFolder = OutputLayout.charts(asOf);
    String reportFolder = OutputLayout.reports(asOf);
    Map<String, String> svgs = new LinkedHashMap<>();
    Map<String, JFreeChart> drawings = new LinkedHashMap<>();
    try {
      StagedFiles files = new StagedFiles(publisher, out, conf);
      for (ChartFactory.Chart chart : charts) {
        String svg = ChartWriter.svg(chart.chart());
        svgs.put(chart.name(), svg);
        drawings.put(chart.name(), chart.chart());
        files.write(chartFolder, chart.name() + ".png", png -> ChartWriter.png(chart.chart(), png));
        files.write(chartFolder, chart.name() + ".svg", svg);
      }
      // The trend sparklines live in the report only (inline SVG, vectors in the PDF).
      for (Trends.Trend trend : content.trends()) {
        JFreeChart sparkline = Trends.chart(trend);
        svgs.put(trend.name(), ChartWriter.svg(sparkline, Trends.WIDTH, Trends.HEIGHT));
        drawings.put(trend.name(), sparkline);
      }
      files.write(reportFolder, "report.html", HtmlReport.render(content, svgs));
      files.write(reportFolder, "report.pdf", pdf -> PdfReport.write(pdf, content, drawings));
    } catch (IOException e) {
      publisher.abandon();
      throw new UncheckedIOException("Cannot write the report: " + e.getMessage(), e);
    }
    publisher.replace(chartFolder);
    publisher.replace(reportFolder);
    publisher.commit();
    return new Result(charts.size(), List.of(chartFolder + "/", reportFolder + "/report.html",
        reportFolder + "/report.pdf"));
  }

  /** Per feed: delivered or not, counts, and the most frequent rejection reasons. */
  static List<ReportContent.FeedQuality> quality(Marts data,
      Map<String, List<RejectionTally.Count>> reasonsByFeed, YearMonth asOf, Language lang) {
    List<ReportContent.FeedQuality> result = new ArrayList<>();
    for (Feed feed : Feed.registered()) {
      List<DataQualityRow> rows = data.dataQuality().stream().filter(r -> asOf.toString()
          .equals(r.period()) && feed.folder().equals(r.feed())).toList();
      boolean delivered = rows.stream().noneMatch(r -> "not_delivered".equals(r.status()))
          && !rows.isEmpty();
      long[] sums = new long[4];
      for (DataQualityRow r : rows) {
        sums[0] += r.rowsRead();
        sums[1] += r.rowsAccepted();
        sums[2] += r.rowsRejected();
        sums[3] += r.rowsDuplicate();
      }
      Map<String, Long> reasons = new LinkedHashMap<>();
      if (sums[2] > 0) {
        // Told in the report's language ("Ngày đi: ngày đi trước ngày đến"), the column as the
        // contract names it, not check_out; reasons that read alike are one line.
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RejectionTally.Count count : reasonsByFeed.getOrDefault(feed.folder(), List.of())) {
          String kind = ReportContent.columnName(feed.folder(), count.column(), lang) + ": "
              + count.meaning(lang);
          counts.merge(kind.length() > 160 ? kind.substring(0, 157) + "…" : kind,
              count.rows(), Long::sum);
        }
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(5).forEach(e -> reasons.put(e.getKey(), e.getValue()));
      }
      result.add(new ReportContent.FeedQuality(feed.folder(), delivered, sums[0], sums[1], sums[2],
          sums[3], reasons, feed.contract().expectedIn(asOf)));
    }
    return result;
  }

  /** The rejection reasons of a published month, counted from its quarantine, per feed folder. */
  static Map<String, List<RejectionTally.Count>> publishedReasons(Path out, Configuration conf,
      YearMonth asOf) {
    List<ParquetTables.Column> columns = List.of(
        ParquetTables.Column.of("status", ParquetTables.Type.STRING, "", ""),
        ParquetTables.Column.of("column", ParquetTables.Type.STRING, "", ""),
        ParquetTables.Column.of("reason_code", ParquetTables.Type.STRING, "", ""),
        ParquetTables.Column.of("source_file", ParquetTables.Type.STRING, "", ""),
        ParquetTables.Column.of("source_line", ParquetTables.Type.INT, "", ""),
        ParquetTables.Column.of("reason_en", ParquetTables.Type.STRING, "", ""),
        ParquetTables.Column.of("reason_vi", ParquetTables.Type.STRING, "", ""));
    Map<String, List<RejectionTally.Count>> reasons = new LinkedHashMap<>();
    for (Feed feed : Feed.registered()) {
      List<RejectionTally.Rejected> rejected = new ArrayList<>();
      for (Object[] r : ParquetTables.read(new Path(out,
          OutputLayout.quarantine(feed.folder(), asOf)), conf, columns)) {
        if ("rejected".equals(r[0])) {
          rejected.add(new RejectionTally.Rejected((String) r[1], (String) r[2],
              r[3] + ":" + r[4], (String) r[5], (String) r[6]));
        }
      }
      reasons.put(feed.folder(), RejectionTally.of(rejected));
    }
    return reasons;
  }
}
