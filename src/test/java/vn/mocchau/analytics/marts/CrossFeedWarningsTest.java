package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Notice;

/** feeds.md §6 cross-feed warnings, in both languages, numbers as each language writes them. */
class CrossFeedWarningsTest {
  private static final YearMonth MONTH = YearMonth.of(2026, 1);

  private static Object[] row(String period, long arrivals, long overnight, String perArrival) {
    Object[] row = new Object[MartSchemas.columns(MartSchemas.TOURISM_MONTHLY).size()];
    row[0] = period;
    row[3] = "03982";
    row[4] = "Phường Mộc Châu";
    row[8] = arrivals;
    row[11] = overnight;
    row[18] = new BigDecimal(perArrival).multiply(BigDecimal.valueOf(arrivals));
    row[25] = new BigDecimal(perArrival);
    return row;
  }

  @Test
  void overnightAboveArrivalsAndImplausibleSpendingAreWarnedInBothLanguages() {
    List<Notice> warnings = new ArrayList<>();
    MartBuilder.crossFeedChecks(MONTH, List.<Object[]>of(row("2026-01", 12_500, 13_000,
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
    MartBuilder.jumpChecks(MONTH, List.<Object[]>of(row("2025-12", 10_000, 100, "1000000"),
        row("2026-01", 34_000, 100, "1000000")), warnings);
    assertEquals(new Notice("2026-01 Phường Mộc Châu (03982): arrivals changed 3.4x from the"
        + " previous month", "01/2026 Phường Mộc Châu (03982): lượt khách thay đổi 3,4 lần so"
        + " với tháng trước"), warnings.get(0));
  }
}
