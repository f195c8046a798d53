package vn.mocchau.analytics.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records from decoded text, keeping what quarantine needs: the physical line a
 * record starts on and its raw text. Accepts LF and CRLF, quoted delimiters, doubled quotes and
 * quoted line breaks; skips a byte-order mark and blank lines. The delimiter (',' or ';') is
 * decided from the header, whichever occurs more often outside quotes.
 *
 * <p>Hand-written rather than commons-csv because commons-csv does not expose a record's raw text,
 * and reading a large file whole to recover it would not scale.
 */
public final class CsvRecordReader implements AutoCloseable {

  /** One logical record; {@code unterminatedQuote} when the file ended inside a quoted field. */
  public record Record(int lineNumber, String rawText, List<String> fields,
      boolean unterminatedQuote) {}

  private final Reader reader;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int line = 1;
  private boolean started;
  private char delimiter = ',';
  private int blankLines;

  public CsvRecordReader(Reader reader) {
    this.reader = reader;
  }

  /** The header record, with the delimiter decided from it; null for a file with no header. */
  public Record readHeader() throws IOException {
    Record first = next();
    if (first == null) {
      return null;
    }
    int commas = countOutsideQuotes(first.rawText(), ',');
    int semicolons = countOutsideQuotes(first.rawText(), ';');
    if (semicolons > commas) {
      delimiter = ';';
      return new Record(first.lineNumber(), first.rawText(), split(first.rawText(), ';'),
          first.unterminatedQuote());
    }
    return first;
  }

  public char delimiter() {
    return delimiter;
  }

  public int blankLines() {
    return blankLines;
  }

  /** The next non-blank record, or null at the end of the text. */
  public Record next() throws IOException {
    while (true) {
      if (!started) {
        started = true;
        if (fill() && buffer[position] == '\uFEFF') {
          position++;
        }
      }
      if (!fill()) {
        return null;
      }
      int startLine = line;
      StringBuilder raw = new StringBuilder(128);
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder(32);
      boolean inQuotes = false;
      boolean fieldStart = true;
      boolean endedInQuotes = false;
      while (true) {
        if (!fill()) {
          endedInQuotes = inQuotes;
          break;
        }
        char c = buffer[position++];
        if (inQuotes) {
          if (c == '"') {
            if (fill() && buffer[position] == '"') {
              position++;
              raw.append("\"\"");
              field.append('"');
            } else {
              inQuotes = false;
              raw.append(c);
            }
          } else {
            if (c == '\n') {
              line++;
            }
            raw.append(c);
            field.append(c);
          }
          continue;
        }
        if (c == '\n' || c == '\r') {
          if (c == '\r' && fill() && buffer[position] == '\n') {
            position++;
          }
          line++;
          break;
        }
        raw.append(c);
        if (c == '"' && fieldStart) {
          inQuotes = true;
          fieldStart = false;
        } else if (c == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
          fieldStart = true;
        } else {
          field.append(c);
          fieldStart = false;
        }
      }
      fields.add(field.toString());
      if (!endedInQuotes && raw.toString().isBlank()) {
        blankLines++;
        continue;
      }
      return new Record(startLine, raw.toString(), fields, endedInQuotes);
    }
  }

  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    int read = reader.read(buffer, 0, buffer.length);
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  /** Splits one record's raw text (no line break) on a delimiter, honouring quotes. */
  static List<String> split(String raw, char delimiter) throws IOException {
    CsvRecordReader reader = new CsvRecordReader(new java.io.StringReader(raw));
    reader.started = true;
    reader.delimiter = delimiter;
    Record record = reader.next();
    return record == null ? List.of("") : record.fields();
  }

  private static int countOutsideQuotes(String raw, char target) {
    int count = 0;
    boolean inQuotes = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (c == target && !inQuotes) {
        count++;
      }
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
