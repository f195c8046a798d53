package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  @Test
  void delimiterIsTheOneTheHeaderUsesMostOutsideQuotes() throws Exception {
    CsvRecordReader reader = new CsvRecordReader(new StringReader("\"a,b\";c;d\n1;2;3\n"));
    assertEquals(List.of("a,b", "c", "d"), reader.readHeader().fields());
    assertEquals(';', reader.delimiter());
    assertEquals(List.of("1", "2", "3"), reader.next().fields());
    assertNull(reader.next());
  }

  @Test
  void keepsRawTextAndStartLineOfMultiLineRecords() throws Exception {
    CsvRecordReader reader = new CsvRecordReader(
        new StringReader("h1,h2\r\n\"x\r\ny\",2\r\n\r\nz,3"));
    reader.readHeader();
    CsvRecordReader.Record first = reader.next();
    assertEquals(2, first.lineNumber());
    assertEquals("\"x\r\ny\",2", first.rawText());
    assertEquals(List.of("x\r\ny", "2"), first.fields());
    CsvRecordReader.Record second = reader.next();
    assertEquals(5, second.lineNumber());
    assertEquals(List.of("z", "3"), second.fields());
    assertEquals(1, reader.blankLines());
  }

  @Test
  void doubledQuotesAndEmptyFields() throws Exception {
    CsvRecordReader reader = new CsvRecordReader(new StringReader("a,b,c\n\"say \"\"hi\"\"\",,\n"));
    reader.readHeader();
    assertEquals(List.of("say \"hi\"", "", ""), reader.next().fields());
  }

  @Test
  void unterminatedQuoteIsFlagged() throws Exception {
    CsvRecordReader reader = new CsvRecordReader(new StringReader("a,b\n\"open,1\n2,3\n"));
    reader.readHeader();
    assertTrue(reader.next().unterminatedQuote());
    assertNull(reader.next());
  }

  @Test
  void linesLongerThanTheBufferAndBreaksAcrossReads() throws Exception {
    String longCell = "x".repeat(70_000);
    String text = "a,b\r\n" + longCell + ",1\r\n2,3\r\n4,5";
    // A reader that hands out 7 characters at a time puts every boundary somewhere awkward.
    CsvRecordReader reader = new CsvRecordReader(trickle(text, 7));
    reader.readHeader();
    CsvRecordReader.Record first = reader.next();
    assertEquals(List.of(longCell, "1"), first.fields());
    assertEquals(2, first.lineNumber());
    assertEquals(List.of("2", "3"), reader.next().fields());
    CsvRecordReader.Record last = reader.next();
    assertEquals(List.of("4", "5"), last.fields());
    assertEquals(4, last.lineNumber());
    assertNull(reader.next());
  }

  /**
   * The fast path (unquoted lines cut from the buffer) and the general path must read the same
   * records: random files mixing both kinds of line, read whole and in small pieces.
   */
  @Test
  void everyRecordReadsTheSameWhateverTheReadSizes() throws Exception {
    Random random = new Random(20261129);
    String[] cells = {"", "a", "Mộc Châu", "1.234", " x ", "\"q,1\"", "\"say \"\"hi\"\"\"",
        "\"two\nlines\"", "2026-10-01"};
    String[] breaks = {"\n", "\r\n", "\r", "\n\n"};
    for (int file = 0; file < 200; file++) {
      StringBuilder text = new StringBuilder("h1,h2,h3\n");
      int lines = random.nextInt(40);
      for (int line = 0; line < lines; line++) {
        for (int c = 0; c < 3; c++) {
          text.append(c == 0 ? "" : ",").append(cells[random.nextInt(cells.length)]);
        }
        if (line < lines - 1 || random.nextBoolean()) {
          text.append(breaks[random.nextInt(breaks.length)]);
        }
      }
      List<CsvRecordReader.Record> whole = readAll(new StringReader(text.toString()));
      for (int piece : new int[] {1, 2, 3, 5, 11}) {
        assertEquals(whole, readAll(trickle(text.toString(), piece)), text + " in pieces of " + piece);
      }
      assertEquals(reference(text.toString()),
          whole.stream().map(r -> r.lineNumber() + " " + r.fields()).toList(), text.toString());
    }
  }

  private static List<CsvRecordReader.Record> readAll(Reader in) throws IOException {
    CsvRecordReader reader = new CsvRecordReader(in);
    List<CsvRecordReader.Record> records = new ArrayList<>();
    reader.readHeader();
    for (CsvRecordReader.Record r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return records;
  }

  /** Start line and fields of each non-blank record, read independently with commons-csv. */
  private static List<String> reference(String text) throws IOException {
    List<String> records = new ArrayList<>();
    try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180
        .builder().setIgnoreEmptyLines(true).build().parse(new StringReader(text))) {
      for (org.apache.commons.csv.CSVRecord record : parser) {
        int offset = (int) record.getCharacterPosition();
        while (text.charAt(offset) == '\n' || text.charAt(offset) == '\r') {
          offset++; // the position can point at the empty lines skipped before the record
        }
        int line = 1;
        for (int i = 0; i < offset; i++) {
          char c = text.charAt(i);
          boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
          line += c == '\n' || (c == '\r' && !crlf) ? 1 : 0;
        }
        records.add(line + " " + record.toList());
      }
    }
    return records.subList(1, records.size()); // the header
  }

  /** A reader that returns at most {@code piece} characters per read. */
  private static Reader trickle(String text, int piece) {
    return new Reader() {
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (at == text.length()) {
          return -1;
        }
        int n = Math.min(Math.min(piece, length), text.length() - at);
        text.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }
}
