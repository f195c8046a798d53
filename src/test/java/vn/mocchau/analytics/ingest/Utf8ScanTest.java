package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The line of a file's first byte that is not UTF-8 (issue #19: it once said "after 0 rows"). */
class Utf8ScanTest {
  private static long line(byte[] bytes) throws Exception {
    return Utf8Scan.firstBadLine(new ByteArrayInputStream(bytes));
  }

  private static byte[] lines(int good, byte[] bad) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("Ngày;Địa bàn;Nguồn khách;Lượt khách\r\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 2; i <= good; i++) {
      out.write(("2026-01-01;Phường Mộc Châu;nội địa;" + i + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    out.write(bad);
    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void namesTheLineOfTheFirstBadByteFarBeyondTheDecodersBuffer() throws Exception {
    // Line 302: "Mộc" in Windows-1258 (0xD2 is a lone lead byte followed by ASCII).
    byte[] cp1258 = {'M', (byte) 0xF4, (byte) 0xD2, 'c'};
    assertEquals(302, line(lines(301, cp1258)));
    assertEquals(-1, line(lines(5000, "Mộc Châu 🌸".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void malformedSequencesAreCaught() throws Exception {
    assertEquals(1, line(new byte[] {(byte) 0xC0, (byte) 0xAF})); // overlong '/'
    assertEquals(1, line(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})); // surrogate
    assertEquals(1, line(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
    assertEquals(2, line(new byte[] {'a', '\n', (byte) 0xE1, (byte) 0xBB})); // cut at the end
    assertEquals(3, line(new byte[] {'a', '\n', 'b', '\n', (byte) 0x80}));
  }
}
