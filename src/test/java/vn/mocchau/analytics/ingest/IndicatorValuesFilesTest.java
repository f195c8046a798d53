package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.IndicatorRegistry;

/**
 * indicator_values contract tests, one small file per variant and per defect (programme.md §1,
 * fixtures in src/test/resources/fixtures/files/indicator_values), read by the file parser as in
 * a Spark task, against the test registry. The key rules (duplicates, conflicts) need the whole
 * delivery: {@link IndicatorValuesIngestTest}.
 */
class IndicatorValuesFilesTest {
  static final FeedContract CONTRACT = Feed.INDICATOR_VALUES.contract();

  /** A parsed file: rows by staging column name, and the file's report. */
  record Parsed(List<Map<String, Object>> rows, FileReport report) {
    List<Map<String, Object>> accepted() {
      return rows.stream().filter(r -> "accepted".equals(r.get("status"))).toList();
    }

    List<Map<String, Object>> rejected() {
      return rows.stream().filter(r -> "rejected".equals(r.get("status"))).toList();
    }
  }

  static Parsed parse(String fixture, String month) {
    Path path = Fixtures.resource("fixtures/files/indicator_values/" + fixture);
    FeedFileParser parser = new FeedFileParser(CONTRACT, IndicatorRegistry.reference(),
        YearMonth.parse(month), Map.of());
    StructType schema = StagingSchema.of(CONTRACT);
    List<FileSummary> summaries = new ArrayList<>();
    Iterator<Object[]> rows = parser.parse(new DeliveryFile(path.toUri().toString(),
        "indicator_values/" + month + "/" + fixture, 0), summaries::add);
    List<Map<String, Object>> parsed = new ArrayList<>();
    while (rows.hasNext()) {
      Object[] row = rows.next();
      Map<String, Object> byName = new HashMap<>();
      for (int i = 0; i < schema.size(); i++) {
        byName.put(schema.fields()[i].name(), row[i]);
      }
      parsed.add(byName);
    }
    assertEquals(1, summaries.size());
    FileSummary summary = summaries.get(0);
    assertEquals(parsed.size(), summary.read(), "every row counted");
    assertEquals(summary.read(), summary.accepted() + summary.rejected(), "read = accepted +"
        + " rejected before the key rules");
    return new Parsed(parsed, summary.report());
  }

