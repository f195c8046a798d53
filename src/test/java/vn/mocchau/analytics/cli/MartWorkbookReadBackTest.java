package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.io.ParquetTables.Column;
import vn.mocchau.analytics.io.ParquetTables.Type;
import vn.mocchau.analytics.marts.MartSchemas;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;
import vn.mocchau.analytics.testing.OpenPyxl;

/**
 * Every mart's .xlsx export opened with openpyxl (not the writer's library) and compared with the
 * mart read by DuckDB: the same rows, numbers as numbers with their formats, codes as text, months
 * as dates, headers and words in the run's language, frozen header, filter, and the notes sheet.
 * Vietnamese from a backfill of the golden deliveries; English from a re-run of its last month
 * with --lang en over a raw folder whose README.md says it is the synthetic sample.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MartWorkbookReadBackTest {
  /** Text columns whose codes the workbook writes as words; checked one by one below. */
  private static final Set<String> WORDS = Set.of("status", "x_status", "official_status",
      "baseline_source", "kind", "basis", "path", "direction", "frequency", "source_feed",
      "scope", "feed", "feeds_delivered", "unit");

  Path out;
  Path outEn;
  JsonNode vi;
  JsonNode en;

  @BeforeAll
  void run(@TempDir Path work) throws Exception {
    Path raw = work.resolve("data-raw");
    out = work.resolve("data-out");
    outEn = work.resolve("data-out-en");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    Folders.copy(Fixtures.resource("golden/deliveries"), raw);
    Launcher.Result backfill = Launcher.run("backfill", "2025-12", "2026-01", "--raw",
        raw.toString(), "--out", out.toString());
    assertEquals(0, backfill.exitCode(), backfill.output());
    vi = OpenPyxl.read(workbooks(out));

    Folders.copy(out, outEn);
    Files.writeString(raw.resolve("README.md"), "# data-raw — SYNTHETIC SAMPLE\n");
    Launcher.Result english = Launcher.run("monthly", "2026-01", "--raw", raw.toString(),
        "--out", outEn.toString(), "--lang", "en");
    assertEquals(0, english.exitCode(), english.output());
    en = OpenPyxl.read(workbooks(outEn));
  }

  private static Path[] workbooks(Path out) {
    return MartSchemas.ALL.keySet().stream().map(m -> out.resolve("exports/" + m + ".xlsx"))
        .toArray(Path[]::new);
  }

  private JsonNode data(JsonNode dump, Path out, String mart, String sheet) {
    return OpenPyxl.sheet(dump.get(out.resolve("exports/" + mart + ".xlsx").toString()), sheet);
  }

  @Test
  void everyWorkbookHoldsItsMartsRowsAsTypedCells() {
    for (String mart : MartSchemas.ALL.keySet()) {
      List<Column> columns = MartSchemas.ALL.get(mart);
      // The projection export holds the run's own projection (MartBuilder).
      String where = mart.equals("projection_monthly") ? " where as_of = '2026-01'" : "";
      List<List<String>> expected = DuckDb.query("select * from '" + out.resolve("marts/" + mart)
          + "/*.parquet'" + where);
      JsonNode sheet = data(vi, out, mart, "Dữ liệu");
      JsonNode rows = sheet.get("rows");
      assertEquals(expected.size() + 1, rows.size(), mart);
      assertEquals("A2", sheet.get("freeze").asText(), mart);
      assertEquals("A1:" + columnLetter(columns.size()) + (expected.size() + 1),
          sheet.get("autofilter").asText(), mart);

      Map<String, Integer> fromMart = new TreeMap<>();
      Map<String, Integer> fromWorkbook = new TreeMap<>();
      for (List<String> row : expected) {
        StringBuilder key = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
          key.append(martValue(columns.get(c), row.get(c))).append('|');
        }
        fromMart.merge(key.toString(), 1, Integer::sum);
      }
      for (int r = 1; r < rows.size(); r++) {
        StringBuilder key = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
          key.append(cellValue(mart, columns.get(c), rows.get(r).get(c))).append('|');
        }
        fromWorkbook.merge(key.toString(), 1, Integer::sum);
      }
      assertEquals(fromMart, fromWorkbook, mart);
    }
  }

  /** A mart value as the comparison writes it: numbers to 6 decimals, months yyyy-MM. */
  private static String martValue(Column column, String value) {
    if (value == null) {
      return "";
    }
    if (WORDS.contains(column.name())) {
      return "*";
    }
    if (column.name().equals("locality_code") && value.equals("ALL")) {
      return "Cả vùng"; // corn_annual's row for the whole area, in words
    }
    return switch (column.type()) {
      case INT, LONG, DECIMAL, DOUBLE -> number(new BigDecimal(value));
      case BOOLEAN -> value;
      case STRING -> value;
    };
  }

  private static String cellValue(String mart, Column column, JsonNode cell) {
    if (cell == null || cell.isNull()) {
      return "";
    }
    String kind = cell.get("t").asText();
    String format = cell.get("f").asText();
    String where = mart + "." + column.name() + ": " + cell;
    if (WORDS.contains(column.name())) {
      assertEquals("s", kind, where);
      return "*";
    }
    switch (column.type()) {
      case INT, LONG, DECIMAL, DOUBLE -> {
        assertEquals("n", kind, where);
        assertFalse(format.equals("General"), "a number has a display format: " + where);
        return number(new BigDecimal(cell.get("v").asText()));
      }
      case BOOLEAN -> {
        assertEquals("s", kind, where);
        assertTrue(Set.of("Có", "Không").contains(cell.get("v").asText()), where);
        return cell.get("v").asText().equals("Có") ? "true" : "false";
      }
      default -> {
        if (kind.equals("d")) {
          assertEquals("yyyy-MM", column.unit(), where);
          assertEquals("mm/yyyy", format, where);
          return cell.get("v").asText().substring(0, 7);
        }
        assertEquals("s", kind, "a code or a text is a string cell: " + where);
        return cell.get("v").asText();
      }
    }
  }

  private static String number(BigDecimal value) {
    BigDecimal rounded = value.setScale(6, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  /** Excel's name of the n-th column (1 = A, 27 = AA). */
  private static String columnLetter(int column) {
    return column <= 26 ? String.valueOf((char) ('A' + column - 1))
        : columnLetter((column - 1) / 26) + (char) ('A' + (column - 1) % 26);
  }

  /** The cells of a column by its header, as openpyxl read them. */
  private static List<JsonNode> column(JsonNode sheet, String header) {
    JsonNode rows = sheet.get("rows");
    int index = -1;
    for (int c = 0; c < rows.get(0).size(); c++) {
      if (rows.get(0).get(c).get("v").asText().equals(header)) {
        index = c;
      }
    }
    assertTrue(index >= 0, "no column " + header + " in " + rows.get(0));
    List<JsonNode> cells = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      cells.add(rows.get(r).get(index));
    }
    return cells;
  }

  private static Set<String> texts(List<JsonNode> cells) {
    Set<String> texts = new TreeSet<>();
    cells.stream().filter(c -> c != null && !c.isNull()).forEach(c -> texts.add(c.get("v")
        .asText()));
    return texts;
  }

  @Test
  void codesStayTextAndFiguresCarryTheirFormats() {
    JsonNode monthly = data(vi, out, "tourism_monthly", "Dữ liệu");
    List<JsonNode> codes = column(monthly, "Mã xã, phường");
    assertTrue(texts(codes).contains("03979"), texts(codes).toString());
    codes.forEach(c -> assertEquals("s", c.get("t").asText(), c.toString()));
    List<JsonNode> shares = column(monthly, "Tỷ lệ khách lưu trú");
    shares.stream().filter(c -> c != null && !c.isNull()).forEach(c -> {
      assertEquals("0.0%", c.get("f").asText());
      assertTrue(c.get("v").asDouble() >= 0 && c.get("v").asDouble() <= 1, c.toString());
    });
    column(monthly, "Doanh thu du lịch (đồng)").stream().filter(c -> c != null && !c.isNull())
        .forEach(c -> assertEquals("#,##0", c.get("f").asText()));
    column(monthly, "Năm").forEach(c -> assertEquals("0", c.get("f").asText(),
        "a year has no thousands separator"));

    // The area's 2026-01 revenue worked out by hand (MartsEndToEndTest): 2,150,000,000 đồng.
    JsonNode area = data(vi, out, "tourism_area_monthly", "Dữ liệu");
    List<JsonNode> periods = column(area, "Kỳ");
    List<JsonNode> scopes = column(area, "Phạm vi");
    List<JsonNode> revenue = column(area, "Doanh thu du lịch (đồng)");
    boolean found = false;
    for (int i = 0; i < periods.size(); i++) {
      if (periods.get(i).get("v").asText().startsWith("2026-01")
          && scopes.get(i).get("v").asText().equals("Khu du lịch quốc gia Mộc Châu")) {
        assertEquals(2_150_000_000d, revenue.get(i).get("v").asDouble());
        found = true;
      }
    }
    assertTrue(found, "the tourism area's January 2026 row");
    assertEquals(Set.of("Khu du lịch quốc gia Mộc Châu", "Mộc Châu (huyện cũ)",
        "Vân Hồ (huyện cũ)"), texts(scopes));

    // A share indicator's values show as percentages, a visits indicator's as whole numbers.
    JsonNode reconciliation = data(vi, out, "reconciliation", "Dữ liệu");
    List<JsonNode> ids = column(reconciliation, "Mã chỉ tiêu");
    List<JsonNode> official = column(reconciliation, "Giá trị công bố");
    int checked = 0;
    for (int i = 0; i < ids.size(); i++) {
      if (official.get(i) != null && !official.get(i).isNull()) {
        assertEquals(Map.of("overnight_share", "0.0%", "visitors", "#,##0",
            "tourism_revenue", "#,##0.00").get(ids.get(i).get("v").asText()),
            official.get(i).get("f").asText(), ids.get(i) + " " + official.get(i));
        checked++;
      }
    }
    assertTrue(checked > 0, "reconciliation has official values");
  }

  @Test
  void statusesAndFeedsAreWordsInTheRunsLanguage() {
    Set<String> statusesVi = texts(column(data(vi, out, "target_progress", "Dữ liệu"),
        "Đánh giá / tình trạng"));
    assertFalse(statusesVi.isEmpty());
    assertTrue(Set.of("Đã đạt", "Đúng lộ trình", "Cần đẩy nhanh", "Chậm so với lộ trình",
        "Đang đi lùi", "Chưa đánh giá").containsAll(statusesVi), statusesVi.toString());
    Set<String> statusesEn = texts(column(data(en, outEn, "target_progress", "Data"), "Status"));
    assertTrue(Set.of("Achieved", "On track", "Needs acceleration", "Off track", "Regressing",
        "Not assessed").containsAll(statusesEn), statusesEn.toString());
    assertEquals(Set.of("Lượt khách", "Lưu trú", "Doanh thu", "Ngô sinh khối",
        "Số liệu chỉ tiêu"), texts(column(data(vi, out, "data_quality", "Dữ liệu"), "Báo cáo")));
    Set<String> qualityVi = texts(column(data(vi, out, "data_quality", "Dữ liệu"),
        "Đánh giá / tình trạng"));
    assertTrue(qualityVi.contains("Chưa nộp") && qualityVi.contains("Đạt"), qualityVi.toString());
    assertEquals(Set.of("Mộc Châu national tourism area", "Mộc Châu (former district)",
        "Vân Hồ (former district)"), texts(column(data(en, outEn, "tourism_area_monthly",
        "Data"), "Scope")));
    // English months are dates shown yyyy-mm.
    column(data(en, outEn, "tourism_monthly", "Data"), "Period")
        .forEach(c -> assertEquals("yyyy-mm", c.get("f").asText()));
  }

  @Test
  void theNotesSheetSaysWhereFromAsOfWhenAndWhatEachColumnMeans() {
    JsonNode notesVi = data(vi, out, "tourism_monthly", "Ghi chú").get("rows");
    Map<String, String> lines = new TreeMap<>();
    notesVi.forEach(r -> {
      if (r.size() > 1 && r.get(0) != null && !r.get(0).isNull() && r.get(1) != null
          && !r.get(1).isNull()) {
        lines.put(r.get(0).get("v").asText(), r.get(1).get("v").asText());
      }
    });
    assertEquals("01/2026", lines.get("Số liệu đến tháng"));
    assertEquals("Số liệu do các đơn vị nộp", lines.get("Loại dữ liệu"),
        "the golden raw folder has no README saying SYNTHETIC");
    assertEquals("Du lịch theo tháng, theo xã, phường (marts/tourism_monthly)",
        lines.get("Bảng"));
    assertEquals("period", lines.get("Kỳ"));
    assertEquals("arrivals", lines.get("Tổng lượt khách"));

    JsonNode notesEn = data(en, outEn, "tourism_monthly", "Notes").get("rows");
    Map<String, String> english = new TreeMap<>();
    notesEn.forEach(r -> {
      if (r.size() > 1 && r.get(0) != null && !r.get(0).isNull() && r.get(1) != null
          && !r.get(1).isNull()) {
        english.put(r.get(0).get("v").asText(), r.get(1).get("v").asText());
      }
    });
    assertEquals("Jan 2026", english.get("Data to"));
    assertEquals("Synthetic sample data — not real figures", english.get("Kind of data"));
    for (String mart : MartSchemas.ALL.keySet()) {
      JsonNode notes = data(vi, out, mart, "Ghi chú").get("rows");
      Set<String> named = new TreeSet<>();
      notes.forEach(r -> {
        if (r.size() > 2 && r.get(1) != null && !r.get(1).isNull()) {
          named.add(r.get(1).get("v").asText());
        }
      });
      for (Column column : MartSchemas.ALL.get(mart)) {
        assertTrue(named.contains(column.name()), mart + " notes name " + column.name());
      }
    }
  }
}
