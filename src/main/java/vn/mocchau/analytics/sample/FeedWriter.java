package vn.mocchau.analytics.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one synthetic delivery file in the variants real offices send: ',' or ';', LF or CRLF,
 * with or without a byte-order mark, NFC or NFD text, plain or gzip.
 */
final class FeedWriter implements AutoCloseable {
  record Style(char delimiter, boolean crlf, boolean bom, boolean nfd) {
    static final Style PLAIN = new Style(',', false, false, false);
    static final Style EXCEL_VI = new Style(';', true, true, false);
    static final Style EXCEL_VI_NFD = new Style(';', true, true, true);
  }

  private final CSVPrinter printer;
  private final Style style;

  FeedWriter(Path file, Style style, List<String> header) {
    this.style = style;
    try {
      Files.createDirectories(file.getParent());
      OutputStream out = Files.newOutputStream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        out = new GZIPOutputStream(out, 1 << 16);
      }
      BufferedWriter writer = new BufferedWriter(
          new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      if (style.bom()) {
        writer.write('\uFEFF');
      }
      printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
          .setDelimiter(style.delimiter())
          .setRecordSeparator(style.crlf() ? "\r\n" : "\n")
          .get());
      row(header.toArray());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  void row(Object... cells) {
    try {
      if (style.nfd()) {
        Object[] decomposed = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
          decomposed[i] = cells[i] instanceof String text
              ? Normalizer.normalize(text, Normalizer.Form.NFD) : cells[i];
        }
        printer.printRecord(decomposed);
      } else {
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line written as is, for defects a CSV printer would never produce. */
  void rawLine(String line) {
    try {
      printer.getOut().append(line).append(style.crlf() ? "\r\n" : "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
