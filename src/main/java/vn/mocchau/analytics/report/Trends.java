package vn.mocchau.analytics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.marts.CornAnnualRow;
import vn.mocchau.analytics.marts.IndicatorObservationRow;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.TargetProgressRow;
import vn.mocchau.analytics.marts.TourismAnnualRow;
import vn.mocchau.analytics.marts.TourismMarts;
import vn.mocchau.analytics.progress.Observation;
import vn.mocchau.analytics.progress.Periods;
import vn.mocchau.analytics.progress.Vintages;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Word;

/**
 * The small trend charts of the programme (programme.md §5): one per target with at least two
 * values, in the programme's order. An indicator_values target takes, for every period, the
 * latest vintage delivered by the as-of month (a re-run of an old month draws what was known
 * then); the five feed indicators take their complete years from tourism_annual and
 * corn_annual. Each chart has a text alternative that lists every value.
 */
public final class Trends {
  /** One value of a trend: its period as the marts write it, the value, its official status. */
  public record Point(String period, double value, String status) {
    boolean official() {
      return status == null || "official".equals(status);
    }
  }

  /** A target's trend: its chart name (unique on the page), points in period order, alt text. */
  public record Trend(String name, String indicator, String code, String title,
      List<Point> points, Double target, String altText) {}

  public static final int WIDTH = 260;
  public static final int HEIGHT = 90;

  private Trends() {}

  /** The trends of the as-of month, in the programme's group and code order. */
  public static List<Trend> of(Marts data, YearMonth asOf, Language lang) {
    Map<String, TargetProgressRow> byId = new java.util.HashMap<>();
    data.progress(asOf).forEach(r -> byId.put(r.indicatorId(), r));
    List<Trend> trends = new ArrayList<>();
    for (Programme.Group group : Programme.groups(data, asOf, lang)) {
      for (Programme.Row row : group.rows()) {
        TargetProgressRow r = byId.get(row.indicator());
        List<Point> points = points(data, asOf, r);
        if (points.size() < 2) {
          continue;
        }
        trends.add(new Trend("trend-" + r.indicatorId(), r.indicatorId(), row.code(),
            (row.code().isEmpty() ? "" : row.code() + " ") + row.name(), points,
            targetLine(r), altText(row, r, points, lang)));
      }
    }
    return trends;
  }

  /** The values of one target, one per period, in period order. */
  static List<Point> points(Marts data, YearMonth asOf, TargetProgressRow r) {
    String id = r.indicatorId();
    boolean fromFeeds = r.sourceFeed() == null ? Target.MEASURED_BY_FEEDS.contains(id)
        : Target.MONTHLY_FEEDS.equals(r.sourceFeed());
    TreeMap<String, Point> byPeriod = new TreeMap<>();
    if (fromFeeds) {
      feedYears(data, asOf, id).forEach(p -> byPeriod.put(p.period(), p));
      return List.copyOf(byPeriod.values());
    }
    // The latest vintage of each period delivered by the as-of month (Vintages.asOf, as the
    // progress of the month was judged on).
    List<Observation> delivered = new ArrayList<>();
    for (IndicatorObservationRow o : data.indicatorObservations()) {
      if (id.equals(o.indicatorId()) && o.value() != null && o.delivered() != null) {
        delivered.add(new Observation(o.indicatorId(), o.period(), o.scope(), o.value(),
            o.status(), o.source(), o.note(), YearMonth.parse(o.delivered()), o.sourceFile(),
            o.sourceLine()));
      }
    }
    for (Observation o : Vintages.asOf(delivered, asOf)) {
      if (!Periods.start(o.period()).isAfter(asOf)) {
        byPeriod.put(o.period(), new Point(o.period(), o.value().doubleValue(), o.status()));
      }
    }
    return List.copyOf(byPeriod.values());
  }

