package vn.mocchau.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.marts.Marts;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.mocchau.analytics.text.Language;

/**
 * Charts inlined together in one HTML document: Batik numbers ids from 1 in every chart, so
 * without a per-chart prefix every chart after the first is clipped by the first one's clip paths.
 */
class ChartWriterTest {
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern REFERENCE =
      Pattern.compile("url\\(\\s*['\"]?#([^'\")\\s]+)|href=\"#([^\"]+)\"");

  @Test
  void realChartsInlinedTogetherShareNoIdAndEachReferenceStaysInItsChart() throws Exception {
    YearMonth asOf = YearMonth.of(2026, 10);
    Marts data = ReportFixture.oneCommuneMonth(asOf, "Tổng lượt khách", "Phường Thảo Nguyên");
    List<ChartFactory.Chart> charts = new ChartFactory(data, asOf, Language.VI).all();
    assertTrue(charts.size() >= 2, "several charts to put in one page");

    StringBuilder standalone = new StringBuilder();
    StringBuilder page = new StringBuilder();
    for (ChartFactory.Chart chart : charts) {
      String svg = ChartWriter.svg(chart.chart());
      String inline = ChartWriter.inline(svg, chart.name());
      standalone.append(svg);
      page.append(inline);

      Set<String> own = matches(ID, inline);
      assertFalse(own.isEmpty(), chart.name() + " has ids");
      assertTrue(own.stream().allMatch(id -> id.startsWith(chart.name() + "-")),
          chart.name() + ": every id is prefixed: " + own);
      assertEquals(matches(ID, svg).size(), own.size(), "no id lost or added");
      Set<String> references = matches(REFERENCE, inline);
      assertFalse(references.isEmpty(), chart.name() + " clips, so it refers to its ids");
      assertTrue(own.containsAll(references), chart.name() + " refers to " + references
          + " but defines only " + own);

      // Text stays text, word for word, and the inline chart is well-formed SVG.
      assertEquals(texts(svg), texts(inline), chart.name() + ": the same text elements");
      Document parsed = parse(inline);
      assertEquals("svg", parsed.getDocumentElement().getLocalName());
      assertEquals("http://www.w3.org/2000/svg", parsed.getDocumentElement().getNamespaceURI());
      assertEquals(chart.name(), parsed.getDocumentElement().getAttribute("data-chart"));
      assertEquals("0 0 900 560", parsed.getDocumentElement().getAttribute("viewBox"));
      assertFalse(inline.contains("<?xml") || inline.contains("<!DOCTYPE"),
          "no XML prologue inside HTML");
      // The standalone file keeps Batik's own ids and stays a valid document of its own.
      assertTrue(svg.contains("id=\"clipPath1\""), "the .svg file is not rewritten");
      parse(svg);
    }
    assertFalse(repeated(standalone.toString()).isEmpty(),
        "the problem this solves: Batik's ids repeat from chart to chart");
    assertEquals(List.of(), repeated(page.toString()), "ids repeated across the inlined charts");
  }

  @Test
  void everyFormOfReferenceIsRewrittenAndOnlyWholeKnownIds() {
    String svg = """
        <?xml version="1.0"?>
        <!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.0//EN'
                  'http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd'>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
            width="10" height="10"><style>.a { clip-path: url(#clipPath1); }</style>
          <defs id="defs1"><clipPath id="clipPath1"><rect width="5" height="5"/></clipPath>
            <clipPath id="clipPath10"><rect width="9" height="9"/></clipPath>
            <linearGradient id="grad"/></defs>
          <rect style="clip-path:url(#clipPath1); stroke:none;" width="1" height="1"/>
          <rect clip-path="url('#clipPath10')" fill='url("#grad")' width="1" height="1"/>
          <use xlink:href="#grad"/><use href="#clipPath10"/><a href="#elsewhere">x</a>
          <text x="1" y="1">url(#clipPath1) &amp; &lt;b&gt; Mộc Châu</text>
        </svg>""";
    String inline = ChartWriter.inline(svg, "by_locality");
    assertTrue(inline.contains("id=\"by_locality-clipPath1\""), inline);
    assertTrue(inline.contains("id=\"by_locality-clipPath10\""), inline);
    assertTrue(inline.contains("id=\"by_locality-defs1\""), inline);
    assertTrue(inline.contains("style=\"clip-path:url(#by_locality-clipPath1); stroke:none;\""),
        inline);
    assertTrue(inline.contains("clip-path=\"url('#by_locality-clipPath10')\""), inline);
    assertTrue(inline.contains("fill=\"url(&quot;#by_locality-grad&quot;)\""), inline);
    assertTrue(inline.contains("xlink:href=\"#by_locality-grad\""), inline);
    assertTrue(inline.contains("<use href=\"#by_locality-clipPath10\""), inline);
    assertTrue(inline.contains(".a { clip-path: url(#by_locality-clipPath1); }"), inline);
    // Not an id of this chart: left alone. Text is content, not a reference.
    assertTrue(inline.contains("href=\"#elsewhere\""), inline);
    assertTrue(inline.contains(">url(#clipPath1) &amp; &lt;b&gt; Mộc Châu</text>"), inline);
    assertTrue(inline.startsWith("<svg"), inline);
    assertTrue(inline.contains("data-chart=\"by_locality\""), inline);
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return found;
  }

  private static List<String> repeated(String text) {
    Map<String, Integer> count = new HashMap<>();
    Matcher m = ID.matcher(text);
    while (m.find()) {
      count.merge(m.group(1), 1, Integer::sum);
    }
    return count.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
        .sorted().toList();
  }

  private static List<String> texts(String svg) throws Exception {
    NodeList nodes = parse(svg).getElementsByTagNameNS("*", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }
}
