package vn.mocchau.analytics.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The print version of the report (A4) with OpenPDF: the scorecard, every chart drawn as vectors,
 * and the method line, with DejaVu Sans embedded (Identity-H) so Vietnamese prints correctly.
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

  public static void write(OutputStream out, YearMonth asOf, Lang lang,
      List<Scorecard.Line> scorecard, List<ChartFactory.Chart> charts,
      List<HtmlReport.FeedQuality> quality) {
    boolean vi = lang == Lang.VI;
    DejaVuMapper mapper = new DejaVuMapper();
    com.lowagie.text.Font body = new com.lowagie.text.Font(mapper.base(Font.PLAIN), 9);
    com.lowagie.text.Font bold = new com.lowagie.text.Font(mapper.base(Font.BOLD), 9);
    com.lowagie.text.Font heading = new com.lowagie.text.Font(mapper.base(Font.BOLD), 14);
    Document document = new Document(PageSize.A4, 36, 36, 40, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(vi ? "Tiến độ các chỉ tiêu 2030" : "Progress toward the 2030 targets");
      document.open();
      document.add(new Paragraph(vi
          ? "Tiến độ thực hiện các chỉ tiêu liên kết vùng đến năm 2030 — số liệu đến tháng "
              + lang.month(asOf)
          : "Progress toward the 2030 regional-linkage targets — data to " + lang.month(asOf),
          heading));
      document.add(new Paragraph(vi ? "Dữ liệu mẫu tổng hợp (synthetic), không phải số liệu thật."
          : "Synthetic sample data, not real figures.", body));
      document.add(new Paragraph(" ", body));

      PdfPTable table = new PdfPTable(new float[] {34, 18, 26, 9, 13});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String h : vi ? List.of("Chỉ tiêu", "Mục tiêu 2030", "Số liệu mới nhất", "% mục tiêu",
          "Đánh giá") : List.of("Indicator", "2030 target", "Latest", "% of target", "Status")) {
        PdfPCell cell = new PdfPCell(new Phrase(h, bold));
        cell.setBackgroundColor(new Color(0xee, 0xf2, 0xf5));
        table.addCell(cell);
      }
      for (Scorecard.Line line : scorecard) {
        table.addCell(new Phrase(line.name(), body));
        table.addCell(new Phrase(line.target(), body));
        table.addCell(new Phrase(line.latest(), body));
        table.addCell(new Phrase(line.percentOfTarget(), body));
        PdfPCell status = new PdfPCell(new Phrase(line.statusWord()
            + (line.provisional() && !"not_assessed".equals(line.status())
                ? " (" + lang.word("provisional") + ")" : ""), bold));
        status.setBackgroundColor(statusColour(line.status()));
        table.addCell(status);
      }
      document.add(table);

      PdfContentByte canvas = writer.getDirectContent();
      float width = document.getPageSize().getWidth() - 72;
      float height = width * ChartWriter.HEIGHT / ChartWriter.WIDTH;
      for (ChartFactory.Chart chart : charts) {
        PdfTemplate template = canvas.createTemplate(ChartWriter.WIDTH, ChartWriter.HEIGHT);
        Graphics2D g = template.createGraphics(ChartWriter.WIDTH, ChartWriter.HEIGHT, mapper);
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, ChartWriter.WIDTH,
            ChartWriter.HEIGHT));
        g.dispose();
        Image image = Image.getInstance(template);
        image.scaleToFit(width, height);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setAlt(chart.altText());
        document.add(new Paragraph(" ", body));
        document.add(image);
      }
      document.newPage();
      document.add(new Paragraph((vi ? "Chất lượng dữ liệu tháng " : "Data quality of ")
          + lang.month(asOf), heading));
      PdfPTable dq = new PdfPTable(new float[] {16, 10, 10, 8, 9, 47});
      dq.setWidthPercentage(100);
      dq.setHeaderRows(1);
      dq.setSpacingBefore(6);
      for (String h : vi ? List.of("Nguồn dữ liệu", "Dòng đọc", "Chấp nhận", "Loại", "Trùng lặp",
          "Lý do loại chính") : List.of("Feed", "Rows read", "Accepted", "Rejected",
          "Duplicates", "Main reasons")) {
        PdfPCell cell = new PdfPCell(new Phrase(h, bold));
        cell.setBackgroundColor(new Color(0xee, 0xf2, 0xf5));
        dq.addCell(cell);
      }
      for (HtmlReport.FeedQuality q : quality) {
        dq.addCell(new Phrase(q.feed(), body));
        if (!q.delivered()) {
          PdfPCell cell = new PdfPCell(new Phrase(q.expected() ? (vi ? "Chưa nộp" : "Not delivered")
              : (vi ? "Không đến kỳ nộp" : "Not due this month"), body));
          cell.setColspan(5);
          dq.addCell(cell);
          continue;
        }
        for (long n : new long[] {q.read(), q.accepted(), q.rejected(), q.duplicates()}) {
          dq.addCell(new Phrase(lang.number(n, 0), body));
        }
        StringBuilder reasons = new StringBuilder();
        q.topReasons().forEach((r, n) -> reasons.append(r).append(" (").append(n).append(")\n"));
        dq.addCell(new Phrase(reasons.toString().strip(), body));
      }
      document.add(dq);
      document.add(new Paragraph(lang.source(asOf), body));
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the PDF report: " + e.getMessage(), e);
    } finally {
      document.close();
    }
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
