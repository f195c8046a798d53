package vn.mocchau.analytics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import vn.mocchau.analytics.marts.CornAnnualRow;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.ProjectionMonthlyRow;
import vn.mocchau.analytics.marts.TargetProgressRow;
import vn.mocchau.analytics.marts.TourismAnnualRow;
import vn.mocchau.analytics.marts.TourismAreaMonthlyRow;
import vn.mocchau.analytics.marts.TourismMonthlyRow;
import vn.mocchau.analytics.marts.TourismMarts;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Word;

/**
 * The report's charts (outputs.md §4) as JFreeChart objects, from the marts, as of a month. Each
 * chart has an active title, its unit on the axis, the status in the subtitle where there is a
 * target, and the source line. Pure: nothing is drawn or written here ({@link ChartWriter} does).
 */
public final class ChartFactory {
  /** 5,594 billion VND / 6.25 million visits: the spending per visit the two 2030 targets imply. */
  public static final double IMPLIED_VND_PER_VISIT = 5_594e9 / 6_250_000;

  static final Color ACTUAL = new Color(0x1f5f8b);
  static final Color PROVISIONAL = new Color(0x9ec3dd);
  static final Color PATH = new Color(0x333333);
  static final Color PROJECTION = new Color(0xd9730d);
  static final Color TARGET = new Color(0xb0222b);
  private static final Color LATEST = new Color(0x0b2e4a);
  private static final java.awt.Shape LATEST_SHAPE = diamond(7);
  private static final Color BAND80_FILL = new Color(0xf6c89f);
  private static final Color BAND95_FILL = new Color(0xfbe3cd);
  /** The bands' colours as they show through the renderer's 60 % alpha, for the legend. */
  private static final Color BAND80 = new Color(0xf9d9bc);
  private static final Color BAND95 = new Color(0xfdeee1);
  private static final BasicStroke PROJECTION_STROKE = new BasicStroke(2f,
      BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);

  /** A chart with its file name and a text alternative for the HTML report. */
  public record Chart(String name, JFreeChart chart, String altText) {}

  private final Marts data;
  private final YearMonth asOf;
  private final Language lang;

  public ChartFactory(Marts data, YearMonth asOf, Language lang) {
    this.data = data;
    this.asOf = asOf;
    this.lang = lang;
  }

  public List<Chart> all() {
    List<Chart> charts = new ArrayList<>();
    charts.add(indicator("visitors", "arrivals", 1, lang.word("visits")));
    charts.add(indicator("tourism_revenue", "revenue_vnd", 1e9, lang.word("billion")));
    charts.add(overnightShare());
    charts.add(corn("corn_area", "planted_ha", lang.word("ha")));
    charts.add(corn("corn_output", "output_tonnes", lang.word("tonnes")));
    charts.add(seasonalProfile());
    charts.add(byLocality());
    charts.add(revenuePerVisit());
    return charts;
  }

  // ---------------------------------------------------------------------------------------------

  private TargetProgressRow progress(String indicator) {
    return data.progress(asOf, indicator).orElse(null);
  }

  /** The tourism area's months of the as-of year up to the as-of month. */
  private List<TourismAreaMonthlyRow> areaYearToDate() {
    return tourismArea().stream().filter(r -> r.year() == asOf.getYear()
        && r.period().compareTo(asOf.toString()) <= 0).toList();
  }

  private List<TourismAreaMonthlyRow> tourismArea() {
    return data.tourismAreaMonthly().stream()
        .filter(r -> TourismMarts.TOURISM_AREA.equals(r.scope())).toList();
  }

  private List<TourismAnnualRow> tourismAreaYears() {
    return data.tourismAnnual().stream()
        .filter(r -> TourismMarts.TOURISM_AREA.equals(r.scope())).toList();
  }

