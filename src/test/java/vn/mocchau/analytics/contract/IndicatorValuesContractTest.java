package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mocchau.analytics.testing.IndicatorRegistry;

/**
 * Row rules of indicator_values (programme.md §1), one behaviour per test, against a small test
 * registry ({@link IndicatorRegistry}): a share, a yes/no, tonnes, a count; annual, quarterly
 * and monthly indicators; the three scopes.
 */
class IndicatorValuesContractTest {
  final IndicatorValuesContract contract = new IndicatorValuesContract();

  /** A row: id, period, scope, value, status, source (note and the informational columns empty). */
  ValidRow valid(String month, NumberStyle style, String... cells) throws RowRejectedException {
    return contract.validate(row(cells), IndicatorRegistry.context(month, style));
  }

  ValidRow valid(String... cells) throws RowRejectedException {
    return valid("2026-03", NumberStyle.VIETNAMESE, cells);
  }

  Rejection rejectedIn(String month, String... cells) {
    return assertThrows(RowRejectedException.class, () -> contract.validate(row(cells),
        IndicatorRegistry.context(month, NumberStyle.VIETNAMESE))).rejection();
  }

  Rejection rejected(String... cells) {
    return rejectedIn("2026-03", cells);
  }

  static String[] row(String... cells) {
    String[] all = new String[9];
    System.arraycopy(cells, 0, all, 0, cells.length);
    return all;
  }

  static BigDecimal value(ValidRow row) {
    return (BigDecimal) row.typedValues()[3];
  }

  @Test
  void anAcceptedRowHasTheCuratedTypedColumnsInOrder() throws Exception {
    ValidRow row = contract.validate(new String[] {"ward_tea_output", "2025", "03982", "812,5",
        "ước", "UBND phường", "ước cả năm", "Sản lượng chè", "tấn"},
        IndicatorRegistry.context("2026-03", NumberStyle.VIETNAMESE));
    assertArrayEquals(new Object[] {"ward_tea_output", "2025", "thao_nguyen_ward",
        new BigDecimal("812.500000"), "estimate", "UBND phường", "ước cả năm"}, row.typedValues());
    assertEquals("03982", row.localityCode(), "the ward is locality 03982");
    assertNull(row.reportingUnit(), "indicator values are keyed by scope, not reporting unit");
    assertEquals(java.util.List.of("indicator_id", "period", "scope", "value", "status", "source",
        "note"), java.util.List.of(contract.typedSchema().fieldNames()));
    assertEquals(java.util.List.of("indicator_id", "period", "scope"), contract.keyColumns());
    assertEquals(java.util.List.of("value"), contract.valueColumns(), "status, source and note"
        + " do not tell a duplicate from a conflict");
  }

  @Test
  void deliveriesAreNeverDue() {
    for (Month m : Month.values()) {
      assertTrue(!contract.expectedIn(YearMonth.of(2026, m)), m + " is not due");
    }
    assertEquals("when the offices have figures (no fixed due month; a month without a delivery"
        + " is not flagged)", contract.deliveryCalendar().description().en());
  }

  // ---- indicator ----

  @Test
  void anUnknownIndicatorSuggestsTheNearIds() {
    Rejection r = rejected("ward_tea_outptu", "2025", "thao_nguyen_ward", "800", "", "UBND");
    assertEquals(ReasonCode.UNKNOWN_INDICATOR, r.code());
    assertEquals("indicator_id", r.column());
    assertEquals("indicator_id 'ward_tea_outptu' is not in targets.csv: did you mean"
        + " 'ward_tea_output'? Correct the id in the file", r.reasonEn());
    assertEquals("mã chỉ tiêu 'ward_tea_outptu' không có trong targets.csv: có phải"
        + " 'ward_tea_output'? Hãy sửa mã trong tệp", r.reasonVi());
  }

  @Test
  void anUnknownIndicatorFarFromEveryIdIsNamed() {
    Rejection r = rejected("so_ho_ngheo", "2025", "thao_nguyen_ward", "800", "", "UBND");
    assertEquals(ReasonCode.UNKNOWN_INDICATOR, r.code());
    assertEquals("indicator_id 'so_ho_ngheo' is not in targets.csv", r.reasonEn());
  }

  @Test
  void anIdInOtherCaseOrSpacingIsTheRegistryId() throws Exception {
    assertEquals("ward_tea_output", valid("Ward Tea_OUTPUT", "2025", "03982", "800", null,
        "UBND").typedValues()[0]);
  }

  // ---- period ----

