package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.mocchau.analytics.contract.Decimals.Reading;

/** feeds.md §2: decimals, the cells that reveal a file's style, and ambiguous cells. */
class DecimalsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1.234,5|VIETNAMESE|1234.5", "1.234.567|VIETNAMESE|1234567", "12,5|VIETNAMESE|12.5",
      "1,234.5|INTERNATIONAL|1234.5", "1,234,567|INTERNATIONAL|1234567",
      "12.5|INTERNATIONAL|12.5", "12,50|VIETNAMESE|12.50", "12.5000|INTERNATIONAL|12.5000",
      "2150|PLAIN|2150", "0|PLAIN|0", "1 234,5|VIETNAMESE|1234.5", "1 234 567|PLAIN|1234567",
      "0,150|VIETNAMESE|0.150", "1234.567|INTERNATIONAL|1234.567",
      "1.234.567,89|VIETNAMESE|1234567.89", "1,234,567.89|INTERNATIONAL|1234567.89"})
  void readsUnambiguousCellsOnTheirOwn(String text, Reading reading, BigDecimal value)
      throws Exception {
    Decimals.Cell cell = Decimals.read(text);
    assertEquals(reading, cell.reading());
    assertEquals(value, cell.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.150", "2,150", "999.999", "1,000"})
  void oneSeparatorBeforeExactlyThreeDigitsIsAmbiguous(String text) throws Exception {
    Decimals.Cell cell = Decimals.read(text);
    assertEquals(Reading.AMBIGUOUS, cell.reading());
    assertNull(cell.value());
  }

  @Test
  void ambiguousCellsFollowTheFileStyle() throws Exception {
    Decimals.Cell cell = Decimals.read("2.150");
    assertEquals(new BigDecimal("2150"), Decimals.resolve(cell, NumberStyle.VIETNAMESE, "2.150"));
    assertEquals(new BigDecimal("2.150"),
        Decimals.resolve(cell, NumberStyle.INTERNATIONAL, "2.150"));
    assertEquals(new BigDecimal("2150"),
        Decimals.resolve(cell, NumberStyle.ASSUMED_VIETNAMESE, "2.150"));
    Decimals.Cell comma = Decimals.read("2,150");
    assertEquals(new BigDecimal("2150"),
        Decimals.resolve(comma, NumberStyle.INTERNATIONAL, "2,150"));
    assertEquals(new BigDecimal("2.150"),
        Decimals.resolve(comma, NumberStyle.VIETNAMESE, "2,150"));
  }

  @Test
  void ambiguousCellsAreRejectedWhenTheFileRevealsBothStyles() throws Exception {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Decimals.resolve(Decimals.read("2.150"), NumberStyle.CONFLICTING, "2.150"));
    assertTrue(e.reasonEn().contains("ambiguous"), e.reasonEn());
    assertTrue(e.reasonVi().contains("không rõ nghĩa"), e.reasonVi());
  }

  @Test
  void fileStyleIsDecidedByItsRevealingCells() {
    assertEquals(NumberStyle.VIETNAMESE,
        NumberStyle.decide(List.of(Reading.PLAIN, Reading.VIETNAMESE, Reading.AMBIGUOUS)));
    assertEquals(NumberStyle.INTERNATIONAL,
        NumberStyle.decide(List.of(Reading.INTERNATIONAL, Reading.AMBIGUOUS)));
    assertEquals(NumberStyle.ASSUMED_VIETNAMESE,
        NumberStyle.decide(List.of(Reading.PLAIN, Reading.AMBIGUOUS)));
    assertEquals(NumberStyle.CONFLICTING,
        NumberStyle.decide(List.of(Reading.VIETNAMESE, Reading.INTERNATIONAL)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3,4", "12,3.4", "1,23,456", "abc", "1.23.456", "12,", ",5",
      "1 23,5", "1.234,5,6"})
  void rejectsWhatIsNotANumber(String text) {
    assertThrows(InvalidValueException.class, () -> Decimals.read(text));
  }

  @Test
  void keepsTheSignForTheRowRulesToJudge() throws Exception {
    assertEquals(new BigDecimal("-12.5"), Decimals.read("-12,5").value());
  }

  @Test
  void aTenMillionDigitAmountIsRefusedAtOnceNamingItsStartAndLength() {
    String hostile = "9".repeat(10_000_000);
    long start = System.nanoTime();
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidValueException.class, () -> Decimals.read(hostile));
    // Linear: the length check comes before BigDecimal's quadratic parse (a million digits took
    // 34 s); a generous bound that only a quadratic parse would break.
    org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - start < 2_000_000_000L);
    org.junit.jupiter.api.Assertions.assertEquals("too_large", e.code());
    org.junit.jupiter.api.Assertions.assertEquals("number too long: '99999999999999999999…'"
        + " (10,000,000 characters)", e.reason().en());
    org.junit.jupiter.api.Assertions.assertEquals("số quá dài: '99999999999999999999…'"
        + " (10.000.000 ký tự)", e.reason().vi());
    // The longest real figure still reads: 24 digits, 6 decimals, Vietnamese grouping.
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(
        () -> Decimals.read("-999.999.999.999.999.999,999999"));
  }
}