  /**
   * The subtitle: status and P, and the projected target-year value the status is judged on (the
   * value the fan reaches in the target year); when the indicator is not assessed, why not.
   */
  String statusLine(String indicator) {
    TargetProgressRow p = progress(indicator);
    if (p == null) {
      return lang.word("not_assessed");
    }
    String status = lang.word(p.status());
    Double ratio = p.anticipatedProgress();
    StringBuilder line = new StringBuilder(lang.word("status")).append(": ").append(status);
    if (ratio != null) {
      line.append(Word.CHART_PROGRESS_P.format(lang, lang.progressRatio(ratio)));
    }
    // "Provisional" qualifies a verdict; a row without one is only "not assessed".
    if (Boolean.TRUE.equals(p.provisional()) && !"not_assessed".equals(p.status())) {
      line.append(" (").append(lang.word("provisional")).append(")");
    }
    Double projected = number(p.projectedTargetYearValue());
    Double growth = p.observedCagr();
    if (projected != null && growth != null && (indicator.equals("visitors")
        || indicator.equals("tourism_revenue"))) {
      int targetYear = p.targetYear();
      int baselineYear = p.baselineYear();
      String value = indicator.equals("visitors") ? lang.visits(projected)
          : lang.billions(projected);
      // On a second line: one line of both overflows the chart's width in some renderers.
      line.append('\n').append(Word.CHART_PROJECTED.format(lang, targetYear, value,
          lang.percent(growth, 1), baselineYear));
    }
    String note = lang.pick(p.noteVi(), p.note());
    if ("not_assessed".equals(p.status()) && note != null) {
      line.append(" — ").append(note);
    }
    return line.toString();
  }

  /** Months of tourism data up to the as-of month, the history the charts can draw. */
  private long monthsOfHistory() {
    return tourismArea().stream().map(TourismAreaMonthlyRow::period)
        .filter(period -> period.compareTo(asOf.toString()) <= 0).distinct().count();
  }

  /** Said on a chart drawn from less than a year of history (e.g. a first single-month run). */
  String backfillNote() {
    if (monthsOfHistory() >= 12) {
      return null;
    }
    return Word.CHART_BACKFILL_NOTE.format(lang, monthsOfHistory(), asOf.toString());
  }

  /** Annual actuals (tourism area), the year to date, required path, projection fan, target. */
  Chart indicator(String indicator, String column, double divisor, String unit) {
    XYSeries actual = new XYSeries(lang.word("actual"));
    XYSeries ytd = new XYSeries(lang.word("ytd"));
    for (TourismAnnualRow row : tourismAreaYears()) {
      int year = row.year();
      Double value = TourismAnnualRow.TABLE.number(row, column);
      if (value == null || year > asOf.getYear()) {
        continue;
      }
      boolean complete = Boolean.TRUE.equals(row.complete())
          && year < asOf.getYear() || (year == asOf.getYear() && asOf.getMonthValue() == 12);
      if (year == asOf.getYear() && !complete) {
        // The annual mart holds the whole year as published, which is more than the as-of
        // month saw when an earlier month is re-run: draw January to the as-of month.
        value = yearToDate(column);
      }
      (complete ? actual : ytd).add(year, value / divisor);
    }
    TargetProgressRow p = progress(indicator);
    Double targetValue = p == null ? null : number(p.targetValue());
    int targetYear = p == null ? 2030 : p.targetYear();
    YIntervalSeriesCollection fan = projectionFan(indicator, column, divisor);
    String title = Word.CHART_INDICATOR.format(lang, lang.word(indicator), targetYear);
    JFreeChart chart = annualChart(title, unit, actual, ytd, requiredPath(p), fan,
        latestWindow(p, divisor, indicator), targetValue,
        targetYear, targetValue == null ? null : Scorecard.qualifier(indicator, lang)
            + (indicator.equals("visitors") ? lang.visits(targetValue)
                : lang.billions(targetValue)), statusLine(indicator));
    String alt = altText(indicator, actual, ytd, targetValue, unit);
    return new Chart(indicator, chart, alt);
  }

  /**
   * The value the verdict is judged on, a 12-month window, as one point at its time on the axis
   * (targets.md: a window ending in month m of year y sits at y − 1 + m/12), labelled with its
   * period and value; null when the indicator has none.
   */
  private XYSeries latestWindow(TargetProgressRow p, double divisor, String indicator) {
    if (p == null) {
      return null;
    }
    Double value = number(p.assessedValue());
    Double time = p.assessedTime();
    String period = p.assessedPeriod();
    if (value == null || time == null || period == null) {
      return null;
    }
    String shown = indicator.equals("visitors") ? lang.visits(value) : lang.billions(value);
    XYSeries latest = new XYSeries(lang.word("latest_window") + " " + lang.period(period) + ": "
        + shown);
    latest.add(time.doubleValue(), value / divisor);
    return latest;
  }

