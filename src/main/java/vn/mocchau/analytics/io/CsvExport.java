package vn.mocchau.analytics.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for officers who open files in Excel: UTF-8 with a byte-order mark (so Excel reads the
 * Vietnamese correctly), CRLF, and every text cell that Excel would take for a formula (starting
 * with '=', '+', '-', '@', tab or CR) prefixed with an apostrophe so it shows as text (OWASP
 * "CSV injection"). Numbers are written as numbers, in plain digits with a '.' decimal point
 * (tools read them in any locale; a decimal never in exponent notation). The marts' exports pass
 * their values through {@link #rounded} first: their doubles are ratios and averages, whose 17th
 * digit is noise. The format is documented in docs/exports.md.
 */
public final class CsvExport {
  /** Decimal places of a double in the exports (CSV and .xlsx). */
  public static final int DECIMALS = 6;

  private CsvExport() {}

  /**
   * A value as the exports hold it: a double (or float) rounded half-up to {@value #DECIMALS}
   * decimals without trailing zeros (0.2199174858237204 is 0.219917, 12.0 is 12); anything else,
   * and a double that is not finite, unchanged. Decimals (money, indicator values) are already at
   * their column's scale.
   */
  public static Object rounded(Object value) {
    if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      BigDecimal exact = new BigDecimal(value.toString()).setScale(DECIMALS, RoundingMode.HALF_UP);
      return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
    }
    return value;
  }

  public static void write(OutputStream out, List<String> header, Iterator<List<Object>> rows)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    print(writer, header, rows);
  }

  /** Writes the CSV as {@link #write(OutputStream, List, Iterator)} to a file, with its folder. */
  public static void write(org.apache.hadoop.fs.Path file,
      org.apache.hadoop.conf.Configuration conf, List<String> header,
      Iterator<List<Object>> rows) {
    try {
      org.apache.hadoop.fs.FileSystem fs = file.getFileSystem(conf);
      fs.mkdirs(file.getParent());
      try (OutputStream stream = fs.create(file, true)) {
        write(stream, header, rows);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The same CSV without the byte-order mark, for a console or a pipe; leaves out open. */
  public static void writeWithoutBom(OutputStream out, List<String> header,
      Iterator<List<Object>> rows) throws IOException {
    OutputStream keepOpen = new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    print(new OutputStreamWriter(keepOpen, StandardCharsets.UTF_8), header, rows);
  }

  private static void print(Writer writer, List<String> header, Iterator<List<Object>> rows)
      throws IOException {
    try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().get())) {
      printer.printRecord(header.stream().map(CsvExport::safe).toList());
      while (rows.hasNext()) {
        List<Object> row = rows.next();
        Object[] cells = new Object[row.size()];
        for (int i = 0; i < cells.length; i++) {
          Object value = row.get(i);
          cells[i] = value instanceof BigDecimal decimal ? decimal.toPlainString()
              : value instanceof Number || value == null ? value : safe(value.toString());
        }
        printer.printRecord(cells);
      }
    }
  }

  /** A text cell Excel will not evaluate. */
  public static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r') {
      return "'" + text;
    }
    return text;
  }
}
