package vn.mocchau.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.marts.MartBuilder;
import vn.mocchau.analytics.marts.MartSchemas;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.ProjectionMonthlyRow;
import vn.mocchau.analytics.marts.TargetProgressRow;
import vn.mocchau.analytics.marts.TourismAreaMonthlyRow;
import vn.mocchau.analytics.progress.AnnualSeries;
import vn.mocchau.analytics.progress.IndicatorData;
import vn.mocchau.analytics.progress.MonthlySeries;
import vn.mocchau.analytics.progress.Progress;
import vn.mocchau.analytics.progress.SeasonalProjection;
import vn.mocchau.analytics.testing.Seasonality;
import vn.mocchau.analytics.text.Language;

/**
 * What the visitors and revenue charts draw and what their subtitle says are one story: for
 * every as-of month of a 2023–2026 history, in four growth scenarios, the drawn target-year
 * median and the status agree. Also: corn charts keep the provisional convention and reach the
 * target year, and a legend lists only what is drawn.
 */
class ChartStoryTest {
  static final Target VISITORS = new Target("visitors", "Tổng lượt khách du lịch",
      "Total tourist visits", "visits/year", "tourism_area", "rolling_12m", 2025, null, 2030,
      new BigDecimal("6250000"), null, "at_least", "test");
  static final Target REVENUE = new Target("tourism_revenue", "Doanh thu du lịch",
      "Tourism revenue", "billion VND/year", "tourism_area", "rolling_12m", 2025, null, 2030,
      new BigDecimal("5594"), null, "at_least", "test");
  static final List<String> AREA = MartSchemas.columns(MartSchemas.TOURISM_AREA_MONTHLY).stream()
      .map(c -> c.name()).toList();

  static double share(YearMonth month) {
    return Seasonality.share(month);
  }