  /** January to the as-of month of the as-of year, tourism area, over the months present. */
  private double yearToDate(String column) {
    double sum = 0;
    for (TourismAreaMonthlyRow row : areaYearToDate()) {
      Double v = TourismAreaMonthlyRow.TABLE.number(row, column);
      sum += v == null ? 0 : v;
    }
    return sum;
  }

  /** v_b·(1 + r_req)^(y − b) from the baseline year to the target year, empty without a row. */
  private XYSeries requiredPath(TargetProgressRow p) {
    XYSeries path = new XYSeries(lang.word("path"));
    if (p == null) {
      return path;
    }
    int targetYear = p.targetYear();
    Double vb = number(p.baselineValue());
    Double r = p.requiredCagr();
    int b = p.baselineYear();
    if (vb != null && r != null) {
      for (int y = b; y <= targetYear; y++) {
        path.add(y, vb * Math.pow(1 + r, y - b));
      }
    }
    return path;
  }

  /**
   * An annual chart: complete years dark, the running year light (provisional), the required
   * path, the projection fan, the target line; the x axis from the first drawn year to the target
   * year. Only the series that have points are added, so the legend lists what is drawn; when
   * the history is short, a note says that a backfill draws it.
   */
  private JFreeChart annualChart(String title, String unit, XYSeries actual, XYSeries ytd,
      XYSeries path, YIntervalSeriesCollection fan, XYSeries latest, Double targetValue,
      int targetYear, String targetLabel, String subtitle) {
    XYPlot plot = new XYPlot();
    NumberAxis xAxis = new NumberAxis(lang.word("year"));
    xAxis.setAutoRangeIncludesZero(false);
    xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    xAxis.setNumberFormatOverride(new java.text.DecimalFormat("0"));
    NumberAxis yAxis = new NumberAxis(unit);
    yAxis.setNumberFormatOverride(lang.axisFormat(0));
    plot.setDomainAxis(xAxis);
    plot.setRangeAxis(yAxis);
    if (path.getItemCount() > 0) {
      XYLineAndShapeRenderer pathRenderer = new XYLineAndShapeRenderer(true, false);
      pathRenderer.setSeriesPaint(0, PATH);
      pathRenderer.setSeriesStroke(0, new BasicStroke(2f));
      plot.setDataset(0, new XYSeriesCollection(path));
      plot.setRenderer(0, pathRenderer);
    }
    if (fan != null && fan.getSeriesCount() > 0 && fan.getItemCount(0) > 0) {
      DeviationRenderer fanRenderer = new DeviationRenderer(true, false);
      fanRenderer.setSeriesPaint(0, PROJECTION);
      fanRenderer.setSeriesFillPaint(0, BAND80_FILL);
      fanRenderer.setSeriesPaint(1, PROJECTION);
      fanRenderer.setSeriesFillPaint(1, BAND95_FILL);
      fanRenderer.setAlpha(0.6f);
      fanRenderer.setSeriesStroke(0, PROJECTION_STROKE);
      plot.setDataset(1, fan);
      plot.setRenderer(1, fanRenderer);
    }
    XYSeriesCollection bars = new XYSeriesCollection();
    // Each year is in one of the two series only, so plain bars stay centred on their year.
    org.jfree.chart.renderer.xy.XYBarRenderer barRenderer =
        new org.jfree.chart.renderer.xy.XYBarRenderer(0);
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    for (XYSeries series : List.of(actual, ytd)) {
      if (series.getItemCount() > 0) {
        bars.addSeries(series);
        barRenderer.setSeriesPaint(bars.getSeriesCount() - 1,
            series == actual ? ACTUAL : PROVISIONAL);
      }
    }
    bars.setIntervalWidth(0.6);
    if (bars.getSeriesCount() > 0) {
      plot.setDataset(2, bars);
      plot.setRenderer(2, barRenderer);
    }
    if (latest != null) {
      // The 12 months the verdict is judged on, at their time on the axis: the running year's
      // bar holds only January to the as-of month, so without this point it reads as a fall.
      XYLineAndShapeRenderer point = new XYLineAndShapeRenderer(false, true);
      point.setSeriesShape(0, LATEST_SHAPE);
      point.setSeriesPaint(0, LATEST);
      point.setSeriesOutlinePaint(0, Color.WHITE);
      point.setUseOutlinePaint(true);
      point.setDrawOutlines(true);
      plot.setDataset(3, new XYSeriesCollection(latest));
      plot.setRenderer(3, point);
    }
    if (targetValue != null) {
      plot.addRangeMarker(targetMarker(targetValue, targetYear, targetLabel));
    }
    boolean clipped = capRangeAxis(yAxis, fan, targetValue, actual, ytd, path);
    plot.setFixedLegendItems(legend(path, fan, actual, ytd, latest, clipped));
    double firstYear = actual.getItemCount() > 0 ? actual.getMinX()
        : ytd.getItemCount() > 0 ? ytd.getMinX() : asOf.getYear();
    xAxis.setRange(Math.min(firstYear, asOf.getYear()) - 0.6, targetYear + 0.6);
    JFreeChart chart = decorate(new JFreeChart(title, Fonts.font(Font.BOLD, 17), plot, true),
        subtitle);
    String note = backfillNote();
    if (note != null) {
      chart.addSubtitle(1, new TextTitle(note, Fonts.font(Font.ITALIC, 12)));
    }
    return chart;
  }

