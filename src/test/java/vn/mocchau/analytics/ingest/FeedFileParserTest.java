package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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

/**
 * Contract tests, one small file per accepted variant and per defect of feeds.md §2 (fixtures in
 * src/test/resources/fixtures/files). The parser runs as in a Spark task, without the session.
 */
class FeedFileParserTest {

  /** A parsed fixture: its rows (by column name) and its file report. */
  record Parsed(List<Map<String, Object>> rows, FileReport report) {
    Map<String, Object> row(int index) {
      return rows.get(index);
    }

    long count(String status) {
      return rows.stream().filter(r -> status.equals(r.get("status"))).count();
    }
  }

  static Parsed parse(Feed feed, String fixture, String month) {
    FeedContract contract = feed.contract();
    Path path = Fixtures.resource("fixtures/files/" + feed.folder() + "/" + fixture);
    FeedFileParser parser = new FeedFileParser(contract, Fixtures.reference(),
        YearMonth.parse(month), Map.of());
    StructType schema = StagingSchema.of(contract);
    List<FileSummary> summaries = new ArrayList<>();
    Iterator<Object[]> rows = parser.parse(new DeliveryFile(path.toUri().toString(),
        feed.folder() + "/" + month + "/" + fixture, 0), summaries::add);
    List<Map<String, Object>> parsed = new ArrayList<>();
    while (rows.hasNext()) {
      assertTrue(summaries.isEmpty(), "the summary comes after the last row");
      Object[] row = rows.next();
      assertEquals(schema.size(), row.length, "row width matches the staging schema");
      Map<String, Object> byName = new java.util.HashMap<>();
      for (int i = 0; i < schema.size(); i++) {
        byName.put(schema.fields()[i].name(), row[i]);
      }
      parsed.add(byName);
    }
    assertEquals(1, summaries.size(), "exactly one summary");
    FileSummary summary = summaries.get(0);
    FileReport report = summary.report();
    long accepted = parsed.stream().filter(r -> "accepted".equals(r.get("status"))).count();
    assertEquals(parsed.size(), summary.read(), "the summary counts every row");
    assertEquals(accepted, summary.accepted());
    assertEquals(parsed.size() - accepted, summary.rejected());
    assertEquals(accepted, summary.acceptedKeyHashes().length, "one key hash per accepted row");
    assertNotNull(report);
    return new Parsed(parsed, report);
  }

  static Parsed visitors(String fixture) {
    return parse(Feed.VISITOR_COUNTS, fixture, "2026-01");
  }

  @Test
  void plainFile() {
    Parsed p = visitors("plain.csv");
    assertEquals(2, p.rows().size());
    assertEquals(2, p.report().rowsRead());
    assertEquals(",", p.report().delimiter());
    assertEquals(LocalDate.of(2026, 1, 5), p.row(0).get("date"));
    assertEquals(120L, p.row(0).get("arrivals"));
    assertEquals("03982", p.row(1).get("locality_code"));
    assertEquals(3, p.row(1).get("source_line"));
    assertEquals("2026-01-05,P. Thảo Nguyên,international,7", p.row(1).get("raw_line"));
    assertEquals(64, p.report().sha256().length());
    assertFalse(p.report().failed());
  }

  @Test
  void byteOrderMarkAndCrlf() {
    Parsed p = visitors("bom-crlf.csv");
    assertEquals(2, p.count("accepted"));
    assertEquals(1234L, p.row(1).get("arrivals"));
    assertEquals("04048", p.row(1).get("locality_code"));
    assertEquals("06/01/2026,Xã Vân Hồ,nội địa,1.234", p.row(1).get("raw_line"));
  }

