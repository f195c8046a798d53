package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Notice;

/** feeds.md §6 cross-feed warnings, in both languages, numbers as each language writes them. */
class CrossFeedWarningsTest {
  private static final YearMonth MONTH = YearMonth.of(2026, 1);

  private static TourismMonthlyRow row(String period, long arrivals, long overnight,
      String perArrival) {
    Map<String, Object> row = new HashMap<>();
    row.put("period", period);
    row.put("locality_code", "03982");
    row.put("locality_name", "Phường Mộc Châu");
    row.put("arrivals", arrivals);
    row.put("overnight_guests", overnight);
    row.put("revenue_vnd", new BigDecimal(perArrival).multiply(BigDecimal.valueOf(arrivals)));
    row.put("revenue_per_arrival_vnd", new BigDecimal(perArrival));
    return TourismMonthlyRow.TABLE.row(row);
  }

  @Test
  void overnightAboveArrivalsAndImplausibleSpendingAreWarnedInBothLanguages() {
    List<Notice> warnings = new ArrayList<>();
    MartBuilder.crossFeedChecks(MONTH, List.of(row("2026-01", 12_500, 13_000,
        "16889130")), warnings);
    assertEquals(List.of(
        new Notice("2026-01 Phường Mộc Châu (03982): overnight guests 13,000 above arrivals 12,500",
            "01/2026 Phường Mộc Châu (03982): số khách lưu trú 13.000 lớn hơn tổng lượt khách"
                + " 12.500"),
        new Notice("2026-01 Phường Mộc Châu (03982): revenue per arrival 16,889,130 VND is outside"
            + " the plausible band 200,000-5,000,000", "01/2026 Phường Mộc Châu (03982): doanh thu"
            + " bình quân 16.889.130 đồng/lượt khách nằm ngoài khoảng hợp lý 200.000-5.000.000")),
        warnings);
  }

  @Test
  void aJumpFromThePreviousMonthIsWarnedWithADecimalCommaInVietnamese() {
    List<Notice> warnings = new ArrayList<>();
    MartBuilder.jumpChecks(MONTH, List.of(row("2025-12", 10_000, 100, "1000000"),
        row("2026-01", 34_000, 100, "1000000")), warnings);
    assertEquals(new Notice("2026-01 Phường Mộc Châu (03982): arrivals changed 3.4x from the"
        + " previous month", "01/2026 Phường Mộc Châu (03982): lượt khách thay đổi 3,4 lần so"
        + " với tháng trước"), warnings.get(0));
  }
}