  private static java.awt.Shape diamond(double r) {
    java.awt.geom.Path2D.Double shape = new java.awt.geom.Path2D.Double();
    shape.moveTo(0, -r);
    shape.lineTo(r, 0);
    shape.lineTo(0, r);
    shape.lineTo(-r, 0);
    shape.closePath();
    return shape;
  }

  /**
   * The y axis to 1.5 times the largest of the target, the actuals, the path and the projection's
   * median, when the 95 % band reaches higher: the band's far upper years would otherwise squash
   * everything the chart is about. True when the band is cut (the legend says so).
   */
  private static boolean capRangeAxis(NumberAxis yAxis, YIntervalSeriesCollection fan,
      Double targetValue, XYSeries... lines) {
    if (fan == null || fan.getSeriesCount() < 2 || fan.getItemCount(1) == 0) {
      return false;
    }
    double largest = targetValue == null ? 0 : targetValue;
    for (XYSeries line : lines) {
      if (line.getItemCount() > 0) {
        largest = Math.max(largest, line.getMaxY());
      }
    }
    double highestBand = 0;
    for (int i = 0; i < fan.getItemCount(0); i++) {
      largest = Math.max(largest, fan.getYValue(0, i));
    }
    for (int i = 0; i < fan.getItemCount(1); i++) {
      highestBand = Math.max(highestBand, fan.getEndYValue(1, i));
    }
    double cap = 1.5 * largest;
    if (largest <= 0 || highestBand <= cap) {
      return false;
    }
    yAxis.setRange(0, cap);
    return true;
  }