  /** The complete calendar years the monthly feeds measured, in the target's unit. */
  private static List<Point> feedYears(Marts data, YearMonth asOf, String id) {
    List<Point> points = new ArrayList<>();
    if (id.startsWith("corn_")) {
      String column = "corn_area".equals(id) ? "planted_ha" : "output_tonnes";
      for (CornAnnualRow row : data.cornAnnual()) {
        // As the corn chart: a year is complete once its winter season is in (February after).
        if ("ALL".equals(row.localityCode()) && row.seasonsReported() != null
            && row.seasonsReported() == 3 && !asOf.isBefore(YearMonth.of(row.year() + 1, 2))) {
          Double v = CornAnnualRow.TABLE.number(row, column);
          if (v != null) {
            points.add(new Point(String.valueOf(row.year()), v, null));
          }
        }
      }
      return points;
    }
    String column = switch (id) {
      case "visitors" -> "arrivals";
      case "tourism_revenue" -> "revenue_vnd";
      default -> "overnight_share";
    };
    double factor = "tourism_revenue".equals(id) ? 1e-9 : 1;
    for (TourismAnnualRow row : data.tourismAnnual()) {
      if (TourismMarts.TOURISM_AREA.equals(row.scope()) && Boolean.TRUE.equals(row.complete())
          && row.year() < asOf.getYear() + (asOf.getMonthValue() == 12 ? 1 : 0)) {
        Double v = TourismAnnualRow.TABLE.number(row, column);
        if (v != null) {
          points.add(new Point(String.valueOf(row.year()), v * factor, null));
        }
      }
    }
    return points;
  }

  /**
   * The dashed target line, where a value can be read against it: the target itself for levels
   * and shares (the lower bound of a band), none for growth rates and cumulative targets (their
   * yearly values are not on the target's scale).
   */
  static Double targetLine(TargetProgressRow r) {
    String kind = r.kind() == null ? "" : r.kind();
    if (r.targetValue() == null || "growth_rate".equals(kind) || "cumulative".equals(kind)) {
      return null;
    }
    return r.targetValue().doubleValue();
  }

  /** "Chè chất lượng cao: 2024 720 tấn; 2025 780 tấn; 2026 860 tấn (ước). Mục tiêu: …". */
  static String altText(Programme.Row row, TargetProgressRow r, List<Point> points,
      Language lang) {
    List<String> values = new ArrayList<>();
    String unit = r.unit() == null ? "" : r.unit();
    for (Point p : points) {
      String mark = Programme.mark(p.status(), lang);
      values.add(Programme.period(p.period(), lang) + " " + Programme.value(p.value(), unit,
          lang) + (mark.isEmpty() ? "" : " (" + mark + ")"));
    }
    return Word.TREND_ALT.format(lang, row.name(), String.join("; ", values), row.target());
  }

  /**
   * A sparkline: the values joined by a line, a filled point for an official figure and a
   * hollow one for an estimate or a preliminary figure, the target dashed; no axes (the text
   * next to it gives the numbers), so it stays legible at a few centimetres wide and in grey.
   */
  public static JFreeChart chart(Trend trend) {
    XYSeries official = new XYSeries("official");
    XYSeries line = new XYSeries("line");
    XYSeries other = new XYSeries("estimate");
    int x = 0;
    for (Point p : trend.points()) {
      line.add(x, p.value());
      (p.official() ? official : other).add(x, p.value());
      x++;
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(line);
    dataset.addSeries(official);
    dataset.addSeries(other);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesLinesVisible(0, true);
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesPaint(0, ChartFactory.ACTUAL);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    Ellipse2D.Double dot = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    for (int s = 1; s <= 2; s++) {
      renderer.setSeriesLinesVisible(s, false);
      renderer.setSeriesShape(s, dot);
      renderer.setSeriesPaint(s, ChartFactory.ACTUAL);
    }
    renderer.setSeriesShapesFilled(1, true);
    renderer.setSeriesShapesFilled(2, false);
    renderer.setUseFillPaint(true);
    renderer.setSeriesFillPaint(1, ChartFactory.ACTUAL);
    renderer.setSeriesFillPaint(2, Color.WHITE);
    renderer.setDefaultItemLabelsVisible(false);
    NumberAxis xAxis = new NumberAxis();
    xAxis.setVisible(false);
    xAxis.setRange(-0.3, Math.max(1, x - 1) + 0.3);
    NumberAxis yAxis = new NumberAxis();
    yAxis.setVisible(false);
    yAxis.setAutoRangeIncludesZero(false);
    double low = trend.points().stream().mapToDouble(Point::value).min().orElse(0);
    double high = trend.points().stream().mapToDouble(Point::value).max().orElse(1);
    if (trend.target() != null) {
      low = Math.min(low, trend.target());
      high = Math.max(high, trend.target());
    }
    double margin = high > low ? (high - low) * 0.15 : Math.max(Math.abs(high) * 0.1, 1e-6);
    yAxis.setRange(low - margin, high + margin);
    XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    if (trend.target() != null) {
      ValueMarker marker = new ValueMarker(trend.target(), ChartFactory.TARGET,
          new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
              new float[] {5f, 4f}, 0f));
      plot.addRangeMarker(marker);
    }
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    return chart;
  }
}
