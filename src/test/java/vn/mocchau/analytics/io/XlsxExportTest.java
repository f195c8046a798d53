package vn.mocchau.analytics.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.io.XlsxExport.Value;
import vn.mocchau.analytics.testing.OpenPyxl;

/** The workbook writer on hand-made rows, read back with openpyxl. */
class XlsxExportTest {
  @TempDir
  Path dir;

  private static XlsxExport.Table table(List<List<Value>> rows) {
    return new XlsxExport.Table("Dữ liệu", "Dữ liệu (%d)",
        List.of("Mã xã, phường", "Tổng lượt khách", "Tỷ lệ khách lưu trú", "Tháng", "Ghi chú"),
        rows.iterator());
  }

  private static List<Value> row(String code, Object arrivals, Object share, LocalDate month,
      String note) {
    return Arrays.asList(Value.text(code), new Value(arrivals, "#,##0"),
        new Value(share, "0.0%"), new Value(month, "mm/yyyy"), Value.text(note));
  }

  private Path write(String name, XlsxExport.Table table, int maxRows) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      XlsxExport.write(out, table, "Ghi chú", List.of(List.of("Bảng", "du lịch"),
          List.of(), List.of("Số liệu đến tháng", "10/2026")), maxRows);
    }
    return file;
  }

  @Test
  void cellsAreTypedWithTheirFormatsUnderAFrozenFilteredHeader() throws Exception {
    Path file = write("a.xlsx", table(List.of(
        row("03979", 28090L, new BigDecimal("0.273100"), LocalDate.of(2026, 10, 1), "="
            + "HYPERLINK(\"http://x\")"),
        row("03980", 1234567, 0.2, LocalDate.of(2025, 1, 1), "+84 912"),
        Arrays.asList(Value.text("-5"), null, new Value(null, "0.0%"), null, Value.text("@SUM(A1)")))),
        XlsxExport.MAX_DATA_ROWS);
    JsonNode workbook = OpenPyxl.read(file).get(file.toString());
    JsonNode data = OpenPyxl.sheet(workbook, "Dữ liệu");
    assertEquals("A2", data.get("freeze").asText());
    assertEquals("A1:E4", data.get("autofilter").asText());
    JsonNode rows = data.get("rows");
    assertEquals("Mã xã, phường", rows.get(0).get(0).get("v").asText());

    JsonNode first = rows.get(1);
    assertEquals("s", first.get(0).get("t").asText());
    assertEquals("03979", first.get(0).get("v").asText(), "a code stays text with its zero");
    assertEquals("n", first.get(1).get("t").asText());
    assertEquals(28090, first.get(1).get("v").asDouble());
    assertEquals("#,##0", first.get(1).get("f").asText());
    assertEquals(0.2731, first.get(2).get("v").asDouble());
    assertEquals("0.0%", first.get(2).get("f").asText());
    assertEquals("d", first.get(3).get("t").asText());
    assertEquals("2026-10-01T00:00:00", first.get(3).get("v").asText());
    assertEquals("mm/yyyy", first.get(3).get("f").asText());
    assertEquals(1234567, rows.get(2).get(1).get("v").asDouble());

    // Text that Excel would take for a formula is a string cell, never a formula.
    assertEquals("s", first.get(4).get("t").asText());
    assertEquals("=HYPERLINK(\"http://x\")", first.get(4).get("v").asText());
    assertEquals("+84 912", rows.get(2).get(4).get("v").asText());
    JsonNode third = rows.get(3);
    assertEquals("-5", third.get(0).get("v").asText());
    assertEquals("s", third.get(0).get("t").asText());
    assertEquals("@SUM(A1)", third.get(4).get("v").asText());
    assertTrue(third.get(1).isNull() && third.get(2).isNull() && third.get(3).isNull(),
        "null values are empty cells: " + third);

    // Columns fit their content: the code column narrower than the note column.
    assertTrue(data.get("widths").get("A").asDouble() < data.get("widths").get("E").asDouble(),
        data.get("widths").toString());

    JsonNode notes = OpenPyxl.sheet(workbook, "Ghi chú").get("rows");
    assertEquals("Số liệu đến tháng", notes.get(2).get(0).get("v").asText());
    assertEquals("10/2026", notes.get(2).get(1).get("v").asText());
  }

  @Test
  void rowsPastASheetsLimitContinueOnTheNextSheetWithTheHeader() throws Exception {
    List<List<Value>> rows = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      rows.add(row("0" + i, i, null, null, null));
    }
    Path file = write("b.xlsx", table(rows), 2);
    JsonNode workbook = OpenPyxl.read(file).get(file.toString());
    List<String> names = new ArrayList<>();
    workbook.get("sheets").forEach(s -> names.add(s.get("name").asText()));
    assertEquals(List.of("Dữ liệu", "Dữ liệu (2)", "Dữ liệu (3)", "Ghi chú"), names);
    JsonNode third = OpenPyxl.sheet(workbook, "Dữ liệu (3)");
    assertEquals("Mã xã, phường", third.get("rows").get(0).get(0).get("v").asText());
    assertEquals("05", third.get("rows").get(1).get(0).get("v").asText());
    assertEquals(2, third.get("rows").size());
    assertEquals("A1:E3", OpenPyxl.sheet(workbook, "Dữ liệu (2)").get("autofilter").asText());
  }

  @Test
  void theSameRowsGiveTheSameBytes() throws Exception {
    byte[][] bytes = new byte[2][];
    for (int i = 0; i < 2; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      XlsxExport.write(out, table(List.of(row("03979", 1, 0.5, LocalDate.of(2026, 1, 1), "x"))),
          "Ghi chú", List.of(List.of("Bảng", "t")));
      bytes[i] = out.toByteArray();
      Thread.sleep(i == 0 ? 2100 : 0); // past the 2-second resolution of a zip entry's time
    }
    assertArrayEquals(bytes[0], bytes[1], "a rerun of the same month rewrites the same file");
  }

  @Test
  void aRowOfTheWrongLengthIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> XlsxExport.write(new ByteArrayOutputStream(), table(List.of(List.of(
            Value.text("03979")))), "Ghi chú", List.of()));
    assertEquals("Cannot write a row of 1 values under 5 columns", e.getMessage());
  }
}
