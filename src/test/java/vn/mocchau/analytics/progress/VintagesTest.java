package vn.mocchau.analytics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Target;

/** programme.md §1: a value is known from its delivery; later deliveries supersede, never delete. */
class VintagesTest {
  static Observation obs(String indicator, String period, String value, String status,
      String delivered) {
    return new Observation(indicator, period, "thao_nguyen_ward", new BigDecimal(value), status,
        "Chi cục Thống kê", null, YearMonth.parse(delivered), "iv.csv", 2L);
  }

  final Observation estimate = obs("budget", "2025", "100", "estimate", "2026-02");
  final Observation official = obs("budget", "2025", "104", "official", "2026-06");
  final Observation other = obs("budget", "2024", "90", "official", "2026-02");

  @Test
  void aRunUsesTheLatestDeliveryUpToItsMonth() {
    List<Observation> all = List.of(official, estimate, other);
    assertEquals(List.of(), Vintages.asOf(all, YearMonth.of(2026, 1)));
    assertEquals(List.of(other, estimate), Vintages.asOf(all, YearMonth.of(2026, 5)));
    assertEquals(List.of(other, official), Vintages.asOf(all, YearMonth.of(2026, 6)));
  }

  @Test
  void supersededByIsTheNextDeliveryOfTheKey() {
    Observation third = obs("budget", "2025", "105", "official", "2026-09");
    assertEquals(List.of(new Vintages.Vintage(other, null),
            new Vintages.Vintage(estimate, YearMonth.of(2026, 6)),
            new Vintages.Vintage(official, YearMonth.of(2026, 9)),
            new Vintages.Vintage(third, null)),
        Vintages.withSupersededBy(List.of(third, official, estimate, other)));
  }

  @Test
  void reRunningTheMonthBeforeTheOfficialFigureGivesTheSameRow() {
    // at_least 120 by 2030, linear from v_b = 90 (the 2024 value, b = 2024): as of 2026-05 the
    // 2025 estimate 100 is x: r_obs = 10 a year, v^_T = 90 + 10·6 = 150, P = 60/30 = 2.
    Target target = new Target("budget", "Thu ngân sách", "Budget revenue", "billion VND",
        "thao_nguyen_ward", "annual", 2024, null, 2030, new BigDecimal("120"), null, "at_least",
        "test", "ward_economy", "(2)", "annual", "indicator_values", "linear", "at_least", 2026);
    YearMonth may = YearMonth.of(2026, 5);
    Progress.Row then = ValueProgress.assess(target,
        Vintages.asOf(List.of(estimate, other), may), may);
    Progress.Row later = ValueProgress.assess(target,
        Vintages.asOf(List.of(estimate, other, official), may), may);
    assertEquals(then, later);
    assertEquals("estimate", then.xStatus());
    assertEquals(0, new BigDecimal("100").compareTo(then.assessedValue()));
    assertEquals(2.0, then.anticipatedProgress(), 1e-9);
    Progress.Row june = ValueProgress.assess(target,
        Vintages.asOf(List.of(estimate, other, official), YearMonth.of(2026, 6)),
        YearMonth.of(2026, 6));
    assertEquals("official", june.xStatus());
    assertEquals(0, new BigDecimal("104").compareTo(june.assessedValue()));
  }
}
