package vn.mocchau.analytics.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Draws a chart as PNG at twice its layout size (print resolution on A4) and as SVG through
 * Apache Batik's SVG generator, with text kept as text in the shipped font; and prepares an SVG
 * for inlining in the HTML report, where all charts share one document.
 */
public final class ChartWriter {
  public static final int WIDTH = 900;
  public static final int HEIGHT = 560;

  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
  /** url(#id), url('#id') and url("#id") in presentation attributes, style and CSS text. */
  private static final Pattern URL_REFERENCE =
      Pattern.compile("url\\(\\s*(['\"]?)#([^'\")\\s]+)\\1\\s*\\)");

  private ChartWriter() {}

  public static void png(JFreeChart chart, OutputStream out) throws IOException {
    ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, 2, 2);
  }

  public static String svg(JFreeChart chart) {
    return svg(chart, WIDTH, HEIGHT);
  }

  /** The chart as SVG drawn at {@code width} × {@code height} (the trend sparklines' size). */
  public static String svg(JFreeChart chart, int width, int height) {
    try {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
      SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
      context.setEmbeddedFontsOn(false);
      SVGGraphics2D graphics = new SVGGraphics2D(context, false);
      graphics.setSVGCanvasSize(new java.awt.Dimension(width, height));
      chart.draw(graphics, new Rectangle(0, 0, width, height));
      StringWriter text = new StringWriter();
      graphics.stream(graphics.getRoot(), text, true, false);
      String svg = text.toString();
      // A viewBox lets the HTML report scale the chart to the page width.
      return svg.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + width + " " + height + "\" ");
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("Cannot draw SVG: " + e.getMessage(), e);
    }
  }

  public static void svg(JFreeChart chart, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(svg(chart));
    writer.flush();
  }

  /**
   * The SVG as an {@code <svg>} element to put inside an HTML page next to other charts. Batik
   * numbers its ids from 1 in every chart ({@code clipPath1}, {@code defs1}, {@code genericDefs}),
   * and in one HTML document an id reference goes to the first element with that id, so every
   * chart after the first would be clipped by the first chart's clip paths. Every id therefore
   * gets the chart's name as prefix and every reference to it ({@code url(#…)}, {@code href},
   * {@code xlink:href}) is rewritten on the parsed DOM; the root is marked {@code data-chart}.
   * The XML declaration and DOCTYPE, meaningless inside HTML, are left out. The standalone .svg
   * file is not changed: on its own its ids cannot collide.
   */
  public static String inline(String svg, String chartName) {
    String prefix = chartName.replaceAll("[^A-Za-z0-9_-]", "_") + "-";
    Document document = parse(svg);
    Element root = document.getDocumentElement();
    Set<String> ids = new HashSet<>();
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("id")) {
        ids.add(element.getAttribute("id"));
      }
    }
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attribute = (Attr) attributes.item(a);
        String value = attribute.getValue();
        String rewritten;
        if (attribute.getNamespaceURI() == null && "id".equals(attribute.getLocalName())) {
          rewritten = prefix + value;
        } else if ("href".equals(attribute.getLocalName()) && (attribute.getNamespaceURI() == null
            || XLINK_NS.equals(attribute.getNamespaceURI()))
            && value.startsWith("#") && ids.contains(value.substring(1))) {
          rewritten = "#" + prefix + value.substring(1);
        } else {
          rewritten = rewriteUrls(value, ids, prefix);
        }
        if (!rewritten.equals(value)) {
          attribute.setValue(rewritten);
        }
      }
      // CSS inside <style> may point at ids too.
      if ("style".equals(element.getLocalName())) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child.getNodeType() == Node.TEXT_NODE
              || child.getNodeType() == Node.CDATA_SECTION_NODE) {
            child.setNodeValue(rewriteUrls(child.getNodeValue(), ids, prefix));
          }
        }
      }
    }
    root.setAttribute("data-chart", chartName);
    return serialize(root);
  }

  /** Rewrites url(#id) references to ids of this chart; other text is kept as it is. */
  static String rewriteUrls(String text, Set<String> ids, String prefix) {
    if (!text.contains("url(")) {
      return text;
    }
    Matcher m = URL_REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 32);
    while (m.find()) {
      String id = m.group(2);
      String replacement = ids.contains(id)
          ? "url(" + m.group(1) + "#" + prefix + id + m.group(1) + ")" : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // Batik writes a DOCTYPE naming the SVG 1.0 DTD on the web: never fetch it.
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("Cannot read the chart's SVG: " + e.getMessage(), e);
    }
  }

  private static String serialize(Element root) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter text = new StringWriter();
      transformer.transform(new DOMSource(root), new StreamResult(text));
      return text.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("Cannot write the chart's SVG: " + e.getMessage(), e);
    }
  }
}
