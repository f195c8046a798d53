package vn.mocchau.analytics.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook (.xlsx) for officers: one data sheet of typed cells (a number is a number
 * with its display format, a text is a text, a month a date), with a bold frozen header row,
 * an autofilter and column widths fitted to the content, then a notes sheet of text lines.
 * Written with Apache POI's streaming writer, which keeps only a window of rows in memory.
 *
 * <p>Formula injection cannot happen: every text goes into a string cell, and Excel never
 * evaluates a string cell, whatever it starts with ('=', '+', '-', '@').
 *
 * <p>A sheet holds at most 1,048,576 rows; data beyond that continue on further sheets, each with
 * the header, so nothing is cut off.
 */
public final class XlsxExport {
  /** The rows a sheet holds besides its header (Excel's limit is 1,048,576 rows). */
  static final int MAX_DATA_ROWS = 1_048_575;

  /** Widest column, in characters: wider text wraps in the cell's tooltip, not the sheet. */
  private static final int MAX_WIDTH = 60;

  /**
   * One cell: a value (String, Number, LocalDate, or null for an empty cell) and the Excel
   * number format it shows with ("#,##0", "0.0%", "mm/yyyy"; null for text and "General").
   */
  public record Value(Object value, String format) {
    public static Value text(String text) {
      return new Value(text, null);
    }
  }

  /** The data sheet: its name, the column headers and the rows, each a list of values. */
  public record Table(String sheetName, String continuedSheetName, List<String> header,
      Iterator<List<Value>> rows) {}

  private XlsxExport() {}

  /**
   * Writes the workbook: the table on one sheet (or more, past Excel's row limit), then the notes
   * sheet whose lines are written as text, the first cell of each in bold.
   */
  public static void write(OutputStream out, Table table, String notesSheetName,
      List<List<String>> notes) throws IOException {
    write(out, table, notesSheetName, notes, MAX_DATA_ROWS);
  }

  /** Writes the workbook to a file of the Hadoop file system, with its folder. */
  public static void write(Path file, Configuration conf, Table table, String notesSheetName,
      List<List<String>> notes) {
    try {
      FileSystem fs = file.getFileSystem(conf);
      fs.mkdirs(file.getParent());
      try (OutputStream stream = fs.create(file, true)) {
        write(stream, table, notesSheetName, notes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static void write(OutputStream out, Table table, String notesSheetName,
      List<List<String>> notes, int maxDataRows) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      // The same content gives the same bytes: no creation time in the document's properties.
      workbook.getXSSFWorkbook().getProperties().getCoreProperties()
          .setCreated(Optional.<Date>empty());
      Styles styles = new Styles(workbook);
      writeTable(workbook, styles, table, maxDataRows);
      writeNotes(workbook, styles, notesSheetName, notes);
      workbook.write(out);
    } finally {
      workbook.close(); // also deletes the streaming writer's temporary files
    }
  }

  private static void writeTable(SXSSFWorkbook workbook, Styles styles, Table table,
      int maxDataRows) {
    int columns = table.header().size();
    int sheetNumber = 1;
    Sheet sheet = new Sheet(workbook, styles, table.sheetName(), table.header());
    while (table.rows().hasNext()) {
      if (sheet.dataRows == maxDataRows) {
        sheet.finish(columns);
        sheetNumber++;
        sheet = new Sheet(workbook, styles, String.format(table.continuedSheetName(),
            sheetNumber), table.header());
      }
      List<Value> values = table.rows().next();
      if (values.size() != columns) {
        throw new IllegalArgumentException("Cannot write a row of " + values.size()
            + " values under " + columns + " columns");
      }
      sheet.add(values);
    }
    sheet.finish(columns);
  }

  private static void writeNotes(SXSSFWorkbook workbook, Styles styles, String name,
      List<List<String>> notes) {
    SXSSFSheet sheet = workbook.createSheet(name);
    int[] widths = new int[notes.stream().mapToInt(List::size).max().orElse(0)];
    for (int r = 0; r < notes.size(); r++) {
      Row row = sheet.createRow(r);
      List<String> line = notes.get(r);
      for (int c = 0; c < line.size(); c++) {
        if (line.get(c) == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(line.get(c));
        if (c == 0) {
          cell.setCellStyle(styles.bold);
        }
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, width(widths[c]));
    }
  }

  /** One data sheet being written: header row, rows so far, widest text per column. */
  private static final class Sheet {
    final SXSSFSheet sheet;
    final Styles styles;
    final int[] widths;
    int dataRows;

    Sheet(SXSSFWorkbook workbook, Styles styles, String name, List<String> header) {
      this.sheet = workbook.createSheet(name);
      this.styles = styles;
      this.widths = new int[header.size()];
      Row row = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = row.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(styles.header);
        // A header wraps onto two lines rather than making its column twice as wide.
        widths[c] = Math.max(8, Math.min(header.get(c).length(), 18));
      }
      sheet.createFreezePane(0, 1);
    }

    void add(List<Value> values) {
      dataRows++;
      Row row = sheet.createRow(dataRows);
      for (int c = 0; c < values.size(); c++) {
        Value value = values.get(c);
        if (value == null || value.value() == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        Object v = value.value();
        int shown;
        if (v instanceof Number number) {
          cell.setCellValue(number.doubleValue());
          shown = shownLength(number, value.format());
        } else if (v instanceof LocalDate date) {
          cell.setCellValue(date);
          shown = 10;
        } else {
          String text = v.toString();
          cell.setCellValue(text);
          shown = text.length();
        }
        if (value.format() != null) {
          cell.setCellStyle(styles.of(value.format()));
        }
        widths[c] = Math.max(widths[c], shown);
      }
    }

    void finish(int columns) {
      sheet.setAutoFilter(new CellRangeAddress(0, dataRows, 0, columns - 1));
      for (int c = 0; c < columns; c++) {
        sheet.setColumnWidth(c, width(widths[c]));
      }
    }
  }

  /** About how many characters a number takes with its format's grouping and decimals. */
  private static int shownLength(Number number, String format) {
    String digits = new BigDecimal(number.toString()).abs().toBigInteger().toString();
    int length = digits.length() + (digits.length() - 1) / 3 + 1;
    int point = format == null ? -1 : format.indexOf('.');
    return point < 0 ? length : length + format.length() - point;
  }

  /** Column width in POI's units (1/256 of a character), with a little room for the filter. */
  private static int width(int characters) {
    return (Math.min(characters, MAX_WIDTH) + 3) * 256;
  }

  /** One style per number format (a workbook holds at most 64,000 styles). */
  private static final class Styles {
    final SXSSFWorkbook workbook;
    final CellStyle header;
    final CellStyle bold;
    final Map<String, CellStyle> byFormat = new HashMap<>();

    Styles(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      header = workbook.createCellStyle();
      header.setFont(boldFont);
      header.setWrapText(true);
    }

    CellStyle of(String format) {
      return byFormat.computeIfAbsent(format, f -> {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(f));
        return style;
      });
    }
  }
}