  @Test
  void semicolonVietnameseHeadersAnyOrderExtraColumnsReported() {
    Parsed p = visitors("semicolon-vietnamese-header.csv");
    assertEquals(";", p.report().delimiter());
    assertEquals(List.of("Ghi chú"), p.report().extraColumns());
    assertEquals(2, p.count("accepted"));
    assertEquals(1234L, p.row(0).get("arrivals"));
    assertEquals("domestic", p.row(0).get("origin"));
    assertEquals("international", p.row(1).get("origin"));
    assertEquals("co do", p.row(1).get("reporting_unit"));
  }

  @Test
  void nfdTextIsNormalisedToNfc() {
    Parsed p = visitors("nfd.csv");
    assertEquals(2, p.count("accepted"));
    assertEquals("Phường Thảo Nguyên", p.row(0).get("locality"));
    assertEquals("04000", p.row(1).get("locality_code"));
  }

  @Test
  void rfc4180QuotingWithQuotedCommasQuotesAndLineBreaks() {
    Parsed p = visitors("quoted.csv");
    assertEquals(4, p.report().rowsRead());
    assertEquals(1234L, p.row(0).get("arrivals"));
    assertEquals(3, p.row(1).get("source_line"));
    assertEquals("2026-01-06,03982,domestic,5,\"two\nlines\"", p.row(1).get("raw_line"));
    assertEquals(5, p.row(2).get("source_line"), "a quoted line break moves later line numbers");
    assertEquals("rejected", p.row(2).get("status"));
    assertEquals("Xã Tân Yên, Mộc Châu", p.row(2).get("value"));
    assertEquals(6, p.row(3).get("source_line"));
    assertEquals("accepted", p.row(3).get("status"));
  }

  @Test
  void blankLinesAndEmptyRowsAreIgnoredNotCounted() {
    Parsed p = visitors("blank-lines.csv");
    assertEquals(2, p.report().rowsRead());
    assertEquals(2, p.count("accepted"));
    assertEquals(List.of(3, 6), p.rows().stream().map(r -> r.get("source_line")).toList());
    assertTrue(p.report().blankLines() >= 5, "blank lines are reported: " + p.report());
  }

