package vn.mocchau.analytics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.ReasonCode;
import vn.mocchau.analytics.contract.Rejection;
import vn.mocchau.analytics.io.ParquetTables;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.marts.MartSchemas;

/**
 * Draws the month's charts (PNG and SVG) and writes the report (HTML and PDF) from the published
 * marts, without Spark, and publishes them all at once under charts/YYYY-MM/ and reports/YYYY-MM/.
 */
public final class ReportJob {
  /** What was written. */
  public record Result(int charts, List<String> outputs) {}

  /**
   * A date or month written bare in a reason: 2026-10-03, 2026-10, 03/10/2026, 10/2026 (years
   * 1900–2099, so that "ISO 3166-1" stays).
   */
  static final String BARE_DATE =
      "\\b((19|20)\\d{2}-\\d{1,2}(-\\d{1,2})?|(\\d{1,2}/)?\\d{1,2}/(19|20)\\d{2})\\b";

  private ReportJob() {}

  public static Result run(Path out, Configuration conf, YearMonth asOf, Lang lang,
      String runId) {
    MartData data = MartData.load(out, conf, asOf);
    if (data.table(MartSchemas.TARGET_PROGRESS).where(r -> asOf.toString().equals(r[0]))
        .isEmpty()) {
      // The officer reads this after "Không vẽ được báo cáo: ", in the report's language.
      throw new NoMartsException(lang.pick("thư mục " + out + " chưa có bảng tổng hợp"
          + " của tháng " + lang.month(asOf) + "; hãy chạy jobs/monthly " + asOf + " trước.",
          out + " has no marts for " + lang.month(asOf) + "; run jobs/monthly " + asOf
              + " first."));
    }
    List<ChartFactory.Chart> charts = new ChartFactory(data, asOf, lang).all();
    List<Scorecard.Line> scorecard = Scorecard.lines(data, asOf, lang);
    Publisher publisher = new Publisher(out, runId, conf);
    String chartFolder = "charts/" + asOf;
    String reportFolder = "reports/" + asOf;
    Map<String, String> svgs = new LinkedHashMap<>();
    try {
      FileSystem fs = out.getFileSystem(conf);
      for (ChartFactory.Chart chart : charts) {
        String svg = ChartWriter.svg(chart.chart());
        svgs.put(chart.name(), svg);
        try (OutputStream png = fs.create(new Path(publisher.staged(chartFolder),
            chart.name() + ".png"), true)) {
          ChartWriter.png(chart.chart(), png);
        }
        try (OutputStream file = fs.create(new Path(publisher.staged(chartFolder),
            chart.name() + ".svg"), true)) {
          file.write(svg.getBytes(StandardCharsets.UTF_8));
        }
      }
      List<HtmlReport.FeedQuality> quality = quality(data, out, conf, asOf, lang);
      String html = HtmlReport.render(asOf, lang, scorecard, charts, svgs, quality);
      try (OutputStream file = fs.create(new Path(publisher.staged(reportFolder), "report.html"),
          true)) {
        file.write(html.getBytes(StandardCharsets.UTF_8));
      }
      try (OutputStream file = fs.create(new Path(publisher.staged(reportFolder), "report.pdf"),
          true)) {
        PdfReport.write(file, asOf, lang, scorecard, charts, quality);
      }
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
  static List<HtmlReport.FeedQuality> quality(MartData data, Path out, Configuration conf,
      YearMonth asOf, Lang lang) {
    MartData.Table dq = data.table(MartSchemas.DATA_QUALITY);
    List<HtmlReport.FeedQuality> result = new ArrayList<>();
    List<ParquetTables.Column> reasonColumns = List.of(
        ParquetTables.Column.of("status", ParquetTables.Type.STRING, "", ""),
        ParquetTables.Column.of("column", ParquetTables.Type.STRING, "", ""),
        ParquetTables.Column.of(lang == Lang.VI ? "reason_vi" : "reason_en",
            ParquetTables.Type.STRING, "", ""),
        ParquetTables.Column.of("reason_code", ParquetTables.Type.STRING, "", ""));
    for (Feed feed : Feed.values()) {
      List<Object[]> rows = dq.where(r -> asOf.toString().equals(r[0])
          && feed.folder().equals(r[1]));
      boolean delivered = rows.stream().noneMatch(r -> "not_delivered".equals(dq.text(r,
          "status"))) && !rows.isEmpty();
      long[] sums = new long[4];
      for (Object[] r : rows) {
        sums[0] += ((Number) dq.get(r, "rows_read")).longValue();
        sums[1] += ((Number) dq.get(r, "rows_accepted")).longValue();
        sums[2] += ((Number) dq.get(r, "rows_rejected")).longValue();
        sums[3] += ((Number) dq.get(r, "rows_duplicate")).longValue();
      }
      Map<String, Long> reasons = new LinkedHashMap<>();
      if (sums[2] > 0) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : ParquetTables.read(new Path(out, "quarantine/" + feed.folder()
            + "/period=" + asOf), conf, reasonColumns)) {
          if ("rejected".equals(r[0])) {
            // Group by column and the stable reason code, told in the report's language
            // ("Ngày đi: ngày đi trước ngày đến"); the column as the contract names it, not
            // check_out. Quarantine published before reason codes existed has none: its
            // reason's wording with the values masked (quoted ones, and dates, which some
            // reasons write bare) stands in for the code.
            String code = (String) r[3];
            Notice meaning = code == null ? null : ReasonCode.ALL.get(code);
            String reason = meaning != null ? (lang == Lang.VI ? meaning.vi() : meaning.en())
                : String.valueOf(r[2]).replaceAll(Rejection.QUOTED_VALUE, Rejection.MASK)
                    .replaceAll(BARE_DATE, "…");
            String kind = ReportContent.columnName(feed.folder(), (String) r[1], lang) + ": "
                + reason;
            counts.merge(kind.length() > 160 ? kind.substring(0, 157) + "…" : kind, 1L,
                Long::sum);
          }
        }
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(5).forEach(e -> reasons.put(e.getKey(), e.getValue()));
      }
      result.add(new HtmlReport.FeedQuality(feed.folder(), delivered, sums[0], sums[1], sums[2],
          sums[3], reasons, feed.contract().expectedIn(asOf)));
    }
    return result;
  }
}
