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

  /**
   * Reads a later part of a file ({@link CsvSegment}): no header, no byte-order mark, records
   * split on the file's delimiter, numbered from {@code firstLine}.
   */
  CsvRecordReader(Reader reader, char delimiter, int firstLine) {
    this.reader = reader;
    this.delimiter = delimiter;
    this.line = firstLine;
    this.started = true;
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

  /** The line after the last record read: where the next record, or a blank line, starts. */
  public int nextLine() {
    return line;
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
      Record plain = nextUnquoted();
      if (plain != null) {
        if (plain.rawText().isBlank()) {
          blankLines++;
          continue;
        }
        return plain;
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

  /**
   * The fast path for the common record: no quote before the line break, the whole line in the
   * buffer. Fields and raw text are cut straight from the buffer. Returns null, having consumed
   * nothing, when the record needs the general path (a quote, or a line longer than the buffer).
   */
  private Record nextUnquoted() throws IOException {
    int length = 0; // characters of this record seen so far, from position
    boolean endOfText = false;
    while (!endOfText) {
      if (position + length == limit) {
        if (!compactAndRead()) {
          if (limit - position == buffer.length) {
            return null; // a line longer than the buffer
          }
          endOfText = true;
        }
        continue;
      }
      char c = buffer[position + length];
      if (c == '\n' || c == '\r') {
        break;
      }
      if (c == '"') {
        return null;
      }
      length++;
    }
    int start = position;
    int end = start + length;
    String raw = new String(buffer, start, length);
    List<String> fields = new ArrayList<>(8);
    int fieldStart = start;
    for (int i = start; i < end; i++) {
      if (buffer[i] == delimiter) {
        fields.add(raw.substring(fieldStart - start, i - start));
        fieldStart = i + 1;
      }
    }
    fields.add(raw.substring(fieldStart - start));
    int startLine = line;
    position = end;
    if (!endOfText) {
      char lineBreak = buffer[position++];
      if (lineBreak == '\r' && fill() && buffer[position] == '\n') {
        position++;
      }
      line++;
    }
    return new Record(startLine, raw, fields, false);
  }

  /**
   * Moves the unread part of the buffer to its start and reads more after it; false when the
   * buffer is full or the text has ended.
   */
  private boolean compactAndRead() throws IOException {
    int unread = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, unread);
      position = 0;
      limit = unread;
    }
    if (limit == buffer.length) {
      return false;
    }
    int read = reader.read(buffer, limit, buffer.length - limit);
    if (read <= 0) {
      return false;
    }
    limit += read;
    return true;
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
