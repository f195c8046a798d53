package vn.mocchau.analytics.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The print version of the report (A4) with OpenPDF, laid out from {@link ReportContent} like the
 * HTML: title, scorecard (status as symbol and word, so it survives a black-and-white copy), what
 * P means, every chart drawn as vectors with its text alternative, the month's data quality, the
 * method note, and "Trang i/n" on every page. DejaVu Sans is embedded (Identity-H) so Vietnamese
 * prints correctly.
 */
public final class PdfReport {
  private PdfReport() {}

  /** Maps every AWT font the charts use to the shipped DejaVu face of the same style. */
  static final class DejaVuMapper implements FontMapper {
    private final Map<Integer, BaseFont> fonts = new HashMap<>();

    BaseFont base(int style) {
      return fonts.computeIfAbsent(style, s -> {
        String file = Fonts.FILES.get(s);
        try (InputStream in = PdfReport.class.getResourceAsStream(file)) {
          return BaseFont.createFont(file.substring(file.lastIndexOf('/') + 1),
              BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read font " + file, e);
        } catch (DocumentException e) {
          throw new IllegalStateException("Cannot embed font " + file, e);
        }
      });
    }

    @Override
    public BaseFont awtToPdf(Font font) {
      return base(font.getStyle() & (Font.BOLD | Font.ITALIC));
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
      return Fonts.font(Font.PLAIN, size);
    }
  }

  private static final Color HEADER = new Color(0xee, 0xf2, 0xf5);
  /** Left and right page margin, in points; the footer is aligned with it. */
  private static final float MARGIN = 36;
  /** Line height as a multiple of the font size: room for stacked diacritics (Ệ, Ỗ, ấ). */
  private static final float LEADING = 1.45f;

  /** The fonts of one document. */
  private record PdfFonts(com.lowagie.text.Font body, com.lowagie.text.Font bold,
      com.lowagie.text.Font small, com.lowagie.text.Font heading, com.lowagie.text.Font title) {}

