package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.ingest.ReferenceLoader;
import vn.mocchau.analytics.progress.MonthlySeries;
import vn.mocchau.analytics.progress.Progress;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.text.Language;

/**
 * A progress line of the closing summary in each language (issue 13, finding 6): the console
 * wrote "4066680 lượt khách/năm (2025-11..2026-10), P = 0.76" while the charts said "0,77".
 */
class ProgressLineTest {
  private static Target target(String id) {
    return new ReferenceLoader(new Path(Fixtures.resource("fixtures/reference").getParent()
        .toString()), new Configuration()).targets().stream()
        .filter(t -> t.indicatorId().equals(id)).findFirst().orElseThrow();
  }

  /** 300,000 visits a month in 2025, then 338,890 a month: 4,066,680 over 11/2025–10/2026. */
  private static Progress.Row visitors() {
    MonthlySeries series = MonthlySeries.additive();
    for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2026, 10));
        m = m.plusMonths(1)) {
      series.put(m, BigDecimal.valueOf(m.isBefore(YearMonth.of(2025, 11)) ? 300_000 : 338_890),
          null);
    }
    return Progress.assess(target("visitors"), series, YearMonth.of(2026, 10));
  }

  private static Console console(String lang) {
    return new Console(new PrintStream(PrintStream.nullOutputStream()), Language.of(lang));
  }

  @Test
  void visitsAreWrittenAsEachLanguageWritesThem() {
    Progress.Row row = visitors();
    assertEquals(0, new BigDecimal("4066680").compareTo(row.assessedValue()));
    String vi = MonthSummary.describe(row, console("vi"));
    String en = MonthSummary.describe(row, console("en"));
    assertTrue(vi.matches("4\\.066\\.680 lượt khách/năm \\(11/2025–10/2026\\), P = \\d+,\\d\\d?"
        + "(, tạm tính)?"), vi);
    assertTrue(en.matches("4,066,680 visits/year \\(Nov 2025–Oct 2026\\), P = \\d+\\.\\d\\d?"
        + "(, provisional)?"), en);
    String p = String.format(java.util.Locale.ROOT, "%.2f", row.anticipatedProgress())
        .replaceAll("0+$", "").replaceAll("\\.$", "");
    assertTrue(en.contains("P = " + p), en + " / P " + row.anticipatedProgress());
    assertTrue(vi.contains("P = " + p.replace('.', ',')), vi);
  }

  @Test
  void aShareIsAPercentageWithADecimalComma() {
    MonthlySeries share = MonthlySeries.ratio();
    for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2026, 10));
        m = m.plusMonths(1)) {
      share.put(m, BigDecimal.valueOf(m.isBefore(YearMonth.of(2025, 11)) ? 250 : 273),
          BigDecimal.valueOf(1000));
    }
    Progress.Row row = Progress.assess(target("overnight_share"), share, YearMonth.of(2026, 10));
    assertTrue(MonthSummary.describe(row, console("vi")).startsWith("27,3 % (11/2025–10/2026)"),
        MonthSummary.describe(row, console("vi")));
    assertTrue(MonthSummary.describe(row, console("en")).startsWith("27.3 % (Nov 2025–Oct 2026)"),
        MonthSummary.describe(row, console("en")));
  }

  /**
   * The closing summary keeps one line per assessed headline target and says the rest of the
   * programme in one line of counts (issue 15): a ward target is never listed on its own, even
   * when assessed, and the count covers every target (here the visitors target and two ward
   * targets without data).
   */
  @Test
  void theSummaryCountsTheProgrammeInOneLine() {
    Progress.Row visitors = visitors();
    YearMonth asOf = YearMonth.of(2026, 10);
    java.util.List<Progress.Row> progress = java.util.List.of(visitors,
        Progress.assess(target("ward_tea_output"), null, asOf),
        Progress.assess(target("ward_doctors"), null, asOf));
    for (String lang : java.util.List.of("vi", "en")) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      Console console = new Console(new PrintStream(bytes, true,
          java.nio.charset.StandardCharsets.UTF_8), Language.of(lang));
      MonthSummary.print(console, asOf, java.util.List.of(), progress, java.util.List.of(),
          new MonthSummary.Months(m -> true, m -> true), null, null);
      String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
      String status = console.lang().word(visitors.status()).toLowerCase(
          "vi".equals(lang) ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ROOT);
      String expected = "vi".equals(lang)
          ? "Cả chương trình (chi tiết trong báo cáo): 3 chỉ tiêu: 1 " + status
              + " / 2 chưa có số liệu"
          : "The whole programme (details in the report): 3 targets: 1 " + status
              + " / 2 no data yet";
      assertTrue(out.contains(expected), out);
      assertTrue(out.contains("vi".equals(lang) ? "  Tổng lượt khách du lịch: "
          : "  Total tourist visits: "), out);
      assertEquals(-1, out.indexOf("vi".equals(lang) ? "Sản lượng chè" : "Tea output"), out);
      assertEquals(out.lines().count(), out.lines().filter(l -> !l.isBlank()).count() + 1, out);
    }
  }
}
