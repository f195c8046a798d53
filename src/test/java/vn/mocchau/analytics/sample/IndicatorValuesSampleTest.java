package vn.mocchau.analytics.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed indicator-values sample is what the generator writes (byte for byte), and its
 * official tourism figures sit where the reconciliation should find them.
 */
class IndicatorValuesSampleTest {
  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void theCommittedSampleIsTheGeneratorsOutput(@TempDir Path out) throws Exception {
    IndicatorValues.write(out, YearMonth.of(2023, 1), YearMonth.of(2026, 10));
    Path committed = Path.of("data-raw/indicator_values");
    List<Path> written = files(out.resolve("indicator_values"));
    assertEquals(List.of("2025-03/ubnd-huyen-moc-chau-2024.csv",
        "2026-01/ban-quan-ly-kdl-uoc-2025.csv", "2026-01/phuong-thao-nguyen-uoc-2025.csv",
        "2026-06/thong-ke-chinh-thuc-2025.csv", "2026-07/phuong-thao-nguyen-uoc-2026.csv",
        "2026-10/ban-quan-ly-kdl-uoc-2026.csv", "2026-10/dang-uy-phuong-so-bo-2026.csv"),
        written.stream().map(p -> p.toString().replace('\\', '/')).toList());
    assertEquals(written, files(committed), "rerun jobs/generate-sample");
    for (Path file : written) {
      assertArrayEquals(Files.readAllBytes(out.resolve("indicator_values").resolve(file)),
          Files.readAllBytes(committed.resolve(file)), file + ": rerun jobs/generate-sample");
    }
  }

  @Test
  void aRangeWritesOnlyItsDeliveries(@TempDir Path out) throws Exception {
    IndicatorValues.write(out, YearMonth.of(2026, 1), YearMonth.of(2026, 6));
    assertEquals(List.of("2026-01", "2026-06"), Files.list(out.resolve("indicator_values"))
        .map(p -> p.getFileName().toString()).sorted().toList());
  }

  @Test
  void theOfficialTourismFiguresAreTheModelsYearOffByAFewPercent() throws Exception {
    // 2024: 2,900,000 × 1.076 = 3,120,400 → 3,120,000 (the reconciliation flags it, > 5 %).
    assertEquals(3_120_000, IndicatorValues.officialVisits(2024, 1.076));
    // 2025 official: 3,800,000 × 1.016 = 3,860,800 → 3,861,000; the estimate 3,800,000 × 0.987
    // = 3,750,600 → 3,751,000.
    assertEquals(3_861_000, IndicatorValues.officialVisits(2025, 1.016));
    assertEquals(3_751_000, IndicatorValues.officialVisits(2025, 0.987));
    // 2025 revenue: 3,800,000 × 1,300,000 VND = 4,940 bn × 1.014 = 5,009.16 → 5,009.2.
    assertEquals(5009.2, IndicatorValues.officialRevenue(2025, 1.014), 1e-9);
    // Overnight share 2025: 0.22 + 0.021 × 2 = 0.262.
    assertEquals(0.262, IndicatorValues.officialOvernight(2025, 0), 1e-9);
    String official = Files.readString(
        Path.of("data-raw/indicator_values/2026-06/thong-ke-chinh-thuc-2025.csv"),
        StandardCharsets.UTF_8);
    assertTrue(official.contains("\nvisitors,2025,tourism_area,3861000,chính thức,"), official);
    assertTrue(official.contains("\nward_poverty_rate,2025,03982,0.0042,chính thức,"), official);
    String estimate = Files.readString(
        Path.of("data-raw/indicator_values/2026-01/ban-quan-ly-kdl-uoc-2025.csv"),
        StandardCharsets.UTF_8);
    assertTrue(estimate.startsWith("\uFEFFMã chỉ tiêu;Kỳ;Phạm vi;Giá trị;Tình trạng;Nguồn\r\n"));
    assertTrue(estimate.contains("\r\nvisitors;2025;tourism_area;3.751.000;ước thực hiện;"));
  }
}
