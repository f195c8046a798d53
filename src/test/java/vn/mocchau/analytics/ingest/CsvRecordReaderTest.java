package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
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
}
