package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A file cut into parts at any byte gives, part after part, exactly the records of the whole file:
 * same raw text, fields, line numbers and blank lines. Checked at every cut of tricky texts and on
 * random texts made of the characters that matter (quotes, both delimiters, every line break).
 */
class CsvSegmentTest {

  private static final String[] TRICKY = {
      "a,b\n1,2\n3,4\n",
      "a,b\r\n1,2\r\n3,4\r\n",
      "a,b\r1,2\r3,4",
      "a,b\n\"x\ny\",2\n3,\"p\"\"q\"\n\"r\r\ns\",\"\"\n",
      "a,b\nab\"c,d\n\"e\nf\",g\nh,i\"\n",
      "\uFEFF\"a\",b\n1,\"2\n3\"\n4,5\n",
      "a;b\n\"1;x\";2\n3;\"4\n5\"\n6;7\n",
      "x;\"y;z\"\n1;\"2\n\"\n3;4\n",
      "a,b\n1,2\n\"3,4\n5,6\n",
      "\n  \na,b\n\n1,2\n \n\n3,4",
      "tên,số\nHà Nội,1\n\"Mộc\nChâu\",2\nSơn La,\"3\"\"\"\n",
      "a,b\n\"x\ry\",1\n\"\"\"\",2\r\n",
      "a,b",
      "",
  };

  @Test
  void partsCutAtAnyByteGiveTheRecordsOfTheWholeFile() throws IOException {
    for (String text : TRICKY) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Parsed whole = whole(bytes);
      for (int cut = 1; cut <= bytes.length + 1; cut++) { // later parts start at byte 1 or after
        assertEquals(whole, parts(bytes, cut), "cut at byte " + cut + " of " + show(text));
        for (int second = cut; second <= bytes.length + 1; second += 3) {
          assertEquals(whole, parts(bytes, cut, second),
              "cuts at bytes " + cut + " and " + second + " of " + show(text));
        }
      }
    }
  }

  @Test
  void randomTextsCutAnywhereGiveTheRecordsOfTheWholeFile() throws IOException {
    Random random = new Random(20261129);
    String alphabet = "aé,;\"\"\"\n\n\r  ";
    for (int t = 0; t < 2_000; t++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
      text.append(random.nextInt(4) == 0 ? "\n \r\n" : ""); // blank lines before the header
      text.append(random.nextBoolean() ? "h1,h2,h3\n" : "h1;h2;h3\r\n");
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      Parsed whole = whole(bytes);
      for (int k = 0; k < 5; k++) {
        int a = 1 + random.nextInt(bytes.length + 1);
        int b = a + random.nextInt(bytes.length + 2 - a);
        assertEquals(whole, parts(bytes, a, b), "cuts " + a + ", " + b + " of " + show(text));
      }
    }
  }

  @Test
  void laterPartsNumberTheirLinesAsTheWholeFileDoes() throws IOException {
    byte[] bytes = "h\n1\n\"2\n2\"\n\n3\n".getBytes(StandardCharsets.UTF_8);
    CsvSegment segment = new CsvSegment(new ByteArrayInputStream(bytes), ',', 2, 3, 100);
    assertEquals(3, segment.firstLine());
    CsvRecordReader reader = new CsvRecordReader(reader(segment), ',', segment.firstLine());
    assertEquals(3, reader.next().lineNumber());
    assertEquals(6, reader.next().lineNumber());
    assertEquals(null, reader.next());
  }

  /** What a parse sees: the records after the header, and the blank lines among them. */
  private record Parsed(List<CsvRecordReader.Record> records, int blankLines) {}

  private static Parsed whole(byte[] bytes) throws IOException {
    CsvRecordReader reader = new CsvRecordReader(reader(new ByteArrayInputStream(bytes)));
    if (reader.readHeader() == null) {
      return new Parsed(List.of(), reader.blankLines());
    }
    return rest(reader);
  }

  /** The file parsed as parts cut at the given byte offsets, the way a parse task does it. */
  private static Parsed parts(byte[] bytes, long... cuts) throws IOException {
    CsvRecordReader headerOnly = new CsvRecordReader(reader(new ByteArrayInputStream(bytes)));
    if (headerOnly.readHeader() == null) {
      return new Parsed(List.of(), headerOnly.blankLines());
    }
    char delimiter = headerOnly.delimiter();
    int firstDataLine = headerOnly.nextLine();
    List<CsvRecordReader.Record> records = new ArrayList<>();
    int blankLines = 0;
    for (int p = 0; p <= cuts.length; p++) {
      long start = p == 0 ? 0 : cuts[p - 1];
      long end = p == cuts.length ? Long.MAX_VALUE : cuts[p];
      CsvSegment segment = new CsvSegment(new ByteArrayInputStream(bytes), delimiter,
          firstDataLine, start, end);
      CsvRecordReader reader;
      if (p == 0) {
        reader = new CsvRecordReader(reader(segment));
        reader.readHeader();
      } else {
        reader = new CsvRecordReader(reader(segment), delimiter, segment.firstLine());
      }
      Parsed part = rest(reader);
      records.addAll(part.records());
      blankLines += part.blankLines();
    }
    return new Parsed(records, blankLines);
  }

  private static Parsed rest(CsvRecordReader reader) throws IOException {
    List<CsvRecordReader.Record> records = new ArrayList<>();
    for (CsvRecordReader.Record r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return new Parsed(records, reader.blankLines());
  }

  private static InputStreamReader reader(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static String show(CharSequence text) {
    return "«" + text.toString().replace("\r", "\\r").replace("\n", "\\n") + "»";
  }
}