  /**
   * The legend of an annual chart, in drawing order, for what is drawn only: the projection as
   * its median line and its two bands as filled swatches (JFreeChart's own legend would show the
   * bands as lines).
   */
  private org.jfree.chart.LegendItemCollection legend(XYSeries path,
      YIntervalSeriesCollection fan, XYSeries actual, XYSeries ytd, XYSeries latest,
      boolean clipped) {
    org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
    java.awt.Shape line = new java.awt.geom.Line2D.Double(-9, 0, 9, 0);
    java.awt.Shape box = new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12);
    if (path.getItemCount() > 0) {
      items.add(new org.jfree.chart.LegendItem(lang.word("path"), null, null, null, line,
          new BasicStroke(2f), PATH));
    }
    if (fan != null && fan.getSeriesCount() > 0 && fan.getItemCount(0) > 0) {
      items.add(new org.jfree.chart.LegendItem(lang.word("projection_median"), null, null, null,
          line, PROJECTION_STROKE, PROJECTION));
      items.add(new org.jfree.chart.LegendItem(lang.word("band80"), null, null, null, box,
          BAND80));
      items.add(new org.jfree.chart.LegendItem(lang.word("band95")
          + (clipped ? " " + lang.word("band_clipped") : ""), null, null, null, box, BAND95));
    }
    if (actual.getItemCount() > 0) {
      items.add(new org.jfree.chart.LegendItem(lang.word("actual"), null, null, null, box,
          ACTUAL));
    }
    if (ytd.getItemCount() > 0) {
      items.add(new org.jfree.chart.LegendItem((String) ytd.getKey(), null, null, null, box,
          PROVISIONAL));
    }
    if (latest != null) {
      items.add(new org.jfree.chart.LegendItem((String) latest.getKey(), null, null, null,
          LATEST_SHAPE, LATEST));
    }
    return items;
  }

  /**
   * Annual sums of the monthly projection: the months of the as-of year already observed plus the
   * forecast months. The band sums the monthly bounds, i.e. assumes the months' errors move
   * together: wider than an interval assuming independence, closer to a trend-driven error.
   */
  YIntervalSeriesCollection projectionFan(String indicator, String column, double divisor) {
    Map<Integer, double[]> byYear = new TreeMap<>();
    for (ProjectionMonthlyRow row : data.projectionMonthly()) {
      if (!asOf.toString().equals(row.asOf()) || !indicator.equals(row.indicatorId())) {
        continue;
      }
      int year = YearMonth.parse(row.period()).getYear();
      double[] sums = byYear.computeIfAbsent(year, y -> new double[6]);
      sums[0] += row.point();
      sums[1] += row.lower80();
      sums[2] += row.upper80();
      sums[3] += row.lower95();
      sums[4] += row.upper95();
      sums[5] += 1;
    }
    double observed = 0;
    for (TourismAreaMonthlyRow row : areaYearToDate()) {
      Double v = TourismAreaMonthlyRow.TABLE.number(row, column);
      observed += v == null ? 0 : v / divisor;
    }
    YIntervalSeries p80 = new YIntervalSeries(lang.word("band80"));
    YIntervalSeries p95 = new YIntervalSeries(lang.word("band95"));
    for (Map.Entry<Integer, double[]> e : byYear.entrySet()) {
      double[] s = e.getValue();
      double base = e.getKey() == asOf.getYear() ? observed : 0;
      p80.add(e.getKey(), base + s[0], base + s[1], base + s[2]);
      p95.add(e.getKey(), base + s[0], base + s[3], base + s[4]);
    }
    YIntervalSeriesCollection fan = new YIntervalSeriesCollection();
    fan.addSeries(p80);
    fan.addSeries(p95);
    return fan;
  }

  Chart overnightShare() {
    DefaultCategoryDataset dataset = annualCategory("overnight_share", 100);
    CategoryPlot plot = barPlot(dataset, "%");
    plot.addRangeMarker(targetMarker(70, 2030, Scorecard.qualifier("overnight_share", lang)
        + "70 %"));
    plot.getRangeAxis().setUpperBound(80);
    String title = Word.CHART_OVERNIGHT.format(lang);
    return new Chart("overnight_share", decorate(new JFreeChart(title, plot),
        statusLine("overnight_share")), altTextCategory(title, dataset, "%"));
  }

  /**
   * Corn area or output: complete years (all three seasons reported, year ended) dark, the
   * running year light and labelled provisional, the required path from the baseline to the
   * target, the target line, the axis to the target year. Years before the first complete year
   * are left out: their early seasons predate the data (the history starts with a late season),
   * so their sum is neither an actual nor a year so far.
   */
  Chart corn(String indicator, String column, String unit) {
    XYSeries actual = new XYSeries(lang.word("actual"));
    XYSeries running = new XYSeries(lang.word("incomplete"));
    List<CornAnnualRow> rows = data.cornAnnual().stream().filter(r -> "ALL".equals(
        r.localityCode()) && r.year() <= asOf.getYear()).toList();
    int firstComplete = Integer.MAX_VALUE;
    for (CornAnnualRow row : rows) {
      if (cornComplete(row)) {
        firstComplete = Math.min(firstComplete, row.year());
      }
    }
    for (CornAnnualRow row : rows) {
      int year = row.year();
      Double value = CornAnnualRow.TABLE.number(row, column);
      if (value == null) {
        continue;
      }
      if (cornComplete(row)) {
        actual.add(year, value);
      } else if (year == asOf.getYear() || year > firstComplete) {
        running.add(year, value);
      }
    }
    TargetProgressRow p = progress(indicator);
    double target = p == null ? 0 : number(p.targetValue());
    int targetYear = p == null ? 2030 : p.targetYear();
    String title = Word.CHART_AGAINST_TARGET.format(lang, lang.word(indicator),
        lang.number(target, 0), unit, targetYear);
    JFreeChart chart = annualChart(title, unit, actual, running, requiredPath(p), null, null,
        p == null ? null : target, targetYear,
        Scorecard.qualifier(indicator, lang) + lang.number(target, 0) + " " + unit,
        statusLine(indicator));
    ((XYPlot) chart.getPlot()).getRangeAxis().setLowerBound(0);
    return new Chart(indicator, chart, altText(indicator, actual, running,
        p == null ? null : target, unit));
  }

  /** A corn year is complete once it has ended (by the as-of month) with all three seasons. */
  private boolean cornComplete(CornAnnualRow row) {
    // The winter season is reported after its harvest, in February of the next year (the
    // delivery calendar): until then a year with three season reports still holds a growing
    // season's estimate, and is drawn as provisional.
    return !asOf.isBefore(YearMonth.of(row.year() + 1, 2)) && row.seasonsReported() == 3;
  }

  Chart seasonalProfile() {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<TourismAreaMonthlyRow> area = tourismArea();
    for (int year : new int[] {asOf.getYear() - 1, asOf.getYear()}) {
      for (int m = 1; m <= 12; m++) {
        String period = YearMonth.of(year, m).toString();
        for (TourismAreaMonthlyRow r : area) {
          Long v = r.measures().arrivals();
          if (period.equals(r.period()) && v != null) {
            dataset.addValue(v.doubleValue(), String.valueOf(year), String.valueOf(m));
          }
        }
      }
    }
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(lang.word("month")),
        numberAxis(lang.word("visits"), 0), new LineAndShapeRenderer(true, true));
    plot.getRenderer().setSeriesPaint(0, PROVISIONAL);
    plot.getRenderer().setSeriesPaint(1, ACTUAL);
    plot.getRenderer().setSeriesStroke(1, new BasicStroke(2.5f));
    String title = Word.CHART_SEASONAL.format(lang, asOf.getYear(), asOf.getYear() - 1);
    return new Chart("seasonal_profile", decorate(new JFreeChart(title, plot), null),
        altTextCategory(title, dataset, lang.word("visits")));
  }

  Chart byLocality() {
    String from = asOf.minusMonths(11).toString();
    Map<String, Double> sums = new TreeMap<>();
    for (TourismMonthlyRow row : data.tourismMonthly()) {
      if (row.period().compareTo(from) < 0 || row.period().compareTo(asOf.toString()) > 0) {
        continue;
      }
      Long v = row.measures().arrivals();
      sums.merge(row.localityName(), v == null ? 0 : v.doubleValue(), Double::sum);
    }
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    sums.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> dataset.addValue(e.getValue(), lang.word("actual"), e.getKey()));
    CategoryPlot plot = barPlot(dataset, lang.word("visits"));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    String title = Word.CHART_BY_LOCALITY.format(lang, asOf);
    return new Chart("by_locality", decorate(new JFreeChart(title, plot), null),
        altTextCategory(title, dataset, lang.word("visits")));
  }

  Chart revenuePerVisit() {
    DefaultCategoryDataset dataset = annualCategory("revenue_per_arrival_vnd", 1);
    CategoryPlot plot = barPlot(dataset, lang.word("vnd_per_visit"));
    plot.addRangeMarker(targetMarker(IMPLIED_VND_PER_VISIT, 0,
        Word.CHART_IMPLIED_PER_VISIT.format(lang, lang.number(IMPLIED_VND_PER_VISIT, 0),
            lang.word("vnd_per_visit"))));
    String title = Word.CHART_REVENUE_PER_VISIT.format(lang);
    String subtitle = Word.CHART_REVENUE_PER_VISIT_NOTE.format(lang);
    return new Chart("revenue_per_visit", decorate(new JFreeChart(title, plot), subtitle),
        altTextCategory(title, dataset, lang.word("vnd_per_visit")));
  }

  // ---------------------------------------------------------------------------------------------

  private DefaultCategoryDataset annualCategory(String column, double factor) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (TourismAnnualRow row : tourismAreaYears()) {
      int year = row.year();
      Double value = TourismAnnualRow.TABLE.number(row, column);
      if (value != null && year <= asOf.getYear()) {
        boolean complete = Boolean.TRUE.equals(row.complete());
        dataset.addValue(value * factor, complete ? lang.word("actual") : lang.word("ytd"),
            String.valueOf(year));
      }
    }
    return dataset;
  }

  private CategoryPlot barPlot(DefaultCategoryDataset dataset, String unit) {
    // Stacked: each year has one of the two series, so its bar stays centred on the year.
    BarRenderer renderer = new org.jfree.chart.renderer.category.StackedBarRenderer();
    renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.0);
    // By key: the rows are in the order they were first added, so a provisional first year
    // would otherwise take the dark colour.
    for (int r = 0; r < dataset.getRowCount(); r++) {
      renderer.setSeriesPaint(r, lang.word("actual").equals(dataset.getRowKey(r)) ? ACTUAL
          : PROVISIONAL);
    }
    return new CategoryPlot(dataset, new CategoryAxis(), numberAxis(unit, 0), renderer);
  }

  private NumberAxis numberAxis(String label, int decimals) {
    NumberAxis axis = new NumberAxis(label);
    axis.setNumberFormatOverride(lang.axisFormat(decimals));
    return axis;
  }

  private ValueMarker targetMarker(double value, int year, String label) {
    // Long dash and dot: tells the target from the projection's short dashes in greyscale too.
    ValueMarker marker = new ValueMarker(value, TARGET, new BasicStroke(2.5f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {14f, 4f, 3f, 4f}, 0f));
    marker.setLabel(year == 0 ? label : lang.word("target") + " " + year + ": " + label);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
    marker.setLabelFont(Fonts.font(Font.BOLD, 12));
    marker.setLabelPaint(TARGET);
    marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    marker.setLabelOffset(new RectangleInsets(2, 6, 2, 2));
    return marker;
  }

  private JFreeChart decorate(JFreeChart chart, String subtitle) {
    // Fonts and backgrounds set one by one: a ChartTheme would also reset the series colours.
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(Fonts.font(Font.BOLD, 17));
    if (chart.getPlot() instanceof XYPlot xy) {
      xy.setBackgroundPaint(Color.WHITE);
      xy.setDomainGridlinePaint(new Color(0xdddddd));
      xy.setRangeGridlinePaint(new Color(0xdddddd));
      styleAxis(xy.getDomainAxis());
      styleAxis(xy.getRangeAxis());
    } else if (chart.getPlot() instanceof CategoryPlot category) {
      category.setBackgroundPaint(Color.WHITE);
      category.setRangeGridlinePaint(new Color(0xdddddd));
      styleAxis(category.getDomainAxis());
      styleAxis(category.getRangeAxis());
    }
    if (subtitle != null) {
      chart.addSubtitle(0, new TextTitle(subtitle, Fonts.font(Font.PLAIN, 13)));
    }
    TextTitle source = new TextTitle(lang.source(asOf), Fonts.font(Font.ITALIC, 10));
    source.setPosition(RectangleEdge.BOTTOM);
    source.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    chart.addSubtitle(source);
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(Fonts.font(Font.PLAIN, 11));
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  private static Double number(java.math.BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  private static void styleAxis(org.jfree.chart.axis.Axis axis) {
    axis.setLabelFont(Fonts.font(Font.BOLD, 12));
    axis.setTickLabelFont(Fonts.font(Font.PLAIN, 11));
  }

  private String altText(String indicator, XYSeries actual, XYSeries ytd, Double target,
      String unit) {
    StringBuilder alt = new StringBuilder(lang.word(indicator)).append(" (").append(unit)
        .append("): ");
    for (int i = 0; i < actual.getItemCount(); i++) {
      alt.append(actual.getX(i).intValue()).append(' ')
          .append(lang.number(actual.getY(i).doubleValue(), 0)).append("; ");
    }
    for (int i = 0; i < ytd.getItemCount(); i++) {
      alt.append(ytd.getX(i).intValue()).append(' ').append(ytd.getKey()).append(' ')
          .append(lang.number(ytd.getY(i).doubleValue(), 0)).append("; ");
    }
    if (target != null) {
      alt.append(lang.word("target")).append(' ').append(lang.number(target, 0)).append(". ");
    }
    alt.append(statusLine(indicator).replace("\n", "; ")).append('.');
    return alt.toString();
  }

  private String altTextCategory(String title, DefaultCategoryDataset dataset, String unit) {
    StringBuilder alt = new StringBuilder(title).append(" (").append(unit).append("): ");
    for (int r = 0; r < dataset.getRowCount(); r++) {
      for (int c = 0; c < dataset.getColumnCount(); c++) {
        Number v = dataset.getValue(r, c);
        if (v != null) {
          alt.append(dataset.getColumnKey(c)).append(' ').append(dataset.getRowKey(r))
              .append(' ').append(lang.number(v.doubleValue(), 1)).append("; ");
        }
      }
    }
    return alt.toString().trim();
  }
}
