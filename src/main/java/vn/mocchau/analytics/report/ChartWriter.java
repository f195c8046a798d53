package vn.mocchau.analytics.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Draws a chart as PNG at twice its layout size (print resolution on A4) and as SVG through
 * Apache Batik's SVG generator, with text kept as text in the shipped font.
 */
public final class ChartWriter {
  public static final int WIDTH = 900;
  public static final int HEIGHT = 560;

  private ChartWriter() {}

  public static void png(JFreeChart chart, OutputStream out) throws IOException {
    ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, 2, 2);
  }

  public static String svg(JFreeChart chart) {
    try {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
      SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
      context.setEmbeddedFontsOn(false);
      SVGGraphics2D graphics = new SVGGraphics2D(context, false);
      graphics.setSVGCanvasSize(new java.awt.Dimension(WIDTH, HEIGHT));
      chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
      StringWriter text = new StringWriter();
      graphics.stream(graphics.getRoot(), text, true, false);
      String svg = text.toString();
      // A viewBox lets the HTML report scale the chart to the page width.
      return svg.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" ");
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("Cannot draw SVG: " + e.getMessage(), e);
    }
  }

  public static void svg(JFreeChart chart, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(svg(chart));
    writer.flush();
  }
}
