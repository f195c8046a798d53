package vn.mocchau.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a file stops being UTF-8: the line of its first byte that is not part of a well-formed
 * UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). The parser
 * decodes ahead in large buffers, so when the decoder fails it cannot say which line it was on;
 * this reads the file once more, only then, to name the line (issue #19: "bad bytes after 0 rows"
 * for a bad byte on line 302).
 */
final class Utf8Scan {
  private Utf8Scan() {}

  /** The 1-based line of the first malformed byte, or -1 when the whole stream is UTF-8. */
  static long firstBadLine(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long line = 1;
    int expect = 0; // continuation bytes still expected
    int min = 0x80; // smallest valid continuation for the current lead (overlongs, surrogates)
    int max = 0xBF;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        int b = buffer[i] & 0xFF;
        if (expect > 0) {
          if (b < min || b > max) {
            return line;
          }
          min = 0x80;
          max = 0xBF;
          expect--;
          continue;
        }
        if (b == '\n') {
          line++;
        } else if (b < 0x80) {
          continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
          expect = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          expect = 2;
          min = b == 0xE0 ? 0xA0 : 0x80;
          max = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          expect = 3;
          min = b == 0xF0 ? 0x90 : 0x80;
          max = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          return line;
        }
      }
    }
    return expect > 0 ? line : -1;
  }
}
