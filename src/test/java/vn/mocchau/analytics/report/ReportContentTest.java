package vn.mocchau.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.text.Language;

/** Report text: numbers as each language writes them, and nothing from the data runs as HTML. */
class ReportContentTest {

  @Test
  void vietnameseAndEnglishNumberFormats() {
    assertEquals("6,25 triệu lượt", Language.VI.visits(6_250_000));
    assertEquals("6.25 million visits", Language.EN.visits(6_250_000));
    assertEquals("5.594 tỷ đồng", Language.VI.billions(5594));
    assertEquals("5,594 billion VND", Language.EN.billions(5594));
    assertEquals("70 %", Language.VI.percent(0.70, 0));
    assertEquals("27,3 %", Language.VI.percent(0.2734, 1));
    assertEquals("10/2026", Language.VI.month(YearMonth.of(2026, 10)));
    assertTrue(Language.VI.source(YearMonth.of(2026, 10)).endsWith("số liệu đến tháng 10/2026"));
    assertEquals(895_040, ChartFactory.IMPLIED_VND_PER_VISIT, 1e-6);
  }

  @Test
  void textFromFeedsAndReferenceFilesIsEscapedInTheHtml() {
    YearMonth asOf = YearMonth.of(2026, 10);
    MartData data = ReportFixture.oneCommuneMonth(asOf, "<script>alert('chỉ tiêu')</script>",
        "<script>alert('xã')</script>");
    List<ChartFactory.Chart> charts = new ChartFactory(data, asOf, Language.VI).all();
    Map<String, String> svgs = new java.util.LinkedHashMap<>();
    charts.forEach(c -> svgs.put(c.name(), ChartWriter.svg(c.chart())));
    List<HtmlReport.FeedQuality> quality = new ArrayList<>();
    quality.add(new HtmlReport.FeedQuality("visitor_counts", true, 10, 9, 1, 0,
        Map.of("locality: unknown locality '<img src=x onerror=alert(1)>'", 1L), true));
    String html = HtmlReport.render(asOf, Language.VI, Scorecard.lines(data, asOf, Language.VI), charts,
        svgs, quality);
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.contains("<img"), "no img element");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;chỉ tiêu&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("&lt;script&gt;alert("), "the locality name in the chart's SVG");
  }
}
