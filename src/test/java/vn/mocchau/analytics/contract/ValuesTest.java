package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** feeds.md §2: dates, months and counts. */
class ValuesTest {

  @ParameterizedTest
  @CsvSource({"2025-02-28, 2025-02-28", "28/02/2025, 2025-02-28", "8/2/2025, 2025-02-08",
      "08/2/2025, 2025-02-08", "1/12/2024, 2024-12-01"})
  void readsTheThreeDateForms(String text, LocalDate expected) throws Exception {
    assertEquals(expected, Values.date(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2025", "2025-02-30", "29/02/2025", "00/01/2025", "1/13/2025"})
  void rejectsImpossibleDates(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Values.date(text));
    assertTrue(e.reasonEn().contains("impossible date"), e.reasonEn());
    assertTrue(e.reasonVi().contains("không tồn tại"), e.reasonVi());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025/02/28", "02-28-2025", "28.02.2025", "20250228", "Feb 28",
      "２０２５-02-28", "2025-0٢-28", "+025-02-28", "2025-02-2 "})
  void rejectsOtherDateForms(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Values.date(text));
    assertTrue(e.reasonEn().contains("is not a date"), e.reasonEn());
  }

  @ParameterizedTest
  @CsvSource({"2026-10, 2026-10", "10/2026, 2026-10", "3/2026, 2026-03", "03/2026, 2026-03"})
  void readsTheThreeMonthForms(String text, YearMonth expected) throws Exception {
    assertEquals(expected, Values.month(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"13/2026", "2026-13", "2026-1", "10-2026"})
  void rejectsBadMonths(String text) {
    assertThrows(InvalidValueException.class, () -> Values.month(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1234567|1234567", "1.234.567|1234567",
      "1,234,567|1234567", "1 234 567|1234567", "0|0", "12|12", "999|999", "1.000|1000", "-7|-7", "007|7",
      "123456789|123456789", "1234567890123|1234567890123", "-1.000|-1000"})
  void readsCountsWithDigitGroups(String text, long expected) throws Exception {
    assertEquals(expected, Values.integer(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "12.34", "1.2345", "1,23", "1.234,567", "abc", "1 23", "12a",
      "1..234", ".123", "-", "", "+5", "１２", "1٢"})
  void rejectsCountsWhoseGroupsAreNotThreeDigits(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Values.integer(text));
    assertTrue(e.reasonEn().contains("not a whole number"), e.reasonEn());
  }
}
