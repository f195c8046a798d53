package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.progress.IndicatorData;

/** The driver-side functions of the marts stage, on rows made by hand. */
class MartBuilderTest {
  static TourismAreaMonthlyRow area(String period, String scope, Long arrivals, Long overnight,
      String revenueVnd) {
    Map<String, Object> row = new LinkedHashMap<>();
    YearMonth month = YearMonth.parse(period);
    row.put("period", period);
    row.put("year", month.getYear());
    row.put("month", month.getMonthValue());
    row.put("scope", scope);
    row.put("arrivals", arrivals);
    row.put("overnight_guests", overnight);
    row.put("revenue_vnd", revenueVnd == null ? null : new BigDecimal(revenueVnd));
    return TourismAreaMonthlyRow.TABLE.row(row);
  }

  static CornAnnualRow corn(int year, String locality, String planted, String output) {
    return new CornAnnualRow(year, locality, new BigDecimal(planted), null,
        new BigDecimal(output), null, null, 3, year + "-11");
  }

  @Test
  void theIndicatorsReadTheTourismAreaAndTheAreaWideCornUpToTheAsOfMonth() {
    YearMonth asOf = YearMonth.of(2026, 2);
    Map<String, IndicatorData> data = MartBuilder.indicatorData(asOf, List.of(
        area("2026-01", "tourism_area", 1000L, 300L, "2000000000"),
        area("2026-01", "former_district:Mộc Châu", 700L, 200L, "1500000000"),
        area("2026-02", "tourism_area", 500L, null, null),
        area("2026-03", "tourism_area", 9000L, 900L, "9000000000")),
        List.of(corn(2025, "ALL", "2150", "75250"), corn(2025, "03982", "100", "3500"),
            corn(2027, "ALL", "5000", "1")));
    assertEquals(new BigDecimal("1500"), data.get("visitors").yearToDate(asOf),
        "January and February of the tourism area; March is after the as-of month");
    assertEquals(0, new BigDecimal("2").compareTo(data.get("tourism_revenue").yearToDate(asOf)),
        "in billion đồng; February had no revenue delivered");
    assertEquals(0, new BigDecimal("0.3").compareTo(data.get("overnight_share")
        .yearToDate(asOf)), "300 / 1000: February had no stays");
    assertEquals(new BigDecimal("2150"), data.get("corn_area").calendarYear(2025));
    assertEquals(new BigDecimal("75250"), data.get("corn_output").calendarYear(2025));
    assertNull(data.get("corn_area").calendarYear(2027), "after the as-of year");
  }

  static TourismMonthlyRow monthly(String period, long arrivals, String revenueVnd) {
    return TourismMonthlyRow.TABLE.row(Map.of("period", period, "locality_code", "03982",
        "locality_name", "Phường Mộc Châu", "arrivals", arrivals, "revenue_vnd",
        new BigDecimal(revenueVnd)));
  }

  @Test
  void aRevenueJumpIsWarnedAndSmallNumbersAreNot() {
    List<Notice> warnings = new ArrayList<>();
    MartBuilder.jumpChecks(YearMonth.of(2026, 1), List.of(
        monthly("2025-12", 500, "1000000000"), monthly("2026-01", 900, "200000000")),
        warnings);
    assertEquals(List.of(new Notice("2026-01 Phường Mộc Châu (03982): revenue changed 0.2x from"
        + " the previous month", "01/2026 Phường Mộc Châu (03982): doanh thu thay đổi 0,2 lần so"
        + " với tháng trước")), warnings,
        "revenue fell to a fifth; arrivals grew 1.8x, and 900 is below 1,000 anyway");
  }
}
