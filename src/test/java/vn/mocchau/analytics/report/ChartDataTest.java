package vn.mocchau.analytics.report;

import vn.mocchau.analytics.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.ProjectionMonthlyRow;
import vn.mocchau.analytics.marts.TourismAnnualRow;
import vn.mocchau.analytics.marts.TourismAreaMonthlyRow;
import vn.mocchau.analytics.marts.TourismMonthlyRow;

/**
 * Which mart rows each chart takes and what it makes of them, on a hand-made history as of
 * 10/2026: values read from the charts' datasets, nothing drawn.
 */
class ChartDataTest {
  static final YearMonth AS_OF = YearMonth.of(2026, 10);

  static TourismMonthlyRow commune(String period, String code, String name, long arrivals) {
    return TourismMonthlyRow.TABLE.row(Map.of("period", period, "locality_code", code,
        "locality_name", name, "arrivals", arrivals));
  }

  static TourismAreaMonthlyRow area(String period, String scope, long arrivals, long revenue) {
    YearMonth month = YearMonth.parse(period);
    return TourismAreaMonthlyRow.TABLE.row(Map.of("period", period, "year", month.getYear(),
        "month", month.getMonthValue(), "scope", scope, "arrivals", arrivals, "revenue_vnd",
        BigDecimal.valueOf(revenue)));
  }

