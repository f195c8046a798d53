package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.testing.Folders;

/**
 * jobs/template indicator_values 2026: the form the offices fill in, read back byte by byte
 * (BOM, ';', CRLF), with §1's Vietnamese header names, one row per registry indicator in the
 * report's order; and a filled-in copy goes through the real contract (jobs/validate).
 */
class TemplateJobTest {
  private static final Path REGISTRY_RAW = Path.of("data-raw");

  /** programme.md §1's Vietnamese header names, and the two informational columns. */
  private static final Set<String> SECTION_1_NAMES = Set.of("mã chỉ tiêu", "ma_chi_tieu", "kỳ",
      "ky", "năm", "nam", "phạm vi", "pham vi", "địa bàn", "dia ban", "giá trị", "gia tri",
      "số liệu", "so lieu", "tình trạng", "tinh trang", "loại số liệu", "nguồn", "nguon",
      "ghi chú", "ghi chu", "tên chỉ tiêu", "ten chi tieu", "đơn vị tính", "đơn vị",
      "don vi tinh");

  private static List<String> lines(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3), "UTF-8 with a byte-order mark");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"));
    assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    return List.of(text.split("\r\n"));
  }

  @Test
  void theVietnameseFormHasEveryIndicatorInTheReportsOrder(@TempDir Path out) throws Exception {
    InProcess.Run run = InProcess.main("template", "indicator_values", "2026", "--raw",
        REGISTRY_RAW.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.output());
    Path file = out.resolve("templates/indicator_values_2026.csv");
    assertEquals("Đã ghi mẫu nhập số liệu chỉ tiêu năm 2026 (50 chỉ tiêu): "
        + new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(out.toString()),
            "templates/indicator_values_2026.csv") + ". Điền giá trị, tình trạng, nguồn rồi đặt"
        + " tệp vào thư mục indicator_values/YYYY-MM/ (tháng nộp) của số liệu nộp.",
        run.output().strip());
    assertEquals(List.of(), ConsoleWords.english(run.output()), run.output());

    List<String> lines = lines(file);
    assertEquals("mã chỉ tiêu;tên chỉ tiêu;đơn vị tính;phạm vi;kỳ;giá trị;tình trạng;nguồn;ghi chú",
        lines.get(0));
    for (String name : lines.get(0).split(";")) {
      assertTrue(SECTION_1_NAMES.contains(name), name + " is a header name of §1");
    }
    assertEquals(51, lines.size(), "the header and the 50 indicators of the registry");
    assertEquals("visitors;1.(1)a Tổng lượt khách du lịch;lượt khách/năm;Khu du lịch quốc gia Mộc Châu;2026;;;;",
        lines.get(1));
    assertEquals("culture_tourism_week;1.(4)a Tổ chức Tuần Văn hóa – Du lịch Mộc Châu hằng năm;"
        + "có/không;Vùng Mộc Châu;2026;;;;", lines.get(10));
    assertEquals("ward_budget_revenue_growth;(1) Tốc độ tăng thu ngân sách nhà nước bình quân"
        + " hằng năm;tỷ đồng/năm;Phường Thảo Nguyên;2026;;;;", lines.get(13));
    assertTrue(lines.contains("ward_waste_collected;(17a) Tỷ lệ chất thải rắn sinh hoạt đô thị"
        + " được thu gom;tỷ lệ: ghi 95% hoặc 0,95;Phường Thảo Nguyên;2026;;;;"), lines.toString());
    assertTrue(lines.contains("ward_cultural_families;\"(18b) Tỷ lệ hộ gia đình đạt danh hiệu"
        + " \"\"Gia đình văn hóa\"\"\";tỷ lệ: ghi 95% hoặc 0,95;Phường Thảo Nguyên;2026;;;;"),
        "a name with quotes is quoted as Excel does");
    assertEquals("ward_officials_digital_skills;(27b) Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ"
        + " năng số cơ bản;tỷ lệ: ghi 95% hoặc 0,95;Phường Thảo Nguyên;2026;;;;", lines.get(50));
    // The codes run as the report's: regional 1.(1)a..1.(4)c, then the ward's (1)..(27b).
    List<String> codes = new ArrayList<>();
    lines.subList(1, lines.size()).forEach(l -> codes.add(l.split(";")[1].replace("\"", "")
        .split(" ")[0]));
    assertEquals(List.of("1.(1)a", "1.(1)b", "1.(1)c", "1.(2)a", "1.(2)b", "1.(2)c", "1.(3)a",
        "1.(3)b", "1.(3)c", "1.(4)a", "1.(4)b", "1.(4)c", "(1)", "(2a)"), codes.subList(0, 14));
  }

  @Test
  void inEnglishTheContractsColumnNames(@TempDir Path out) throws Exception {
    InProcess.Run run = InProcess.main("template", "indicator_values", "2027", "--raw",
        REGISTRY_RAW.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().startsWith("Wrote the indicator-values form for 2027 (50"
        + " indicators): "), run.output());
    assertEquals(List.of(), ConsoleWords.vietnamese(run.output()), run.output());
    List<String> lines = lines(out.resolve("templates/indicator_values_2027.csv"));
    assertEquals("indicator_id;indicator_name;unit;scope;period;value;status;source;note",
        lines.get(0));
    assertEquals("ward_doctors;1.(4)c Doctors per 10,000 people;doctors per 10,000 people;"
        + "moc_chau_area;2027;;;;", lines.get(12));
    assertEquals("ward_forest_cover;(5) Forest cover (incl. scattered trees and fruit trees on"
        + " slopes);share: write 95% or 0.95;thao_nguyen_ward;2027;;;;", lines.get(21));
  }

  @Test
  void anotherFeedOrAYearThatIsNotOneIsRefused(@TempDir Path out) {
    InProcess.Run feed = InProcess.main("template", "revenue", "2026", "--out", out.toString());
    assertEquals(ExitCode.USAGE.code(), feed.exitCode(), feed.output());
    assertTrue(feed.output().startsWith("Không có mẫu nhập cho 'revenue': chỉ có mẫu cho"
        + " indicator_values."), feed.output());
    assertTrue(feed.output().contains("Ví dụ: jobs/template indicator_values 2026"),
        feed.output());
    InProcess.Run year = InProcess.main("template", "indicator_values", "26", "--lang", "en");
    assertEquals(ExitCode.USAGE.code(), year.exitCode(), year.output());
    assertTrue(year.output().startsWith("Cannot read year '26': write the year as YYYY, e.g."
        + " 2026."), year.output());
    assertFalse(Files.exists(out.resolve("templates")));
  }

  @Test
  void aRegistryThatCannotBeReadIsSaidAndNothingIsWritten(@TempDir Path work) throws Exception {
    Path raw = Files.createDirectories(work.resolve("raw/reference"));
    Files.writeString(raw.resolve("targets.csv"), "indicator_id,name_vi\n",
        StandardCharsets.UTF_8);
    InProcess.Run run = InProcess.main("template", "indicator_values", "2026", "--raw",
        work.resolve("raw").toString(), "--out", work.resolve("out").toString());
    assertEquals(ExitCode.BAD_REFERENCE.code(), run.exitCode(), run.output());
    assertTrue(run.output().startsWith("Không dùng được "), run.output());
    assertFalse(Files.exists(work.resolve("out")));
  }

  /**
   * A filled-in form is a delivery the contract accepts: every row, shares written both ways,
   * status words of the offices. Needs the indicator_values contract (slice A of issue 15); the
   * test is skipped on a branch where that feed is not registered yet.
   */
  @Test
  void aFilledInFormIsAcceptedByTheContract(@TempDir Path work) throws Exception {
    Assumptions.assumeTrue(Feed.registered().stream()
        .anyMatch(f -> f.folder().equals("indicator_values")),
        "the indicator_values contract is not registered on this branch");
    Path out = work.resolve("out");
    assertEquals(0, InProcess.main("template", "indicator_values", "2026", "--raw",
        REGISTRY_RAW.toString(), "--out", out.toString()).exitCode());
    List<String> lines = lines(out.resolve("templates/indicator_values_2026.csv"));
    StringBuilder filled = new StringBuilder("\uFEFF").append(lines.get(0)).append("\r\n");
    int n = 0;
    for (String line : lines.subList(1, lines.size())) {
      String cells = line.substring(0, line.length() - ";;;;".length());
      String value = line.contains(";có/không;") ? "có"
          : line.contains(";tỷ lệ: ghi 95%") ? (n % 2 == 0 ? "45,5%" : "0,455")
          : "1.234,5";
      String status = n % 3 == 0 ? "ước thực hiện" : n % 3 == 1 ? "sơ bộ" : "chính thức";
      filled.append(cells).append(';').append(value).append(';').append(status)
          .append(";UBND phường Thảo Nguyên;\r\n");
      n++;
    }
    Path raw = work.resolve("raw");
    Folders.copy(REGISTRY_RAW.resolve("reference"), raw.resolve("reference"));
    Path delivery = Files.createDirectories(raw.resolve("indicator_values/2026-10"));
    Files.writeString(delivery.resolve("chi-tieu-2026.csv"), filled, StandardCharsets.UTF_8);
    InProcess.Run run = InProcess.main("validate", "2026-10", "--raw", raw.toString(), "--out",
        work.resolve("validate-out").toString(), "--lang", "en");
    assertTrue(run.output().contains("1 file(s), 50 rows read, 50 accepted, 0 rejected,"
        + " 0 duplicates"), run.output());
  }

  /**
   * Every row of the committed indicator-values sample (data-raw/indicator_values) is accepted by
   * the contract, month by month: 3 + 41 + 34 + 27 + 16 rows. Skipped where the contract is not
   * registered yet (slice A of issue 15).
   */
  @Test
  void theCommittedSampleIsAcceptedByTheContract(@TempDir Path work) throws Exception {
    Assumptions.assumeTrue(Feed.registered().stream()
        .anyMatch(f -> f.folder().equals("indicator_values")),
        "the indicator_values contract is not registered on this branch");
    Path raw = work.resolve("raw");
    Folders.copy(REGISTRY_RAW.resolve("reference"), raw.resolve("reference"));
    Folders.copy(REGISTRY_RAW.resolve("indicator_values"), raw.resolve("indicator_values"));
    String[][] months = {{"2025-03", "3"}, {"2026-01", "41"}, {"2026-06", "34"},
        {"2026-07", "27"}, {"2026-10", "16"}};
    for (String[] month : months) {
      InProcess.Run run = InProcess.main("validate", month[0], "--raw", raw.toString(), "--out",
          work.resolve("out").toString(), "--lang", "en");
      assertTrue(run.output().contains(month[1] + " rows read, " + month[1]
          + " accepted, 0 rejected, 0 duplicates"), month[0] + ": " + run.output());
    }
  }
}
