package vn.mocchau.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One part of a delivered CSV text (its bytes, after gzip), cut at record boundaries, so that the
 * parts of a large file can be parsed in parallel tasks and together give exactly the records of
 * the whole file, with the same line numbers.
 *
 * <p>A part is given as a byte range [start, end) of the whole text; it holds the records that
 * begin at the first record boundary at or after {@code start}, up to the first record boundary at
 * or after {@code end}. Two neighbouring parts therefore meet at the same boundary. Only the
 * boundaries after the header count: the first part always holds the header. Where a record
 * boundary lies depends on every byte before it (a quoted field may hold line breaks), so a part
 * reads the text from its beginning, following {@link CsvRecordReader}'s rules byte by byte:
 * quotes open only at the start of a field, doubled quotes inside quotes, LF, CR and CRLF line
 * breaks, a byte-order mark at the very start, the header split on ',' and the rest on the file's
 * delimiter. This works on bytes because in UTF-8 none of these characters is part of another
 * character. Skipping is cheap next to parsing (no decoding, no fields), but it is paid for the
 * whole text before the part.
 */
final class CsvSegment extends InputStream {
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream text;
  private final long end;
  private final byte[] buffer = new byte[1 << 16];
  /** Text offset of buffer[0]. */
  private long bufferOffset;
  private int position;
  private int limit;
  /** Bytes before this index have been scanned and may be handed out. */
  private int scanned;
  private boolean ended;

  // CsvRecordReader's state, followed byte by byte.
  private final byte fileDelimiter;
  private final int firstDataLine;
  private byte delimiter = ',';
  private boolean inQuotes;
  private boolean quoteInQuotes;
  private boolean fieldStart = true;
  private boolean carriageReturn;
  private boolean byteOrderMark = true;
  private int line = 1;
  private final int firstLine;

  /**
   * @param text the whole text from its first byte (uncompressed)
   * @param delimiter the file's delimiter, as decided from its header
   * @param firstDataLine the line the record after the header starts on: from there on, records
   *     are split on the file's delimiter; no part begins or ends before it
   * @param start 0 for the first part (which holds the header); at least 1 for the others
   */
  CsvSegment(InputStream text, char delimiter, int firstDataLine, long start, long end)
      throws IOException {
    this.text = text;
    this.fileDelimiter = (byte) delimiter;
    this.firstDataLine = firstDataLine;
    this.end = end;
    if (start > 0) {
      skipTo(start);
      ended |= bufferOffset + position >= end; // the next part begins where this one would
    }
    this.firstLine = line;
  }

  /** The line number of the part's first record (1 for the first part). */
  int firstLine() {
    return firstLine;
  }

  private void skipTo(long start) throws IOException {
    while (true) {
      if (scanned == limit && !refill()) {
        ended = true; // no record starts at or after start: an empty part
        return;
      }
      int boundary = scan(scanned, limit, start);
      if (boundary >= 0) {
        position = boundary;
        scanned = boundary;
        return;
      }
      position = limit;
      scanned = limit;
    }
  }

  /** Reads the next bytes of the text into the empty buffer; false at the end of the text. */
  private boolean refill() throws IOException {
    bufferOffset += limit;
    position = 0;
    scanned = 0;
    limit = 0;
    int read = text.read(buffer, 0, buffer.length);
    if (read <= 0) {
      return false;
    }
    limit = read;
    return true;
  }

  /**
   * Follows the reader over buffer[from, to); returns the index of the first record boundary at
   * a text offset of at least {@code target}, or -1 (having scanned every byte).
   */
  private int scan(int from, int to, long target) {
    for (int i = from; i < to; i++) {
      byte c = buffer[i];
      if (carriageReturn) { // a record ended on CR; CRLF is one line break
        carriageReturn = false;
        if (c == '\n') {
          if (bufferOffset + i + 1 >= target && line >= firstDataLine) {
            return i + 1;
          }
          continue;
        }
        if (bufferOffset + i >= target && line >= firstDataLine) {
          return i;
        }
      }
      if (byteOrderMark) {
        long offset = bufferOffset + i;
        if (offset < BYTE_ORDER_MARK.length && c == BYTE_ORDER_MARK[(int) offset]) {
          continue;
        }
        byteOrderMark = false;
      }
      if (quoteInQuotes) {
        quoteInQuotes = false;
        if (c == '"') {
          continue; // a doubled quote: still inside quotes
        }
        inQuotes = false;
      }
      if (inQuotes) {
        if (c == '"') {
          quoteInQuotes = true;
        } else if (c == '\n') {
          line++;
        }
        continue;
      }
      if (c == '\n') {
        recordEnded();
        if (bufferOffset + i + 1 >= target && line >= firstDataLine) {
          return i + 1;
        }
      } else if (c == '\r') {
        recordEnded();
        carriageReturn = true;
      } else if (c == '"' && fieldStart) {
        inQuotes = true;
        fieldStart = false;
      } else {
        fieldStart = c == delimiter;
      }
    }
    return -1;
  }

  private void recordEnded() {
    line++;
    fieldStart = true;
    if (line >= firstDataLine) {
      delimiter = fileDelimiter;
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (position == scanned) {
      if (ended) {
        return -1;
      }
      if (scanned == limit && !refill()) {
        ended = true;
        return -1;
      }
      int boundary = scan(scanned, limit, end);
      if (boundary >= 0) {
        ended = true;
        scanned = boundary;
        limit = boundary;
      } else {
        scanned = limit;
      }
    }
    int n = Math.min(length, scanned - position);
    System.arraycopy(buffer, position, into, offset, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    text.close();
  }
}
