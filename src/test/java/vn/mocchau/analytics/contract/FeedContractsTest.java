package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.text.Reason;

/** Row rules of the four feeds (feeds.md §3–§4), one behaviour per test. */
class FeedContractsTest {

  static Rejection rejected(FeedContract contract, String month, String... cells) {
    return assertThrows(RowRejectedException.class,
        () -> contract.validate(cells, Fixtures.context(month))).rejection();
  }

  @Nested
  class Localities {
    final VisitorCountsContract visitors = new VisitorCountsContract();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"03982|thao nguyen", "P. Thảo Nguyên|thao nguyen",
        "phuong thao nguyen|thao nguyen", "THẢO NGUYÊN|thao nguyen", "Cờ Đỏ|co do",
        "P. Cờ Đỏ|co do", "Thao Nguyen ward|thao nguyen ward"})
    void resolveByCodeNameOrAliasToTheCurrentUnit(String locality, String reportingUnit)
        throws Exception {
      ValidRow row = visitors.validate(
          new String[] {"2026-01-05", locality, "domestic", "10"}, Fixtures.context("2026-01"));
      assertEquals("03982", row.localityCode());
      assertEquals(reportingUnit, row.reportingUnit());
    }

    @Test
    void legacyUnitsOfBothFormerDistrictsResolve() throws Exception {
      assertEquals("03985", visitors.validate(new String[] {"2026-01-05", "Chiềng Xuân",
          "domestic", "1"}, Fixtures.context("2026-01")).localityCode());
      assertEquals("04006", visitors.validate(new String[] {"2026-01-05", "X. Liên Hoà",
          "domestic", "1"}, Fixtures.context("2026-01")).localityCode());
    }

    @Test
    void unknownLocalityNamesTheValueAndTheFix() {
      Rejection r = rejected(visitors, "2026-01", "2026-01-05", "Tân Lập", "domestic", "10");
      assertEquals("locality", r.column());
      assertEquals("Tân Lập", r.value());
      assertTrue(r.reasonEn().contains("unknown locality 'Tân Lập'"), r.reasonEn());
      assertTrue(r.reasonEn().contains("locality_aliases.csv"), r.reasonEn());
      assertTrue(r.reasonVi().contains("địa bàn không xác định"), r.reasonVi());
      assertEquals(ReasonCode.UNKNOWN_LOCALITY, r.code());
    }

    @Test
    void aTypoOfAKnownUnitSuggestsItInsteadOfAnAlias() {
      Rejection r = rejected(visitors, "2026-01", "2026-01-05", "Phường Mộc Chuau", "domestic",
          "10");
      assertEquals(ReasonCode.UNKNOWN_LOCALITY, r.code());
      assertEquals("địa bàn không xác định 'Phường Mộc Chuau': có phải 'Phường Mộc Châu'? Hãy sửa"
          + " tên trong tệp", r.reasonVi());
      assertEquals("unknown locality 'Phường Mộc Chuau': did you mean 'Phường Mộc Châu'? Correct"
          + " the name in the file", r.reasonEn());
      assertFalse(r.reasonVi().contains("locality_aliases.csv"), r.reasonVi());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Xa Doan Ket|Xã Đoàn Kết", "P. Thao Nguyen|Phường Thảo Nguyên",
        "X. Chieng Xuan|X. Chiềng Xuân", "Song Khua|Xã Song Khủa"})
    void typosWithoutDiacriticsOrWithAMissingLetterAreNearTheirUnit(String typo, String name) {
      String text = typo.replace("Doan", "Doaan").replace("Thao", "Thaoo").replace("Chieng",
          "Chiengg").replace("Song", "Sng");
      Rejection r = rejected(visitors, "2026-01", "2026-01-05", text, "domestic", "1");
      assertTrue(r.reasonVi().contains("có phải '" + name + "'?"), r.reasonVi());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tân Lập", "Chiềng Ve", "Mộc", "Na Ka"})
    void aNameFarFromEveryUnitKeepsTheAliasAdvice(String name) {
      Rejection r = rejected(visitors, "2026-01", "2026-01-05", name, "domestic", "1");
      assertFalse(r.reasonVi().contains("có phải"), r.reasonVi());
      assertTrue(r.reasonVi().contains("cán bộ cần bổ sung vào locality_aliases.csv"),
          r.reasonVi());
    }
  }

  /** Every row rule sets a stable reason code, and its Vietnamese reason names no English code. */
  @Nested
  class ReasonCodes {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "visitor_counts|2026-01|missing_value|2026-01-05;03982;null;3",
        "visitor_counts|2026-01|bad_date|05-01-2026;03982;domestic;3",
        "visitor_counts|2026-01|bad_date|31/02/2026;03982;domestic;3",
        "visitor_counts|2026-01|outside_month|2026-02-01;03982;domestic;3",
        "visitor_counts|2026-01|unknown_locality|2026-01-05;Tân Lập;domestic;3",
        "visitor_counts|2026-01|unknown_value|2026-01-05;03982;khách lẻ;3",
        "visitor_counts|2026-01|negative_value|2026-01-05;03982;domestic;-3",
        "visitor_counts|2026-01|bad_number|2026-01-05;03982;domestic;1.23",
        "visitor_counts|2026-01|too_large|2026-01-05;03982;domestic;9999999999999999999",
        "revenue|2026-01|bad_month|13/2026;03982;khác;1;dong",
        "revenue|2026-01|bad_month|tháng một;03982;khác;1;dong",
        "revenue|2026-01|outside_month|12/2025;03982;khác;1;dong",
        "revenue|2026-01|negative_value|2026-01;03982;khác;-1;dong",
        "revenue|2026-01|bad_number|2026-01;03982;khác;1,2,3;dong",
        "revenue|2026-01|too_large|2026-01;03982;khác;99999999999999999;tỷ đồng",
        "revenue|2026-01|unknown_value|2026-01;03982;khác;1;đô la",
        "stays|2026-01|unknown_establishment|R1;CS-9999;2026-01-10;2026-01-11;2;VN",
        "stays|2026-01|outside_month|R1;CS-0001;2026-02-01;2026-02-02;2;VN",
        "stays|2026-02|outside_month|R1;CS-0001;2026-01-30;2026-02-01;2;VN",
        "stays|2026-01|check_out_before_check_in|R1;CS-0001;2026-01-12;2026-01-10;2;VN",
        "stays|2026-01|below_minimum|R1;CS-0001;2026-01-10;2026-01-11;0;VN",
        "stays|2026-01|bad_nationality|R1;CS-0001;2026-01-10;2026-01-11;2;Lào",
        "stays|2026-01|stay_too_long|R1;CS-0001;2025-10-01;2026-01-05;2;VN",
        "stays|2026-01|missing_value|R1;CS-0001;null;2026-01-11;2;VN",
        "biomass_corn|2025-07|bad_year|1999;spring;03982;1;null;null;null",
        "biomass_corn|2025-07|bad_year|2026;spring;03982;1;null;null;null",
        "biomass_corn|2025-07|unknown_value|2025;mùa mưa;03982;1;null;null;null",
        "biomass_corn|2025-07|harvested_above_planted|2025;spring;03982;100;101;3500;40",
        "biomass_corn|2025-07|too_large|2025;spring;03982;99999999999999999;null;null;null",
        "biomass_corn|2025-07|negative_value|2025;spring;03982;1;null;null;-4"})
    void eachRuleHasItsCode(String feed, String month, String code, String cells) {
      FeedContract contract = java.util.Arrays.stream(Feed.values())
          .filter(f -> f.folder().equals(feed)).findFirst().orElseThrow().contract();
      String[] values = java.util.Arrays.stream(cells.split(";", -1))
          .map(c -> c.equals("null") ? null : c).toArray(String[]::new);
      Rejection r = rejected(contract, month, values);
      assertEquals(code, r.code(), r.reasonEn());
      assertTrue(ReasonCode.ALL.containsKey(r.code()));
      // Vietnamese reasons name columns in Vietnamese: no contract code reaches the officer
      // (reference file names such as localities.csv are names, not words).
      String words = r.reasonVi().replaceAll("[a-z_]+\\.csv", "");
      for (ColumnSpec column : contract.columns()) {
        if (!column.name().equals(column.viName())) {
          assertFalse(words.contains(column.name()), column.name() + " in " + r.reasonVi());
        }
      }
    }

    @Test
    void aMissingValueIsNamedInVietnamese() {
      Rejection r = rejected(new VisitorCountsContract(), "2026-01", "2026-01-05", "03982", null,
          "3");
      assertEquals("thiếu giá trị bắt buộc 'nguồn khách'", r.reasonVi());
    }

    @Test
    void anUnknownOriginListsTheValuesInVietnamese() {
      Rejection r = rejected(new VisitorCountsContract(), "2026-01", "2026-01-05", "03982",
          "khách lẻ", "3");
      assertEquals("'khách lẻ' không phải là nguồn khách hợp lệ (cần một trong: nội địa, quốc tế)",
          r.reasonVi());
    }

    @Test
    void monthsInVietnameseReasonsAreWrittenTheVietnameseWay() {
      Rejection r = rejected(new VisitorCountsContract(), "2026-01", "2026-02-01", "03982",
          "domestic", "1");
      assertEquals("ngày 2026-02-01 nằm ngoài tháng số liệu 01/2026", r.reasonVi());
    }

    @Test
    void aRejectionWithoutADocumentedCodeCannotBeMade() {
      assertThrows(IllegalArgumentException.class,
          () -> Rejection.of("some_new_kind", "date", "x", Reason.NOT_A_DATE, "x"));
    }
  }

  /** Which months a delivery is due (the contract's delivery calendar). */
  @Nested
  class DeliveryCalendars {
    @Test
    void tourismFeedsAreDueEveryMonth() {
      for (Feed feed : Feed.TOURISM) {
        for (int m = 1; m <= 12; m++) {
          assertTrue(feed.contract().expectedIn(java.time.YearMonth.of(2026, m)), feed + " " + m);
        }
      }
    }

    @Test
    void cornIsDueAfterEachHarvestOnly() {
      FeedContract corn = Feed.BIOMASS_CORN.contract();
      List<Integer> due = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        if (corn.expectedIn(java.time.YearMonth.of(2026, m))) {
          due.add(m);
        }
      }
      assertEquals(List.of(2, 7, 11), due);
    }
  }

  @Nested
  class VisitorCounts {
    final VisitorCountsContract contract = new VisitorCountsContract();

    @ParameterizedTest
    @CsvSource({"nội địa, domestic", "Trong nước, domestic", "NOI DIA, domestic",
        "quốc tế, international", "Nước ngoài, international", "International, international"})
    void originAcceptsItsAliases(String text, String canonical) throws Exception {
      ValidRow row = contract.validate(new String[] {"2026-01-05", "03982", text, "1.234"},
          Fixtures.context("2026-01"));
      assertArrayEquals(new Object[] {LocalDate.of(2026, 1, 5), canonical, 1234L},
          row.typedValues());
    }

    @Test
    void dateMustBeInsideTheDeliveryMonth() {
      Rejection r = rejected(contract, "2026-01", "2026-02-01", "03982", "domestic", "1");
      assertEquals("date", r.column());
      assertTrue(r.reasonEn().contains("outside the delivery month 2026-01"), r.reasonEn());
    }

    @Test
    void negativeArrivalsAreRejected() {
      Rejection r = rejected(contract, "2026-01", "2026-01-05", "03982", "domestic", "-3");
      assertEquals("arrivals", r.column());
    }

    @Test
    void missingRequiredValueNamesTheColumn() {
      Rejection r = rejected(contract, "2026-01", "2026-01-05", "03982", null, "3");
      assertEquals("origin", r.column());
      assertTrue(r.reasonEn().contains("required value 'origin' is empty"));
    }

    @Test
    void unknownOriginListsTheAcceptedValues() {
      Rejection r = rejected(contract, "2026-01", "2026-01-05", "03982", "khách lẻ", "3");
      assertTrue(r.reasonEn().contains("[domestic, international]"), r.reasonEn());
    }
  }

  @Nested
  class Stays {
    final StaysContract contract = new StaysContract();

    Object[] values(String month, String checkIn, String checkOut) throws Exception {
      return contract.validate(new String[] {"R1", "CS-0001", checkIn, checkOut, "3", "VN"},
          Fixtures.context(month)).typedValues();
    }

    /** nights_in_month, guest_nights, overnight_arrival, day_use, in_house. */
    Object[] measures(Object[] v) {
      return new Object[] {v[7], v[8], v[9], v[10], v[11]};
    }

    @Test
    void aStayInsideTheMonthCountsAllItsNights() throws Exception {
      assertArrayEquals(new Object[] {2, 6L, true, false, false},
          measures(values("2026-01", "2026-01-10", "2026-01-12")));
    }

    @Test
    void aStayCrossingMonthEndCountsOnlyThisMonthsNightsInEachDelivery() throws Exception {
      // 30 Jan to 3 Feb: nights of 30 and 31 Jan in January, 1 and 2 Feb in February.
      assertArrayEquals(new Object[] {2, 6L, true, false, false},
          measures(values("2026-01", "2026-01-30", "2026-02-03")));
      assertArrayEquals(new Object[] {2, 6L, false, false, false},
          measures(values("2026-02", "2026-01-30", "2026-02-03")));
    }

    @Test
    void anEmptyCheckOutMeansInHouseThroughTheLastNightOfTheMonth() throws Exception {
      assertArrayEquals(new Object[] {3, 9L, true, false, true},
          measures(values("2026-01", "2026-01-29", null)));
    }

    @Test
    void checkOutEqualToCheckInIsDayUseNotOvernight() throws Exception {
      assertArrayEquals(new Object[] {0, 0L, false, true, false},
          measures(values("2026-01", "2026-01-15", "2026-01-15")));
    }

    @Test
    void aStayCheckingOutOnTheFirstHasNoNightInThatMonth() {
      Rejection r = rejected(contract, "2026-02", "R1", "CS-0001", "2026-01-30", "2026-02-01",
          "2", "VN");
      assertTrue(r.reasonEn().startsWith("outside delivery month"), r.reasonEn());
      assertTrue(r.reasonVi().startsWith("ngoài tháng số liệu"), r.reasonVi());
    }

    @Test
    void aDayUseInAnotherMonthIsOutsideTheDeliveryMonth() {
      Rejection r = rejected(contract, "2026-02", "R1", "CS-0001", "2026-01-30", "2026-01-30",
          "2", "VN");
      assertTrue(r.reasonEn().startsWith("outside delivery month"), r.reasonEn());
    }

    @Test
    void checkInAfterTheMonthIsRejected() {
      Rejection r = rejected(contract, "2026-01", "R1", "CS-0001", "2026-02-01", "2026-02-02",
          "2", "VN");
      assertEquals("check_in", r.column());
    }

    @Test
    void checkOutBeforeCheckInIsRejected() {
      Rejection r = rejected(contract, "2026-01", "R1", "CS-0001", "2026-01-12", "2026-01-10",
          "2", "VN");
      assertEquals("check_out", r.column());
      assertTrue(r.reasonEn().contains("before check_in"), r.reasonEn());
    }

    @Test
    void staysLongerThanNinetyNightsAreRejected() {
      Rejection r = rejected(contract, "2026-01", "R1", "CS-0001", "2025-10-01", "2026-01-05",
          "2", "VN");
      assertTrue(r.reasonEn().contains("longer than 90 nights"), r.reasonEn());
      Rejection inHouse = rejected(contract, "2026-01", "R1", "CS-0001", "2025-10-01", null,
          "2", "VN");
      assertTrue(inHouse.reasonEn().contains("longer than 90 nights"), inHouse.reasonEn());
    }

    @Test
    void ninetyNightsExactlyIsAccepted() throws Exception {
      Object[] v = values("2026-01", "2025-11-01", "2026-01-30");
      assertEquals(29, v[7]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1,5"})
    void guestsMustBeAWholeNumberOfAtLeastOne(String guests) {
      Rejection r = rejected(contract, "2026-01", "R1", "CS-0001", "2026-01-10", "2026-01-11",
          guests, "VN");
      assertEquals("guests", r.column());
    }

    @ParameterizedTest
    @CsvSource({"VN, VN, domestic", "vn, VN, domestic", "Việt Nam, VN, domestic",
        "viet nam, VN, domestic", "kr, KR, international", "FR, FR, international"})
    void nationalityIsIsoAlpha2OrVietNam(String text, String iso, String origin) throws Exception {
      Object[] v = contract.validate(new String[] {"R1", "CS-0001", "2026-01-10", "2026-01-11",
          "1", text}, Fixtures.context("2026-01")).typedValues();
      assertEquals(iso, v[5]);
      assertEquals(origin, v[6]);
    }

    @Test
    void unknownNationalityAndEstablishmentAreRejected() {
      assertEquals("nationality", rejected(contract, "2026-01", "R1", "CS-0001", "2026-01-10",
          "2026-01-11", "1", "XX").column());
      Rejection r = rejected(contract, "2026-01", "R1", "CS-9999", "2026-01-10", "2026-01-11",
          "1", "VN");
      assertEquals("establishment_id", r.column());
      assertTrue(r.reasonEn().contains("not in establishments.csv"));
    }

    @Test
    void lodgingIsAttributedToTheEstablishmentsLocality() throws Exception {
      ValidRow row = contract.validate(new String[] {"R1", "CS-0002", "2026-01-10", "2026-01-11",
          "1", "VN"}, Fixtures.context("2026-01"));
      assertEquals("03980", row.localityCode());
      assertNull(row.reportingUnit());
    }

    @Test
    void aStayWhileTheRegistrySaysClosedIsCountedWithAWarning() throws Exception {
      List<Notice> warnings = new ArrayList<>();
      ValidRow row = contract.validate(new String[] {"R1", "CS-0003", "2026-01-13", "2026-01-16",
          "2", "VN"}, Fixtures.context("2026-01", NumberStyle.VIETNAMESE, warnings));
      assertEquals(3, row.typedValues()[7]);
      assertEquals(1, warnings.size());
      assertTrue(warnings.get(0).en().contains("CS-0003 on 2026-01-13"), warnings.get(0).en());
      // The officer reads it in Vietnamese, with a Vietnamese date, no English words.
      assertEquals("mã đăng ký R1 tại cơ sở lưu trú CS-0003 ngày 13/01/2026, ngày mà danh sách"
          + " cơ sở (establishments.csv) ghi là không hoạt động", warnings.get(0).vi());
    }
  }

  @Nested
  class Revenue {
    final RevenueContract contract = new RevenueContract();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12,5|tỷ đồng|12500000000", "1.234,5|triệu đồng|1234500000",
        "1.234.567|đồng|1234567", "0,0000005|triệu đồng|1", "0,0000004|triệu đồng|0",
        "2,5|VND|3", "1,5|dong|2", "250|Triệu Đồng|250000000"})
    void amountsConvertToWholeDongRoundedHalfUp(String amount, String unit, String dong)
        throws Exception {
      Object[] v = contract.validate(new String[] {"01/2026", "03982", "lưu trú", amount, unit},
          Fixtures.context("2026-01")).typedValues();
      assertEquals(new BigDecimal(dong), v[4]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"lưu trú|accommodation", "ăn uống|food_beverage",
        "Vận chuyển, lữ hành|transport", "lữ hành|transport", "vui chơi giải trí|attractions",
        "Tham quan, vui chơi giải trí|attractions", "mua sắm|shopping", "KHÁC|other",
        "food_beverage|food_beverage"})
    void sectorsAcceptTheirAliases(String text, String sector) throws Exception {
      Object[] v = contract.validate(new String[] {"2026-01", "03982", text, "1", "dong"},
          Fixtures.context("2026-01")).typedValues();
      assertEquals(sector, v[1]);
    }

    @Test
    void monthMustBeTheDeliveryMonth() {
      Rejection r = rejected(contract, "2026-01", "12/2025", "03982", "khác", "1", "dong");
      assertEquals("month", r.column());
    }

    @Test
    void negativeAmountIsRejected() {
      assertEquals("amount", rejected(contract, "2026-01", "2026-01", "03982", "khác", "-1",
          "dong").column());
    }
  }

  @Nested
  class BiomassCorn {
    final BiomassCornContract contract = new BiomassCornContract();

    @Test
    void readsASeasonReportWithOptionalValuesEmpty() throws Exception {
      Object[] v = contract.validate(new String[] {"2025", "Vụ xuân", "P. Đông Sang", "412,5",
          null, null, null}, Fixtures.context("2025-05")).typedValues();
      assertEquals(2025, v[0]);
      assertEquals("spring", v[1]);
      assertEquals(new BigDecimal("412.5000"), v[2]);
      assertNull(v[3]);
      assertNull(v[5]);
    }

    @ParameterizedTest
    @CsvSource({"vụ hè thu, summer_autumn", "HÈ THU, summer_autumn", "đông, winter",
        "Vu dong, winter", "spring, spring"})
    void seasonsAcceptTheirAliases(String text, String season) throws Exception {
      Object[] v = contract.validate(new String[] {"2025", text, "03982", "1", null, null, null},
          Fixtures.context("2025-12")).typedValues();
      assertEquals(season, v[1]);
    }

    @Test
    void harvestedCannotExceedPlanted() {
      Rejection r = rejected(contract, "2025-07", "2025", "spring", "03982", "100", "101", "3500",
          "40");
      assertEquals("harvested_ha", r.column());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999", "2101", "2026"})
    void yearMustBe2000To2100AndNotAfterTheDeliveryYear(String year) {
      assertEquals("year", rejected(contract, "2025-07", year, "spring", "03982", "1", null, null,
          null).column());
    }
  }
}