  @ParameterizedTest
  @CsvSource({"ward_tea_output, 2025, 2025", "ward_budget_revenue_q, 2026-Q1, 2026-Q1",
      "ward_budget_revenue_q, 2026-q1, 2026-Q1", "ward_new_enterprises_m, 2026-03, 2026-03",
      "ward_new_enterprises_m, 03/2026, 2026-03", "ward_new_enterprises_m, 3/2026, 2026-03"})
  void periodsAreWrittenCanonically(String id, String period, String canonical) throws Exception {
    assertEquals(canonical, valid(id, period, "03982", "1", null, "UBND").typedValues()[1]);
  }

  @ParameterizedTest
  @CsvSource({"2025-Q5", "25", "2025/26", "1999", "2026-13", "Q1-2026"})
  void aPeriodThatIsNoPeriodIsRejected(String period) {
    Rejection r = rejected("ward_tea_output", period, "03982", "800", null, "UBND");
    assertEquals(ReasonCode.BAD_PERIOD, r.code());
    assertEquals("'" + period + "' is not a period (a year: yyyy; a quarter: yyyy-Qn; a month:"
        + " yyyy-MM or MM/yyyy)", r.reasonEn());
  }

  @Test
  void anAnnualIndicatorGivenAMonthIsRejected() {
    Rejection r = rejected("ward_health_insurance", "2025-12", "03982", "0,95", null, "BHXH");
    assertEquals(ReasonCode.WRONG_FREQUENCY, r.code());
    assertEquals("period", r.column());
    assertEquals("indicator 'ward_health_insurance' is reported per year: period '2025-12' must"
        + " be a year, e.g. 2025", r.reasonEn());
    assertEquals("chỉ tiêu 'ward_health_insurance' có số liệu theo năm: kỳ '2025-12' phải là một"
        + " năm, ví dụ 2025", r.reasonVi());
  }

  @Test
  void aQuarterlyIndicatorGivenAYearAndAMonthlyGivenAQuarterAreRejected() {
    assertEquals("indicator 'ward_budget_revenue_q' is reported per quarter: period '2025' must"
        + " be a quarter, e.g. 2026-Q1", rejected("ward_budget_revenue_q", "2025", "03982", "5",
        null, "UBND").reasonEn());
    assertEquals(ReasonCode.WRONG_FREQUENCY, rejected("ward_new_enterprises_m", "2026-Q1",
        "03982", "5", null, "UBND").code());
  }

  @Test
  void theFiveFeedIndicatorsTakeAYear() throws Exception {
    assertEquals("2025", valid("visitors", "2025", "tourism_area", "4.066.680", null,
        "Sở VHTTDL").typedValues()[1]);
    assertEquals(ReasonCode.WRONG_FREQUENCY, rejected("visitors", "2025-10", "tourism_area",
        "400000", null, "Sở VHTTDL").code());
  }

  @Test
  void aPeriodStartingAfterTheDeliveryMonthIsRejectedAndARunningOneAccepted() throws Exception {
    Rejection r = rejectedIn("2026-02", "ward_tea_output", "2027", "03982", "800", "ước", "UBND");
    assertEquals(ReasonCode.PERIOD_NOT_STARTED, r.code());
    assertEquals("period '2027' starts after the delivery month 2026-02: it cannot have a value"
        + " yet", r.reasonEn());
    assertEquals("kỳ '2027' bắt đầu sau tháng số liệu 02/2026: chưa thể có số liệu", r.reasonVi());
    // An estimate for the running year, delivered in its first month, is fine.
    assertEquals("2026", valid("2026-01", NumberStyle.VIETNAMESE, "ward_tea_output", "2026",
        "03982", "800", "ước", "UBND").typedValues()[1]);
    // A quarter starts in its first month: Q2 (April) after March, Q1 in January.
    assertEquals(ReasonCode.PERIOD_NOT_STARTED, rejectedIn("2026-03", "ward_budget_revenue_q",
        "2026-Q2", "03982", "5", null, "UBND").code());
    assertEquals("2026-Q1", valid("2026-01", NumberStyle.VIETNAMESE, "ward_budget_revenue_q",
        "2026-Q1", "03982", "5", null, "UBND").typedValues()[1]);
    assertEquals(ReasonCode.PERIOD_NOT_STARTED, rejectedIn("2026-03", "ward_new_enterprises_m",
        "2026-04", "03982", "5", null, "UBND").code());
  }