  /** tourism_area_monthly rows: 2.2, 2.9, 3.8 M visits in 2023–25, then {@code growth} a year. */
  static List<Object[]> area(double growth, YearMonth to) {
    List<Object[]> rows = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(to); m = m.plusMonths(1)) {
      double year = switch (m.getYear()) {
        case 2023 -> 2_200_000;
        case 2024 -> 2_900_000;
        case 2025 -> 3_800_000;
        default -> 3_800_000 * Math.pow(1 + growth, m.getYear() - 2025);
      };
      rows.add(areaRow(m, Math.round(year * share(m))));
    }
    return rows;
  }

  static Object[] areaRow(YearMonth m, long arrivals) {
    Object[] row = new Object[AREA.size()];
    row[AREA.indexOf("period")] = m.toString();
    row[AREA.indexOf("year")] = m.getYear();
    row[AREA.indexOf("month")] = m.getMonthValue();
    row[AREA.indexOf("scope")] = "tourism_area";
    row[AREA.indexOf("arrivals")] = arrivals;
    row[AREA.indexOf("overnight_guests")] = arrivals / 4;
    row[AREA.indexOf("revenue_vnd")] = BigDecimal.valueOf(arrivals).multiply(
        BigDecimal.valueOf(1_300_000));
    return row;
  }

  static Marts marts(List<Object[]> area, YearMonth asOf, boolean oldFan) {
    Map<String, IndicatorData> data = MartBuilder.indicatorData(asOf,
        TourismAreaMonthlyRow.TABLE.rows(area), List.of());
    List<Progress.Row> progress = List.of(Progress.assess(VISITORS, data.get("visitors"), asOf),
        Progress.assess(REVENUE, data.get("tourism_revenue"), asOf));
    List<Object[]> projections = oldFan ? oldProjections(asOf, data)
        : MartBuilder.projections(asOf, data, progress).stream()
            .map(ProjectionMonthlyRow.TABLE::values).toList();
    Map<String, List<Object[]>> rows = new HashMap<>();
    rows.put(MartSchemas.TARGET_PROGRESS, progress.stream().map(ChartStoryTest::values).toList());
    rows.put(MartSchemas.PROJECTION_MONTHLY, projections);
    rows.put(MartSchemas.TOURISM_AREA_MONTHLY, area);
    return Marts.fromValues(rows);
  }

  /** The target_progress row of an assessment, in column order. */
  static Object[] values(Progress.Row row) {
    return TargetProgressRow.TABLE.values(TargetProgressRow.of(row));
  }

  /** The fan before: log-linear trend + month effects on the whole history. */
  static List<Object[]> oldProjections(YearMonth asOf, Map<String, IndicatorData> data) {
    List<Object[]> rows = new ArrayList<>();
    for (String indicator : List.of("visitors", "tourism_revenue")) {
      SeasonalProjection.Fit fit = SeasonalProjection.fit(
          ((MonthlySeries) data.get(indicator)).monthlyValues());
      for (SeasonalProjection.Forecast f : SeasonalProjection.forecast(fit,
          YearMonth.of(2030, 12))) {
        rows.add(new Object[] {asOf.toString(), indicator, f.period().toString(), f.point(),
            f.lower80(), f.upper80(), f.lower95(), f.upper95(), "old"});
      }
    }
    return rows;
  }

  /** The drawn target-year median of the fan, or null when no fan is drawn. */
  static Double drawnMedian(ChartFactory charts, String indicator, String column, double divisor) {
    YIntervalSeriesCollection fan = charts.projectionFan(indicator, column, divisor);
    for (int i = 0; fan.getSeriesCount() > 0 && i < fan.getItemCount(0); i++) {
      if (fan.getXValue(0, i) == 2030) {
        return fan.getYValue(0, i);
      }
    }
    return null;
  }

  static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /** Why the drawn median and the status disagree, or null when they tell one story. */
  static String disagreement(String status, Double median, double baseline, double target) {
    if (median == null) {
      return Set.of("not_assessed", "achieved").contains(status) ? null
          : status + " without a drawn projection";
    }
    if (status.equals("achieved")) {
      return null;
    }
    if (status.equals("not_assessed")) {
      return "a projection drawn without a verdict";
    }
    boolean below = Set.of("accelerate", "off_track", "regressing").contains(status);
    if (median >= target && below) {
      return status + " while the drawn median " + median + " reaches the target " + target;
    }
    double p = (median - baseline) / (target - baseline);
    String drawn = p >= 0.95 ? "on_track" : p >= 0.5 ? "accelerate" : p >= 0 ? "off_track"
        : "regressing";
    return drawn.equals(status) ? null : status + " while the drawn median reads " + drawn
        + " (P = " + p + ")";
  }

  @Test
  void theDrawnProjectionAndTheVerdictAgreeEveryMonthInEveryScenario() {
    int assessed = 0;
    for (double growth : new double[] {0.09, 0.15, 0.02, -0.05}) {
      List<Object[]> area = area(growth, YearMonth.of(2026, 12));
      for (YearMonth asOf = YearMonth.of(2023, 1); !asOf.isAfter(YearMonth.of(2026, 12));
          asOf = asOf.plusMonths(1)) {
        Marts marts = marts(area, asOf, false);
        ChartFactory charts = new ChartFactory(marts, asOf, Language.VI);
        for (String[] indicator : new String[][] {{"visitors", "arrivals", "1"},
            {"tourism_revenue", "revenue_vnd", "1e9"}}) {
          TargetProgressRow row = marts.targetProgress().stream()
              .filter(r -> indicator[0].equals(r.indicatorId())).findFirst().orElseThrow();
          String status = row.status();
          Double median = drawnMedian(charts, indicator[0], indicator[1],
              Double.parseDouble(indicator[2]));
          Double baseline = number(row.baselineValue());
          String problem = disagreement(status, median, baseline == null ? 0 : baseline,
              number(row.targetValue()));
          assertNull(problem, growth + " " + asOf + " " + indicator[0] + ": " + problem);
          if (median != null) {
            assessed++;
            assertEquals(number(row.projectedTargetYearValue()), median, 1e-6 * median);
            String value = indicator[0].equals("visitors") ? Language.VI.visits(median)
                : Language.VI.billions(median);
            String subtitle = charts.statusLine(indicator[0]);
            assertTrue(subtitle.contains("Dự báo 2030: " + value), subtitle);
            assertTrue(subtitle.startsWith("Đánh giá: " + Language.VI.word(status)), subtitle);
          }
        }
      }
    }
    assertEquals(4 * 2 * 11, assessed, "02/2026–12/2026 (01/2026 has no Tết): 11 months × 2 × 4");
  }

  @Test
  void theOldFanWouldHaveFailedTheCheck() {
    YearMonth asOf = YearMonth.of(2026, 10);
    Marts marts = marts(area(0.09, asOf), asOf, true);
    ChartFactory charts = new ChartFactory(marts, asOf, Language.VI);
    TargetProgressRow row = marts.targetProgress().stream()
        .filter(r -> "visitors".equals(r.indicatorId())).findFirst().orElseThrow();
    String problem = disagreement(row.status(),
        drawnMedian(charts, "visitors", "arrivals", 1), number(row.baselineValue()),
        6_250_000);
    assertNotNull(problem);
    assertTrue(problem.startsWith("accelerate while the drawn median"), problem);
  }

  // --- legends and short histories ----------------------------------------------------------

  static List<String> legend(JFreeChart chart) {
    LegendItemCollection items = chart.getPlot().getLegendItems();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }

  static List<String> subtitles(JFreeChart chart) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle title) {
        texts.add(title.getText());
      }
    }
    return texts;
  }

  @Test
  void aFirstSingleMonthRunListsOnlyWhatItDrawsAndSaysABackfillDrawsTheHistory() {
    YearMonth asOf = YearMonth.of(2026, 10);
    List<Object[]> area = List.<Object[]>of(areaRow(asOf, 300_000));
    Object[] annual = new Object[MartSchemas.columns(MartSchemas.TOURISM_ANNUAL).size()];
    List<String> annualColumns = MartSchemas.columns(MartSchemas.TOURISM_ANNUAL).stream()
        .map(c -> c.name()).toList();
    annual[0] = 2026;
    annual[1] = "tourism_area";
    annual[annualColumns.indexOf("arrivals")] = 300_000L;
    annual[annualColumns.indexOf("complete")] = false;
    for (Language lang : Language.values()) {
      Map<String, IndicatorData> data = MartBuilder.indicatorData(asOf,
          TourismAreaMonthlyRow.TABLE.rows(area), List.of());
      Progress.Row row = Progress.assess(VISITORS, data.get("visitors"), asOf);
      Marts marts = Marts.fromValues(Map.of(MartSchemas.TOURISM_AREA_MONTHLY, area,
          MartSchemas.TOURISM_ANNUAL, List.<Object[]>of(annual),
          MartSchemas.TARGET_PROGRESS, List.<Object[]>of(values(row))));
      JFreeChart chart = new ChartFactory(marts, asOf, lang).indicator("visitors", "arrivals", 1,
          lang.word("visits")).chart();
      assertEquals(List.of(lang.word("ytd")), legend(chart), lang + ": only the bar is drawn");
      String note = subtitles(chart).stream().filter(s -> s.contains("jobs/backfill"))
          .findFirst().orElse(null);
      assertNotNull(note, lang + ": " + subtitles(chart));
      assertEquals(lang == Language.VI
          ? "Mới có số liệu của 1 tháng: nếu các tháng trước đã được giao nộp, chạy jobs/backfill"
              + " TỪ_THÁNG 2026-10 để vẽ các năm trước, lộ trình và dự báo"
          : "Only 1 month(s) of data: if earlier months were delivered, run jobs/backfill"
              + " FROM 2026-10 to draw the earlier years, the path and the projection",
          note);
      assertEquals(lang == Language.VI
          ? "Đánh giá: Chưa đánh giá — chưa có 12 tháng liên tiếp đủ số liệu"
          : "Status: Not assessed — no complete 12-month window of data yet",
          subtitles(chart).get(0));
    }
  }

  @Test
  void theRunningYearsBarIsJanuaryToTheAsOfMonthEvenWhenLaterMonthsArePublished() {
    YearMonth asOf = YearMonth.of(2026, 2);
    List<Object[]> area = area(0.09, YearMonth.of(2026, 10));
    List<String> columns = MartSchemas.columns(MartSchemas.TOURISM_ANNUAL).stream()
        .map(c -> c.name()).toList();
    Object[] annual = new Object[columns.size()];
    annual[0] = 2026;
    annual[1] = "tourism_area";
    annual[columns.indexOf("arrivals")] = 3_400_000L; // January to October, as re-runs find it
    annual[columns.indexOf("complete")] = false;
    Marts marts = Marts.fromValues(Map.of(MartSchemas.TOURISM_AREA_MONTHLY, area,
        MartSchemas.TOURISM_ANNUAL, List.<Object[]>of(annual)));
    XYPlot plot = (XYPlot) new ChartFactory(marts, asOf, Language.VI).indicator("visitors",
        "arrivals", 1, "lượt khách").chart().getPlot();
    XYSeriesCollection bars = (XYSeriesCollection) plot.getDataset(2);
    double janFeb = Math.round(3_800_000 * 1.09 * 0.10) + Math.round(3_800_000 * 1.09 * 0.15);
    assertEquals(janFeb, bars.getYValue(0, 0), 1e-6, "Tết 2026 in February: 10 % + 15 %");
  }

  @Test
  void aFullHistoryDrawsEveryLegendSeriesAndNoBackfillNote() {
    YearMonth asOf = YearMonth.of(2026, 10);
    JFreeChart chart = new ChartFactory(marts(area(0.09, asOf), asOf, false), asOf, Language.EN)
        .indicator("visitors", "arrivals", 1, "visits").chart();
    assertEquals(List.of("Required path", "Projection (median)", "80 % interval",
        "95 % interval (upper part beyond the frame)",
        "Latest 12 months Nov 2025–Oct 2026: 4.07 million visits"),
        legend(chart), "no annual rows in this test, so no bars");
    // The 95 % band reaches far above the target by 2030; the axis stops at 1.5 times the
    // largest line drawn, so the data the chart is about stays readable, and the legend says so.
    XYPlot plot = (XYPlot) chart.getPlot();
    assertTrue(plot.getRangeAxis().getUpperBound() <= 1.5 * 6_250_000 + 1,
        "axis " + plot.getRangeAxis().getUpperBound());
    // The point the verdict is judged on sits at its time: a window ending in October 2026.
    XYSeriesCollection latest = (XYSeriesCollection) plot.getDataset(3);
    assertEquals(2025 + 10 / 12.0, latest.getXValue(0, 0), 1e-9);
    assertFalse(subtitles(chart).stream().anyMatch(s -> s.contains("backfill")));
  }

  // --- corn ---------------------------------------------------------------------------------

  static Object[] corn(int year, String planted, int seasons) {
    return new Object[] {year, "ALL", new BigDecimal(planted), null, new BigDecimal(planted)
        .multiply(BigDecimal.valueOf(35)), null, null, seasons, year + "-11"};
  }

  @Test
  void cornChartsDrawCompleteYearsDarkTheRunningYearLightThePathAndTheAxisTo2030() {
    YearMonth asOf = YearMonth.of(2026, 10);
    List<Object[]> cornRows = List.of(corn(2022, "600", 1), corn(2023, "1800", 3),
        corn(2024, "1950", 3), corn(2025, "2150", 3), corn(2026, "1400", 2));
    Target area = new Target("corn_area", "Diện tích ngô sinh khối", "Biomass corn area",
        "ha/year", "moc_chau", "annual", 2025, new BigDecimal("2150"), 2030,
        new BigDecimal("4000"), null, "at_least", "test");
    AnnualSeries series = new AnnualSeries();
    cornRows.forEach(r -> series.put((Integer) r[0], (BigDecimal) r[2]));
    Marts marts = Marts.fromValues(Map.of(MartSchemas.CORN_ANNUAL, cornRows,
        MartSchemas.TARGET_PROGRESS, List.<Object[]>of(values(Progress.assess(area, series,
            asOf)))));
    for (Language lang : Language.values()) {
      JFreeChart chart = new ChartFactory(marts, asOf, lang).corn("corn_area", "planted_ha",
          lang.word("ha")).chart();
      XYPlot plot = (XYPlot) chart.getPlot();
      XYSeriesCollection bars = (XYSeriesCollection) plot.getDataset(2);
      assertEquals(2, bars.getSeriesCount());
      assertEquals(lang.word("actual"), bars.getSeriesKey(0));
      assertEquals(List.of(2023.0, 2024.0, 2025.0), xs(bars, 0), "2022 has one season only");
      assertEquals(ChartFactory.ACTUAL, plot.getRenderer(2).getSeriesPaint(0));
      assertEquals(lang.word("incomplete"), bars.getSeriesKey(1));
      assertEquals(List.of(2026.0), xs(bars, 1));
      assertEquals(ChartFactory.PROVISIONAL, plot.getRenderer(2).getSeriesPaint(1));
      XYSeriesCollection path = (XYSeriesCollection) plot.getDataset(0);
      assertEquals(2150, path.getYValue(0, 0), 1e-9);
      assertEquals(2030, path.getXValue(0, path.getItemCount(0) - 1), 1e-9);
      assertEquals(4000, path.getYValue(0, path.getItemCount(0) - 1), 1e-6);
      assertTrue(plot.getDomainAxis().getUpperBound() > 2030, "the axis reaches 2030");
      assertTrue(legend(chart).contains(lang.word("path")));
    }
  }

  static List<Double> xs(XYSeriesCollection data, int series) {
    List<Double> xs = new ArrayList<>();
    for (int i = 0; i < data.getItemCount(series); i++) {
      xs.add(data.getXValue(series, i));
    }
    return xs;
  }
}