  /** The typed values of an accepted row, in the curated order, from their staging columns. */
  static List<Object> typed(Map<String, Object> row) {
    List<Object> values = new ArrayList<>();
    for (String column : CONTRACT.typedSchema().fieldNames()) {
      values.add(row.get(StagingSchema.typedColumn(column)));
    }
    return values;
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void typedValueAndStatusAreStagedApartFromTheRowsOutcome() {
    assertEquals("typed_value", StagingSchema.typedColumn("value"));
    assertEquals("typed_status", StagingSchema.typedColumn("status"));
    assertEquals("indicator_id", StagingSchema.typedColumn("indicator_id"));
    assertEquals("period", StagingSchema.typedColumn("period"));
  }

  @Test
  void plainFile() {
    Parsed p = parse("plain.csv", "2026-03");
    assertEquals(4, p.accepted().size());
    assertEquals(",", p.report().delimiter());
    assertEquals("INTERNATIONAL", p.report().numberStyle(), "812.5 reveals it");
    assertEquals(Arrays.asList("ward_health_insurance", "2025", "thao_nguyen_ward", d("0.950000"),
        "official", "Chi cục Thống kê", null), typed(p.rows().get(0)));
    assertEquals(Arrays.asList("ward_tea_output", "2025", "thao_nguyen_ward", d("812.500000"),
        "estimate", "UBND phường", "ước cả năm"), typed(p.rows().get(1)));
    assertEquals("03982", p.rows().get(1).get("locality_code"));
    assertEquals(Arrays.asList("visitors", "2025", "tourism_area", d("4066680.000000"), "preliminary",
        "Sở VHTTDL", null), typed(p.rows().get(2)));
    assertNull(p.rows().get(2).get("locality_code"));
    assertEquals(Arrays.asList("culture_week", "2025", "moc_chau_area", d("1.000000"), "official",
        "UBND phường", null), typed(p.rows().get(3)), "có = 1; empty status = official");
  }

  @Test
  void semicolonVietnameseHeadersStatusWordsAndPerCentsRevealTheStyle() {
    Parsed p = parse("semicolon-vietnamese-header.csv", "2026-03");
    assertEquals(";", p.report().delimiter());
    assertEquals("VIETNAMESE", p.report().numberStyle(), "'95,5%' and '0,950' reveal it");
    assertEquals(List.of(), p.report().extraColumns(),
        "tên chỉ tiêu and đơn vị tính are informational, not extra");
    assertEquals(4, p.accepted().size(), p.rejected().toString());
    assertEquals(Arrays.asList("ward_health_insurance", "2025", "thao_nguyen_ward", d("0.955000"),
        "official", "BHXH khu vực", null), typed(p.rows().get(0)), "95,5% = 0.955");
    assertEquals(Arrays.asList("ward_tea_output", "2025", "thao_nguyen_ward", d("2150.000000"),
        "estimate", "UBND phường", "cả năm"), typed(p.rows().get(1)),
        "2.150 in a Vietnamese file is 2150; ước thực hiện = estimate");
    assertEquals(Arrays.asList("culture_week", "2025", "moc_chau_area", d("0.000000"), "preliminary",
        "UBND phường", null), typed(p.rows().get(2)), "Không = 0; sơ bộ = preliminary");
    assertEquals(Arrays.asList("ward_budget_revenue_q", "2026-Q1", "thao_nguyen_ward", d("0.950000"),
        "estimate", "Phòng Kinh tế", null), typed(p.rows().get(3)), "0,950 is a decimal");
  }

  @Test
  void nfdHeaderAndCells() {
    Parsed p = parse("nfd.csv", "2026-03");
    assertEquals(1, p.accepted().size(), p.rejected().toString());
    assertEquals(Arrays.asList("ward_tea_output", "2025", "thao_nguyen_ward", d("1234.500000"),
        "estimate", "UBND phường Thảo Nguyên", "số liệu ước"), typed(p.rows().get(0)));
  }

  @Test
  void bomAndCrlf() {
    Parsed p = parse("bom-crlf.csv", "2026-03");
    assertEquals(2, p.accepted().size(), p.rejected().toString());
    assertEquals(Arrays.asList("ward_health_insurance", "2025", "thao_nguyen_ward", d("0.930000"),
        "preliminary", "BHXH", null), typed(p.rows().get(0)), "93 % = 0.93");
    assertEquals(Arrays.asList("culture_week", "2025", "moc_chau_area", d("1.000000"), "official",
        "UBND", null), typed(p.rows().get(1)), "x = 1; Toàn vùng = moc_chau_area");
  }

  @Test
  void gzip() {
    Parsed p = parse("gzip.csv.gz", "2026-03");
    assertEquals(Arrays.asList("visitors", "2025", "tourism_area", d("4066680.000000"), "official",
        "Sở VHTTDL", null), typed(p.accepted().get(0)));
  }

  /** Each defect file: one good row, then the defect on line 3. */
  /**
   * A form from jobs/template with one row filled in: the rows left as the template wrote them
   * (value, status, source and note all empty) are blank lines, not rejected rows, so an office
   * that reports 5 of 50 indicators does not stop its month at the 2 % gate. A row with anything
   * filled in is checked as usual (line 5: a source but no value).
   */
  @Test
  void rowsOfTheFormLeftUnfilledAreBlankLines() {
    Parsed p = parse("form-partly-filled.csv", "2026-02");
    assertEquals(List.of(List.of("ward_health_insurance", "2025", "thao_nguyen_ward",
        d("0.935000"), "official", "BHXH khu vực Mộc Châu")), p.accepted().stream()
        .map(r -> typed(r).subList(0, 6)).toList());
    assertEquals(1, p.rejected().size());
    assertEquals(5, p.rejected().get(0).get("source_line"));
    assertEquals("value", p.rejected().get(0).get("column"));
    assertEquals(2, p.report().rowsRead());
    assertEquals(2, p.report().blankLines(), "the two unfilled rows");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "unknown-indicator.csv|unknown_indicator|indicator_id|ward_tea_outptu"
          + "|indicator_id 'ward_tea_outptu' is not in targets.csv: did you mean 'ward_tea_output'?",
      "bare-95-share.csv|bad_share|value|95|share '95' has no % sign (a number without % must be"
          + " 0 to 1): write 95% or 0.95",
      "share-above-100.csv|bad_share|value|100,5%|share '100,5%' is above 100 %",
      "annual-given-month.csv|wrong_frequency|period|2025-12"
          + "|indicator 'ward_health_insurance' is reported per year",
      "scope-not-the-indicators.csv|wrong_scope|scope|Phường Mộc Châu"
          + "|scope 'Phường Mộc Châu' is Phường Mộc Châu (03980), not the scope of indicator"
          + " 'ward_tea_output'",
      "unknown-scope.csv|unknown_scope|scope|Hà Nội|unknown scope 'Hà Nội'",
      "period-after-delivery.csv|period_not_started|period|2027"
          + "|period '2027' starts after the delivery month 2026-02",
      "missing-source.csv|missing_value|source||required value 'source' is empty",
      "percent-on-tonnes.csv|unexpected_percent|value|80%"
          + "|'80%' has a % sign but indicator 'ward_tea_output' is not a share"})
  void eachDefectRejectsItsRowWithItsReason(String fixture, String code, String column,
      String value, String reasonStart) {
    Parsed p = parse(fixture, "2026-02");
    assertEquals(1, p.accepted().size(), "the good row");
    assertEquals(1, p.rejected().size());
    Map<String, Object> bad = p.rejected().get(0);
    assertEquals(3, bad.get("source_line"));
    assertEquals(code, bad.get("reason_code"));
    assertEquals(column, bad.get("column"));
    assertEquals(value, bad.get("value"));
    assertTrue(((String) bad.get("reason_en")).startsWith(reasonStart), (String) bad.get(
        "reason_en"));
    assertTrue(!((String) bad.get("reason_vi")).isEmpty());
  }
}