  // ---- scope ----

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"thao_nguyen_ward", "THAO NGUYEN WARD", "03982",
      "P. Thảo Nguyên", "phuong thao nguyen", "Phường Thảo Nguyên", "P. Cờ Đỏ",
      "Thao Nguyen ward"})
  void theWardIsNamedByItsScopeOrByAnyNameOfLocality03982(String scope) throws Exception {
    ValidRow row = valid("ward_tea_output", "2025", scope, "800", null, "UBND");
    assertEquals("thao_nguyen_ward", row.typedValues()[2]);
    assertEquals("03982", row.localityCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"visitors|tourism_area|tourism_area",
      "visitors|Tourism Area|tourism_area", "visitors|Khu du lịch quốc gia Mộc Châu|tourism_area",
      "culture_week|moc_chau_area|moc_chau_area", "culture_week|vùng Mộc Châu|moc_chau_area",
      "culture_week|TOÀN VÙNG|moc_chau_area"})
  void areaScopesAreMatchedByName(String id, String scope, String canonical) throws Exception {
    ValidRow row = valid(id, "2025", scope, "1", null, "UBND");
    assertEquals(canonical, row.typedValues()[2]);
    assertNull(row.localityCode());
  }

  @Test
  void anotherLocalityIsNotTheIndicatorsScope() {
    Rejection r = rejected("ward_tea_output", "2025", "Phường Mộc Châu", "800", null, "UBND");
    assertEquals(ReasonCode.WRONG_SCOPE, r.code());
    assertEquals("scope", r.column());
    assertEquals("scope 'Phường Mộc Châu' is Phường Mộc Châu (03980), not the scope of indicator"
        + " 'ward_tea_output': 'thao_nguyen_ward'", r.reasonEn());
    assertEquals("phạm vi 'Phường Mộc Châu' là Phường Mộc Châu (03980), không phải phạm vi của"
        + " chỉ tiêu 'ward_tea_output': phường Thảo Nguyên (thao_nguyen_ward)", r.reasonVi());
  }

  @Test
  void anotherRegistryScopeIsNotTheIndicatorsScope() {
    Rejection r = rejected("ward_tea_output", "2025", "tourism_area", "800", null, "UBND");
    assertEquals(ReasonCode.WRONG_SCOPE, r.code());
    assertEquals("phạm vi 'tourism_area' là khu du lịch quốc gia Mộc Châu (tourism_area), không"
        + " phải phạm vi của chỉ tiêu 'ward_tea_output': phường Thảo Nguyên (thao_nguyen_ward)",
        r.reasonVi());
    assertEquals(ReasonCode.WRONG_SCOPE, rejected("visitors", "2025", "03982", "100", null,
        "UBND").code(), "the ward is not the tourism area");
  }

  @Test
  void anUnresolvableScopeNamesTheValue() {
    Rejection r = rejected("ward_tea_output", "2025", "Hà Nội", "800", null, "UBND");
    assertEquals(ReasonCode.UNKNOWN_SCOPE, r.code());
    assertEquals("Hà Nội", r.value());
    assertEquals("unknown scope 'Hà Nội': indicator 'ward_tea_output' has scope"
        + " 'thao_nguyen_ward'", r.reasonEn());
    assertEquals("phạm vi không xác định 'Hà Nội': chỉ tiêu 'ward_tea_output' có phạm vi phường"
        + " Thảo Nguyên (thao_nguyen_ward)", r.reasonVi());
  }

  // ---- value ----

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"95%|0.950000", "95 %|0.950000", "95,5%|0.955000",
      "0,95|0.950000", "0,950|0.950000", "0.95|0.950000", "1|1.000000", "0|0.000000",
      "100%|1.000000", "0,18%|0.001800"})
  void aShareIsAPerCentOrANumberUpToOne(String text, String expected) throws Exception {
    assertEquals(new BigDecimal(expected), value(valid("ward_health_insurance", "2025", "03982",
        text, null, "BHXH")));
  }

  @Test
  void theFileStyleDecidesAnAmbiguousValue() throws Exception {
    // "2.150": 2150 in a Vietnamese file, 2.15 in an international one, rejected when the
    // file's numbers use both styles.
    assertEquals(new BigDecimal("2150.000000"), value(valid("2026-03", NumberStyle.VIETNAMESE,
        "ward_tea_output", "2025", "03982", "2.150", null, "UBND")));
    assertEquals(new BigDecimal("2.150000"), value(valid("2026-03", NumberStyle.INTERNATIONAL,
        "ward_tea_output", "2025", "03982", "2.150", null, "UBND")));
    assertEquals(ReasonCode.AMBIGUOUS_NUMBER, assertThrows(RowRejectedException.class,
        () -> valid("2026-03", NumberStyle.CONFLICTING, "ward_tea_output", "2025", "03982",
            "2.150", null, "UBND")).rejection().code());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"95", "1,5", "100,5%", "101 %"})
  void aBareNumberAboveOneOrAShareAbove100PerCentIsRejected(String text) {
    Rejection r = rejected("ward_health_insurance", "2025", "03982", text, null, "BHXH");
    assertEquals(ReasonCode.BAD_SHARE, r.code());
    assertEquals("value", r.column());
    // A bare number above 1 lacks its % sign; a share with one is above 100 %.
    if (text.contains("%")) {
      assertEquals("share '" + text + "' is above 100 %", r.reasonEn());
      assertEquals("tỷ lệ '" + text + "' lớn hơn 100 %", r.reasonVi());
    } else {
      assertEquals("share '" + text + "' has no % sign (a number without % must be 0 to 1):"
          + " write 95% or 0.95", r.reasonEn());
      assertEquals("tỷ lệ '" + text + "' thiếu dấu % (số không có dấu % phải từ 0 đến 1): hãy"
          + " ghi 95% hoặc 0,95", r.reasonVi());
    }
  }

  @Test
  void aPerCentOnAnotherUnitIsRejected() {
    Rejection r = rejected("ward_tea_output", "2025", "03982", "80%", null, "UBND");
    assertEquals(ReasonCode.UNEXPECTED_PERCENT, r.code());
    assertEquals("'80%' has a % sign but indicator 'ward_tea_output' is not a share: write the"
        + " number in the indicator's unit", r.reasonEn());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"có|1", "CÓ|1", "co|1", "yes|1", "Yes|1", "1|1", "x|1",
      "X|1", "không|0", "Không|0", "khong|0", "no|0", "0|0"})
  void yesNoWordsAreOneOrZero(String text, int expected) throws Exception {
    assertEquals(new BigDecimal(expected).setScale(6), value(valid("culture_week", "2025",
        "moc_chau_area", text, null, "UBND")));
  }

  @Test
  void anotherWordForYesNoIsRejected() {
    Rejection r = rejected("culture_week", "2025", "moc_chau_area", "chưa rõ", null, "UBND");
    assertEquals(ReasonCode.UNKNOWN_VALUE, r.code());
    assertEquals("value", r.column());
  }

  @Test
  void negativeAndUnreadableValuesAreRejected() {
    assertEquals(ReasonCode.NEGATIVE_VALUE, rejected("ward_tea_output", "2025", "03982", "-5",
        null, "UBND").code());
    assertEquals(ReasonCode.NEGATIVE_VALUE, rejected("ward_health_insurance", "2025", "03982",
        "-5%", null, "UBND").code());
    assertEquals(ReasonCode.BAD_NUMBER, rejected("ward_tea_output", "2025", "03982", "khoảng 800",
        null, "UBND").code());
    Rejection r = rejected("ward_health_insurance", "2025", "03982", "khoảng 90%", null, "BHXH");
    assertEquals(ReasonCode.BAD_NUMBER, r.code());
    assertEquals("'khoảng 90%' is not a number", r.reasonEn(), "quoted as delivered");
    assertEquals("'khoảng 90%' không phải là số", r.reasonVi());
  }

  // ---- status, source ----

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"|official", "official|official", "Chính thức|official",
      "chinh thuc|official", "sơ bộ|preliminary", "Preliminary|preliminary", "ước|estimate",
      "Ước tính|estimate", "ƯỚC THỰC HIỆN|estimate", "estimate|estimate"})
  void statusWordsAndEmptyForOfficial(String status, String canonical) throws Exception {
    assertEquals(canonical, valid("ward_tea_output", "2025", "03982", "800", status, "UBND")
        .typedValues()[4]);
  }

  @Test
  void anUnknownStatusIsRejected() {
    Rejection r = rejected("ward_tea_output", "2025", "03982", "800", "dự kiến", "UBND");
    assertEquals(ReasonCode.UNKNOWN_VALUE, r.code());
    assertEquals("status", r.column());
    assertEquals("'dự kiến' không phải là tình trạng hợp lệ (cần một trong: chính thức, sơ bộ,"
        + " ước)", r.reasonVi());
  }

  @Test
  void theSourceIsRequired() {
    Rejection r = rejected("ward_tea_output", "2025", "03982", "800", "official", null);
    assertEquals(ReasonCode.MISSING_VALUE, r.code());
    assertEquals("source", r.column());
    assertEquals("thiếu giá trị bắt buộc 'nguồn'", r.reasonVi());
  }
}