  /**
   * Writes the report laid out from {@code c} (the HTML says the same), each figure drawn from
   * {@code drawings} by its name, then stamps every page's footer with the short title and
   * "Trang i/n", which needs the page count.
   */
  public static void write(OutputStream out, ReportContent c, Map<String, JFreeChart> drawings) {
    DejaVuMapper mapper = new DejaVuMapper();
    ByteArrayOutputStream body = new ByteArrayOutputStream(256 * 1024);
    layout(body, c, drawings, mapper);
    try {
      PdfReader reader = new PdfReader(body.toByteArray());
      PdfStamper stamper = new PdfStamper(reader, out);
      BaseFont font = mapper.base(Font.PLAIN);
      int pages = reader.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        Rectangle size = reader.getPageSize(page);
        PdfContentByte over = stamper.getOverContent(page);
        over.beginText();
        over.setFontAndSize(font, 7.5f);
        over.setColorFill(new Color(0x44, 0x44, 0x44));
        over.showTextAligned(Element.ALIGN_LEFT, c.shortTitle(), MARGIN, 22, 0);
        over.showTextAligned(Element.ALIGN_RIGHT, c.page(String.valueOf(page),
            String.valueOf(pages)), size.getWidth() - MARGIN, 22, 0);
        over.endText();
      }
      stamper.close();
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the PDF report: " + e.getMessage(), e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the PDF report: " + e.getMessage(), e);
    }
  }

  private static void layout(OutputStream out, ReportContent c, Map<String, JFreeChart> drawings,
      DejaVuMapper mapper) {
    PdfFonts f = new PdfFonts(new com.lowagie.text.Font(mapper.base(Font.PLAIN), 9),
        new com.lowagie.text.Font(mapper.base(Font.BOLD), 9),
        new com.lowagie.text.Font(mapper.base(Font.PLAIN), 7.5f),
        new com.lowagie.text.Font(mapper.base(Font.BOLD), 12),
        new com.lowagie.text.Font(mapper.base(Font.BOLD), 15));
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, 40, 44);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(c.title());
      writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG,
          new com.lowagie.text.pdf.PdfString(c.lang().code()));
      document.open();
      document.add(paragraph(c.title(), f.title(), 0, 4));
      document.add(paragraph(c.intro(), f.body(), 0, 6));
      if (!c.statusCounts().isEmpty()) {
        document.add(paragraph(c.statusCounts(), f.bold(), 0, 4));
      }
      scorecard(document, c, f);
      programme(document, writer.getDirectContent(), c, drawings, mapper, f);
      document.newPage();
      document.add(paragraph(c.chartsHeading(), f.heading(), 0, 2));
      float width = document.getPageSize().getWidth() - 2 * MARGIN;
      for (ReportContent.Figure figure : c.figures()) {
        document.add(figure(writer.getDirectContent(), drawings.get(figure.name()),
            figure.caption(), width, mapper, f));
      }
      document.newPage();
      planning(document, c, f);
      reconciliation(document, c, f);
      quality(document, c, f);
      document.add(paragraph(c.methodHeading(), f.heading(), 10, 2));
      for (String m : c.method()) {
        document.add(paragraph(m, f.body(), 2, 2));
      }
      document.add(paragraph(c.source(), f.small(), 6, 0));
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the PDF report: " + e.getMessage(), e);
    } finally {
      document.close();
    }
  }

  /** The scorecard table, the targets not measured yet, what P means and the status key. */
  private static void scorecard(Document document, ReportContent c, PdfFonts f)
      throws DocumentException {
    document.add(paragraph(c.scorecardHeading(), f.heading(), 6, 4));
    PdfPTable table = new PdfPTable(new float[] {26, 20, 19, 9, 7, 19});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : c.scorecardColumns()) {
      table.addCell(cell(new Phrase(h, f.bold()), HEADER));
    }
    for (Scorecard.Line line : c.scorecard()) {
      table.addCell(cell(new Phrase(line.name(), f.body()), null));
      table.addCell(cell(new Phrase(line.target(), f.body()), null));
      Phrase latest = new Phrase(line.latest(), f.body());
      if (!line.period().isEmpty()) {
        latest.add(new Chunk("\n" + line.period(), f.small()));
      }
      table.addCell(cell(latest, null));
      table.addCell(cell(new Phrase(line.percentOfTarget(), f.body()), null));
      table.addCell(cell(new Phrase(line.progressRatio(), f.body()), null));
      table.addCell(cell(new Phrase(c.statusText(line), f.bold()), statusColour(line.status())));
    }
    if (!c.notYetMeasured().isEmpty()) {
      Phrase phrase = new Phrase(c.notYetMeasuredHeading() + ": ", f.bold());
      phrase.add(new Chunk(String.join("; ", c.notYetMeasured()), f.body()));
      PdfPCell cell = cell(phrase, null);
      cell.setColspan(c.scorecardColumns().size());
      table.addCell(cell);
    }
    document.add(table);
    document.add(paragraph(c.progressMeaning(), f.bold(), 6, 2));
    document.add(paragraph(c.statusKeyHeading() + ":", f.body(), 2, 0));
    com.lowagie.text.List key = new com.lowagie.text.List(false, 10);
    key.setListSymbol(new Chunk("•", f.body()));
    c.statusKey().forEach(k -> key.add(new ListItem(LEADING * 9, k, f.body())));
    document.add(key);
  }

  /**
   * The whole programme on a new page: one table per group (status as symbol and word on a
   * tint, so it survives a grey copy), then the trend charts three to a row, each drawn as
   * vectors with its text alternative.
   */
  private static void programme(Document document, PdfContentByte canvas, ReportContent c,
      Map<String, JFreeChart> drawings, DejaVuMapper mapper, PdfFonts f)
      throws DocumentException {
    if (c.programme().isEmpty()) {
      return;
    }
    document.newPage();
    document.add(paragraph(c.programmeHeading(), f.heading(), 0, 2));
    document.add(paragraph(c.programmeIntro(), f.body(), 0, 4));
    for (Programme.Group group : c.programme()) {
      PdfPTable table = new PdfPTable(new float[] {7, 29, 17, 18, 23, 6});
      table.setWidthPercentage(100);
      table.setSpacingBefore(8);
      // The group's name is the table's first header row, so it moves with the table (a table
      // kept together is deferred to the next page, a paragraph before it would not be) and is
      // repeated on a page the table continues on.
      table.setHeaderRows(2);
      table.setKeepTogether(group.rows().size() <= 12);
      PdfPCell name = cell(new Phrase(group.name(), f.heading()), null);
      name.setColspan(c.programmeColumns().size());
      name.setBorder(Rectangle.NO_BORDER);
      name.setPaddingLeft(0);
      table.addCell(name);
      for (String h : c.programmeColumns()) {
        table.addCell(cell(new Phrase(h, f.bold()), HEADER));
      }
      for (Programme.Row row : group.rows()) {
        table.addCell(cell(new Phrase(row.code(), f.body()), null));
        table.addCell(cell(new Phrase(row.name(), f.body()), null));
        table.addCell(cell(new Phrase(row.target(), f.body()), null));
        Phrase latest = new Phrase(row.latest(), row.measured() ? f.body() : f.small());
        if (!row.mark().isEmpty()) {
          latest.add(new Chunk(" (" + row.mark() + ")", f.body()));
        }
        if (!row.period().isEmpty()) {
          latest.add(new Chunk("\n" + row.period(), f.small()));
        }
        if (!row.years().isEmpty()) {
          latest.add(new Chunk("\n" + row.years(), f.small()));
        }
        table.addCell(cell(latest, null));
        table.addCell(cell(new Phrase(row.statusText(), f.bold()), statusColour(row.status())));
        table.addCell(cell(new Phrase(row.progressRatio(), f.body()), null));
      }
      document.add(table);
    }
    if (c.trends().isEmpty()) {
      return;
    }
    PdfPTable grid = new PdfPTable(3);
    grid.setWidthPercentage(100);
    grid.setSpacingBefore(10);
    // Heading and introduction in the grid, for the same reason as a group's name.
    Phrase heading = new Phrase(c.trendsHeading() + "\n", f.heading());
    heading.add(new Chunk(c.trendsIntro(), f.body()));
    PdfPCell top = cell(heading, null);
    top.setColspan(3);
    top.setBorder(Rectangle.NO_BORDER);
    top.setPaddingLeft(0);
    grid.addCell(top);
    // A header row: never left alone at the foot of a page, repeated where the grid continues.
    grid.setHeaderRows(1);
    float width = (document.getPageSize().getWidth() - 2 * MARGIN) / 3 - 8;
    for (Trends.Trend trend : c.trends()) {
      PdfPTable one = new PdfPTable(1);
      one.setWidthPercentage(100);
      PdfPCell title = cell(new Phrase(trend.title(), f.bold()), null);
      title.setBorder(Rectangle.NO_BORDER);
      one.addCell(title);
      PdfTemplate template = canvas.createTemplate(Trends.WIDTH, Trends.HEIGHT);
      Graphics2D g = template.createGraphics(Trends.WIDTH, Trends.HEIGHT, mapper);
      drawings.get(trend.name()).draw(g, new Rectangle2D.Double(0, 0, Trends.WIDTH,
          Trends.HEIGHT));
      g.dispose();
      Image image = Image.getInstance(template);
      image.setAlt(trend.altText());
      PdfPCell picture = new PdfPCell(image, true);
      picture.setBorder(Rectangle.NO_BORDER);
      picture.setFixedHeight(width * Trends.HEIGHT / Trends.WIDTH);
      one.addCell(picture);
      PdfPCell text = cell(new Phrase(trend.altText(), f.small()), null);
      text.setBorder(Rectangle.NO_BORDER);
      one.addCell(text);
      PdfPCell holder = new PdfPCell(one);
      holder.setBorder(Rectangle.NO_BORDER);
      holder.setPadding(3);
      grid.addCell(holder);
    }
    grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
    grid.completeRow();
    document.add(grid);
  }

  /**
   * What the targets demand (#16), as the HTML says it: the requirements' table (its header
   * repeated on a page it continues on, values right-aligned, every cell wrapping rather than
   * cut) and one sentence per requirement. Absent when the month has no planning rows.
   */
  private static void planning(Document document, ReportContent c, PdfFonts f)
      throws DocumentException {
    if (c.planning().isEmpty()) {
      return;
    }
    document.add(paragraph(c.planningHeading(), f.heading(), 0, 2));
    document.add(paragraph(c.planningIntro(), f.body(), 0, 4));
    PdfPTable table = new PdfPTable(new float[] {46, 26, 28});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : c.planningColumns()) {
      table.addCell(cell(new Phrase(h, f.bold()), HEADER));
    }
    for (Planning.Line line : c.planning()) {
      table.addCell(cell(new Phrase(line.name(), f.body()), null));
      PdfPCell value = cell(new Phrase(line.value(), line.assessed() ? f.body() : f.small()),
          null);
      value.setHorizontalAlignment(Element.ALIGN_RIGHT);
      table.addCell(value);
      table.addCell(cell(new Phrase(line.sources(), f.body()), null));
    }
    table.setSpacingAfter(4);
    document.add(table);
    com.lowagie.text.List sentences = new com.lowagie.text.List(false, 10);
    sentences.setListSymbol(new Chunk("•", f.body()));
    c.planning().forEach(line -> sentences.add(new ListItem(LEADING * 9, line.sentence(),
        f.body())));
    document.add(sentences);
    document.add(paragraph("", f.body(), 0, 10));
  }

  /** The reconciliation's flagged years, with the sentence that says what it is. */
  private static void reconciliation(Document document, ReportContent c, PdfFonts f)
      throws DocumentException {
    if (c.programme().isEmpty()) {
      return;
    }
    document.add(paragraph(c.reconciliationHeading(), f.heading(), 0, 2));
    document.add(paragraph(c.reconciliationIntro(), f.body(), 0, 4));
    if (c.reconciliation().isEmpty()) {
      document.add(paragraph(c.reconciliationNone(), f.body(), 0, 8));
      return;
    }
    PdfPTable table = new PdfPTable(new float[] {6, 19, 15, 15, 14, 12, 19});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : c.reconciliationColumns()) {
      table.addCell(cell(new Phrase(h, f.bold()), HEADER));
    }
    for (java.util.List<String> row : c.reconciliation()) {
      for (int i = 0; i < row.size(); i++) {
        PdfPCell cell = cell(new Phrase(row.get(i), f.body()), null);
        if (i >= 2 && i <= 5) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
      }
    }
    table.setSpacingAfter(10);
    document.add(table);
  }

  /** A chart drawn as vectors with its text alternative under it, kept on one page. */
  private static PdfPTable figure(PdfContentByte canvas, JFreeChart chart, String caption,
      float width, DejaVuMapper mapper, PdfFonts f) throws DocumentException {
    PdfTemplate template = canvas.createTemplate(ChartWriter.WIDTH, ChartWriter.HEIGHT);
    Graphics2D g = template.createGraphics(ChartWriter.WIDTH, ChartWriter.HEIGHT, mapper);
    chart.draw(g, new Rectangle2D.Double(0, 0, ChartWriter.WIDTH, ChartWriter.HEIGHT));
    g.dispose();
    Image image = Image.getInstance(template);
    image.setAlt(caption);
    PdfPTable figure = new PdfPTable(1);
    figure.setWidthPercentage(100);
    figure.setKeepTogether(true);
    figure.setSpacingBefore(6);
    PdfPCell picture = new PdfPCell(image, true);
    picture.setBorder(Rectangle.NO_BORDER);
    picture.setFixedHeight(width * ChartWriter.HEIGHT / ChartWriter.WIDTH);
    figure.addCell(picture);
    PdfPCell text = cell(new Phrase(caption, f.small()), null);
    text.setBorder(Rectangle.NO_BORDER);
    figure.addCell(text);
    return figure;
  }

  /** The month's data quality: per feed, counts and the main rejection reasons. */
  private static void quality(Document document, ReportContent c, PdfFonts f)
      throws DocumentException {
    document.add(paragraph(c.qualityHeading(), f.heading(), 0, 4));
    PdfPTable dq = new PdfPTable(new float[] {14, 10, 12, 12, 13, 39});
    dq.setWidthPercentage(100);
    dq.setHeaderRows(1);
    for (String h : c.qualityColumns()) {
      dq.addCell(cell(new Phrase(h, f.bold()), HEADER));
    }
    for (ReportContent.QualityRow q : c.quality()) {
      dq.addCell(cell(new Phrase(q.feed(), f.body()), null));
      if (q.missing() != null) {
        PdfPCell cell = cell(new Phrase(q.missing(), f.body()), null);
        cell.setColspan(c.qualityColumns().size() - 1);
        dq.addCell(cell);
        continue;
      }
      for (String n : q.counts()) {
        PdfPCell cell = cell(new Phrase(n, f.body()), null);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        dq.addCell(cell);
      }
      dq.addCell(cell(new Phrase(String.join("\n", q.reasons()), f.body()), null));
    }
    document.add(dq);
  }

  private static Paragraph paragraph(String text, com.lowagie.text.Font font, float before,
      float after) {
    Paragraph p = new Paragraph(LEADING * font.getSize(), text, font);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    return p;
  }

  /** A table cell with room above and below for Vietnamese diacritics. */
  private static PdfPCell cell(Phrase phrase, Color background) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setLeading(0, LEADING);
    cell.setUseAscender(true);
    cell.setUseDescender(true);
    cell.setPaddingTop(3);
    cell.setPaddingBottom(4);
    cell.setPaddingLeft(4);
    cell.setPaddingRight(4);
    cell.setBorderColor(new Color(0xbb, 0xbb, 0xbb));
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }

  static Color statusColour(String status) {
    return switch (status) {
      case "achieved", "on_track" -> new Color(0xd8, 0xef, 0xd9);
      case "accelerate" -> new Color(0xff, 0xf1, 0xc7);
      case "off_track", "regressing" -> new Color(0xf9, 0xd6, 0xd5);
      default -> new Color(0xee, 0xee, 0xee);
    };
  }
}
