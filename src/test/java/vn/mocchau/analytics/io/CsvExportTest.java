package vn.mocchau.analytics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV for Excel: BOM, CRLF, quoting, and no cell Excel would run as a formula. */
class CsvExportTest {
  @Test
  void neutralisesFormulaCellsButKeepsNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Object> row = Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)",
        "\tTab", "\rCR", "Thảo Nguyên, Mộc Châu", -5L, new BigDecimal("1500000"), null, "");
    CsvExport.write(out, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"),
        List.of(row).iterator());
    byte[] bytes = out.toByteArray();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
        List.of(bytes[0], bytes[1], bytes[2]));
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertEquals("a,b,c,d,e,f,g,h,i,j,k\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tTab,\"'\rCR\","
        + "\"Thảo Nguyên, Mộc Châu\",-5,1500000,,\r\n", text);
  }

  @Test
  void aMartsDoubleIsRoundedToSixDecimalsAndNeverWrittenInExponents() throws Exception {
    List<Object> row = Arrays.asList(1.5680661739901975, 0.2199174858237204, 12.0, 1.0E-9,
        330619.73137875705, Double.NaN, new BigDecimal("2150.000000"), new BigDecimal("1E+3"),
        7L, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.write(out, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
        List.of(row.stream().map(CsvExport::rounded).toList()).iterator());
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
    assertEquals("a,b,c,d,e,f,g,h,i,j\r\n"
        + "1.568066,0.219917,12,0,330619.731379,NaN,2150.000000,1000,7,\r\n", text);
  }
}