  static TourismAnnualRow year(int year, long arrivals, String perArrival, boolean complete) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("year", year);
    row.put("scope", "tourism_area");
    row.put("arrivals", arrivals);
    row.put("revenue_per_arrival_vnd", new BigDecimal(perArrival));
    row.put("complete", complete);
    return TourismAnnualRow.TABLE.row(row);
  }

  static Marts history() {
    List<TourismAreaMonthlyRow> area = new ArrayList<>(List.of(
        area("2025-03", "tourism_area", 10, 0),
        area("2026-03", "tourism_area", 20, 4_000_000_000L),
        area("2026-03", "former_district:Vân Hồ", 7000, 0),
        area("2026-10", "tourism_area", 30, 6_000_000_000L),
        area("2026-11", "tourism_area", 999, 0)));
    List<TourismAnnualRow> annual = List.of(
        year(2024, 1000, "850000", true),
        year(2025, 900, "910000", false),
        year(2026, 1049, "950000", false),
        year(2027, 5, "1", false));
    List<TourismMonthlyRow> monthly = List.of(
        commune("2025-10", "A1", "Phường Một", 1000),
        commune("2025-11", "A1", "Phường Một", 50),
        commune("2026-10", "A1", "Phường Một", 100),
        commune("2026-09", "B2", "Xã Hai", 120),
        commune("2026-11", "B2", "Xã Hai", 1000));
    List<ProjectionMonthlyRow> projection = List.of(
        new ProjectionMonthlyRow("2026-10", "visitors", "2026-11", 40.0, 30.0, 50.0, 20.0, 60.0,
            "m"),
        new ProjectionMonthlyRow("2026-10", "visitors", "2026-12", 45.0, 35.0, 55.0, 25.0, 65.0,
            "m"),
        new ProjectionMonthlyRow("2026-10", "visitors", "2027-01", 50.0, 40.0, 60.0, 30.0, 70.0,
            "m"),
        new ProjectionMonthlyRow("2026-10", "tourism_revenue", "2026-11", 9.0, 9.0, 9.0, 9.0,
            9.0, "m"),
        new ProjectionMonthlyRow("2026-09", "visitors", "2026-11", 1e6, 1e6, 1e6, 1e6, 1e6, "m"));
    return new Marts(monthly, area, annual, List.of(), List.of(), projection, List.of());
  }

  @Test
  void visitsByLocalitySumTheLatest12MonthsPerCommuneLargestFirst() {
    CategoryDataset data = ((CategoryPlot) new ChartFactory(history(), AS_OF, Language.VI)
        .byLocality().chart().getPlot()).getDataset();
    assertEquals(List.of("Phường Một", "Xã Hai"), data.getColumnKeys(),
        "150 before 120; October 2025 and November 2026 are outside the 12 months");
    assertEquals(150.0, data.getValue(0, 0).doubleValue());
    assertEquals(120.0, data.getValue(0, 1).doubleValue());
  }

  @Test
  void theSeasonalProfileComparesTheTourismAreasMonthsWithLastYears() {
    CategoryDataset data = ((CategoryPlot) new ChartFactory(history(), AS_OF, Language.EN)
        .seasonalProfile().chart().getPlot()).getDataset();
    assertEquals(List.of("2025", "2026"), data.getRowKeys());
    assertEquals(10.0, data.getValue("2025", "3").doubleValue());
    assertEquals(20.0, data.getValue("2026", "3").doubleValue(), "not the former district's");
    assertEquals(30.0, data.getValue("2026", "10").doubleValue());
    assertEquals(999.0, data.getValue("2026", "11").doubleValue(),
        "the profile shows the whole calendar year as published");
  }

  @Test
  void theVisitorsBarsAreCompleteYearsAndTheRunningYearJanuaryToTheAsOfMonth() {
    XYPlot plot = (XYPlot) new ChartFactory(history(), AS_OF, Language.EN)
        .indicator("visitors", "arrivals", 1, "visits").chart().getPlot();
    XYSeriesCollection bars = (XYSeriesCollection) plot.getDataset(2);
    assertEquals("Actual", bars.getSeriesKey(0));
    assertEquals(1, bars.getItemCount(0));
    assertEquals(2024.0, bars.getXValue(0, 0));
    assertEquals(1000.0, bars.getYValue(0, 0));
    assertEquals(2, bars.getItemCount(1), "2025 (a month missing) and 2026; not 2027");
    assertEquals(2025.0, bars.getXValue(1, 0));
    assertEquals(900.0, bars.getYValue(1, 0));
    assertEquals(2026.0, bars.getXValue(1, 1));
    assertEquals(50.0, bars.getYValue(1, 1), "March 20 + October 30, not the annual 1,049");
  }

  @Test
  void theFanAddsTheYearsForecastMonthsToTheMonthsAlreadyObserved() {
    YIntervalSeriesCollection fan = new ChartFactory(history(), AS_OF, Language.EN)
        .projectionFan("visitors", "arrivals", 1);
    assertEquals(2, fan.getItemCount(0), "2026 and 2027");
    assertEquals(2026.0, fan.getXValue(0, 0));
    assertEquals(50 + 40 + 45, fan.getYValue(0, 0), 1e-9, "observed 20 + 30, then 40 + 45");
    assertEquals(50 + 30 + 35, fan.getStartYValue(0, 0), 1e-9, "80 % lower bounds");
    assertEquals(50 + 60 + 65, fan.getEndYValue(1, 0), 1e-9, "95 % upper bounds");
    assertEquals(50.0, fan.getYValue(0, 1), 1e-9, "2027: January's forecast alone");
    YIntervalSeriesCollection revenue = new ChartFactory(history(), AS_OF, Language.EN)
        .projectionFan("tourism_revenue", "revenue_vnd", 1e9);
    assertEquals(4 + 6 + 9, revenue.getYValue(0, 0), 1e-9, "billion đồng: 4 + 6 observed");
  }

  @Test
  void revenuePerVisitTakesEachYearOfTheTourismAreaUpToTheAsOfYear() {
    CategoryDataset data = ((CategoryPlot) new ChartFactory(history(), AS_OF, Language.EN)
        .revenuePerVisit().chart().getPlot()).getDataset();
    assertEquals(850_000.0, data.getValue("Actual", "2024").doubleValue());
    assertEquals(910_000.0, data.getValue(Language.EN.word("ytd"), "2025").doubleValue());
    assertEquals(950_000.0, data.getValue(Language.EN.word("ytd"), "2026").doubleValue());
    assertEquals(List.of("2024", "2025", "2026"), data.getColumnKeys());
  }
}