  @Test
  void gzipFilesAreReadAndHashedAsDelivered() {
    Parsed p = visitors("gzip.csv.gz");
    assertEquals(1, p.count("accepted"));
    assertFalse(p.report().failed());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not-utf8.csv|not valid UTF-8|không phải UTF-8",
      "empty.csv|empty file|tệp rỗng",
      "blank-only.csv|empty file|tệp rỗng",
      "missing-column.csv|missing required column(s) arrivals (lượt khách / số lượt)|thiếu cột bắt buộc 'lượt khách' hoặc 'số lượt'",
      "duplicate-header.csv|column 'date' appears twice|cột 'ngày' xuất hiện hai lần",
      "bad-gzip.csv.gz|unreadable gzip|tệp gzip không đọc được (tệp nén bị hỏng hoặc không phải gzip)",
      "truncated.csv.gz|unreadable gzip|tệp gzip không đọc được (tệp nén bị hỏng hoặc không phải gzip)"})
  void fileLevelProblemsFailTheFileWithAMessage(String fixture, String english, String vietnamese) {
    Parsed p = visitors(fixture);
    assertTrue(p.report().failed(), fixture);
    assertTrue(p.report().errorEn().contains(english), p.report().errorEn());
    assertTrue(p.report().errorVi().contains(vietnamese), p.report().errorVi());
  }

  @Test
  void missingColumnMessageShowsTheHeaderFound() {
    Parsed p = visitors("missing-column.csv");
    assertTrue(p.report().errorEn().contains("[date, locality, origin, visitors]"),
        p.report().errorEn());
  }

  @Test
  void headerOnlyFileIsDeliveredWithNoRows() {
    Parsed p = visitors("header-only.csv");
    assertFalse(p.report().failed());
    assertEquals(0, p.report().rowsRead());
  }

  @Test
  void rowsWithTheWrongNumberOfFieldsAreRejected() {
    Parsed p = visitors("wrong-field-count.csv");
    assertEquals(3, p.report().rowsRead());
    assertEquals(2, p.count("rejected"));
    assertEquals("(row)", p.row(0).get("column"));
    assertTrue(((String) p.row(0).get("reason_en")).contains("5 fields where the header has 4"));
    assertTrue(((String) p.row(1).get("reason_en")).contains("2 fields where the header has 4"));
    assertEquals("field_count", p.row(0).get("reason_code"));
    assertEquals("accepted", p.row(2).get("status"));
    assertNull(p.row(2).get("reason_code"), "an accepted row has no reason code");
  }

  @Test
  void anUnterminatedQuoteRejectsTheRestOfTheFileAsOneRow() {
    Parsed p = visitors("unterminated-quote.csv");
    assertEquals(2, p.report().rowsRead());
    assertEquals("accepted", p.row(0).get("status"));
    assertEquals("rejected", p.row(1).get("status"));
    assertTrue(((String) p.row(1).get("reason_en")).contains("never closed"));
    assertEquals("unclosed_quote", p.row(1).get("reason_code"));
  }

  @Test
  void vietnameseStyleDecidesAmbiguousAmounts() {
    Parsed p = parse(Feed.REVENUE, "style-vietnamese.csv", "2026-01");
    assertEquals("VIETNAMESE", p.report().numberStyle());
    assertEquals(new BigDecimal("1234500000"), p.row(0).get("amount_vnd"));
    assertEquals(new BigDecimal("2150000000"), p.row(1).get("amount_vnd"));
  }

  @Test
  void internationalStyleDecidesAmbiguousAmounts() {
    Parsed p = parse(Feed.REVENUE, "style-international.csv", "2026-01");
    assertEquals("INTERNATIONAL", p.report().numberStyle());
    assertEquals(new BigDecimal("1234500000"), p.row(0).get("amount_vnd"));
    assertEquals(new BigDecimal("2150000000"), p.row(1).get("amount_vnd"), "2.150 tỷ");
  }

  @Test
  void withoutRevealingCellsVietnameseStyleIsAssumed() {
    Parsed p = parse(Feed.REVENUE, "style-assumed.csv", "2026-01");
    assertEquals("ASSUMED_VIETNAMESE", p.report().numberStyle());
    assertEquals(new BigDecimal("2150000000"), p.row(0).get("amount_vnd"));
  }

  @Test
  void conflictingStylesRejectOnlyTheAmbiguousCells() {
    Parsed p = parse(Feed.REVENUE, "style-conflicting.csv", "2026-01");
    assertEquals("CONFLICTING", p.report().numberStyle());
    assertEquals(2, p.count("accepted"));
    assertEquals("rejected", p.row(2).get("status"));
    assertEquals("amount", p.row(2).get("column"));
    assertTrue(((String) p.row(2).get("reason_en")).contains("ambiguous"));
    assertEquals("ambiguous_number", p.row(2).get("reason_code"));
  }

  @Test
  void theReportKeepsEachColumnsHeaderAsTheFileWroteIt() {
    Parsed p = visitors("semicolon-vietnamese-header.csv");
    assertEquals(Map.of("arrivals", "Lượt khách", "origin", "Nguồn khách", "date", "Ngày",
        "locality", "Xã phường"), p.report().headerTexts());
  }

  @Test
  void aFileSummaryWithARowWarningTravelsFromTheTaskToTheDriver() throws Exception {
    // Spark sends each task's summary back by Java serialization: the bilingual warning too.
    FileSummary summary = new FileSummary(visitors("plain.csv").report(), 1, 1, 0, 1,
        new vn.mocchau.analytics.contract.Notice("closed", "không hoạt động"), Map.of(), Map.of(),
        new long[] {7L});
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(summary);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      FileSummary back = (FileSummary) in.readObject();
      assertEquals("không hoạt động", back.firstWarning().vi());
      assertEquals(summary.report().headerTexts(), back.report().headerTexts());
    }
  }
}
