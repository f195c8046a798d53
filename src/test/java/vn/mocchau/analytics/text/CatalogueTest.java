package vn.mocchau.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.cli.ConsoleWords;
import vn.mocchau.analytics.contract.Notice;

/** The catalogue: every entry in both languages, alike in placeholders, each in its own words. */
class CatalogueTest {
  /** Names the English text keeps in Vietnamese: the holiday and the ward. */
  private static final List<String> NAMES = List.of("Tết", "Thảo Nguyên");

  private static List<Entry> entries() {
    return Stream.of(Msg.values(), Word.values(), Help.values(), Reason.values(),
        ColumnTitle.values(), CodeWord.values()) // #17 slice X: the .xlsx catalogues
        .flatMap(Stream::of)
        .map(e -> (Entry) e).toList();
  }

  @Test
  void everyEntryHasBothLanguagesWithTheSamePlaceholders() {
    List<String> wrong = new ArrayList<>();
    for (Entry entry : entries()) {
      if (entry.vi().isBlank() || entry.en().isBlank()) {
        wrong.add(entry + ": empty");
      } else if (!Patterns.placeholders(entry.vi()).equals(Patterns.placeholders(entry.en()))) {
        wrong.add(entry + ": " + Patterns.placeholders(entry.vi()) + " vs "
            + Patterns.placeholders(entry.en()));
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(entries().size() > 100, "entries: " + entries().size());
  }

  @Test
  void eachLanguageSpeaksOnlyItsOwnWords() {
    List<String> wrong = new ArrayList<>();
    for (Entry entry : entries()) {
      String vi = Patterns.SPECIFIER.matcher(entry.vi()).replaceAll(" ");
      String en = Patterns.SPECIFIER.matcher(entry.en()).replaceAll(" ");
      ConsoleWords.english(vi).forEach(w -> wrong.add(entry + " (vi): " + w));
      ConsoleWords.vietnamese(en, NAMES).forEach(w -> wrong.add(entry + " (en): " + w));
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theCheckerWouldCatchAWordOfTheOtherLanguage() {
    assertEquals(List.of("rows"), ConsoleWords.english("đã đọc 12 rows"));
    assertEquals(List.of("dòng"), ConsoleWords.vietnamese("read 12 dòng"));
  }

  @Test
  void argumentsAreWrittenAsTheLanguageWritesThem() {
    assertEquals("lượt khách: 3 tệp, 19.333 dòng đọc, 19.300 chấp nhận, 30 bị loại, 3 trùng lặp",
        Msg.FEED_COUNTS.format(Language.VI, Msg.FEED_VISITOR_COUNTS, 3, 19333L, 19300L, 30L, 3L));
    assertEquals("visitor_counts: 3 file(s), 19,333 rows read, 19,300 accepted, 30 rejected,"
        + " 3 duplicates", Msg.FEED_COUNTS.format(Language.EN, Msg.FEED_VISITOR_COUNTS, 3,
        19333L, 19300L, 30L, 3L));
    assertEquals("Published Oct 2026 to data-out.",
        Msg.PUBLISHED.format(Language.EN, YearMonth.of(2026, 10), "data-out"));
    assertEquals("Trang 2/5", Word.PAGE.format(Language.VI, 2, 5));
  }

  @Test
  void aNoticeIsTheEntryToldInBothLanguagesWithTheSameArguments() {
    Notice notice = Notice.of(Msg.MONTH_ON_MONTH_JUMP, Localized.dataMonth(YearMonth.of(2026, 1)),
        "Phường Mộc Châu", "03982", Msg.JUMP_REVENUE, 3.44);
    assertEquals("2026-01 Phường Mộc Châu (03982): revenue changed 3.4x from the previous month",
        notice.en());
    assertEquals("01/2026 Phường Mộc Châu (03982): doanh thu thay đổi 3,4 lần so với tháng trước",
        notice.vi());
    assertEquals(notice.vi(), notice.text(Language.VI));
    // A notice inside another is told in the outer one's language.
    Notice outer = Notice.of(Msg.ROW_WARNINGS, Msg.FEED_STAYS, 1200L, notice);
    assertEquals("lưu trú: 1.200 dòng có cảnh báo, ví dụ: " + notice.vi(), outer.vi());
    assertEquals("stays: 1,200 row warning(s), e.g. " + notice.en(), outer.en());
  }

  @Test
  void reasonsQuoteTheValueAsTheFileWroteIt() {
    // A delivered value is passed as the String the file wrote: no number style is applied.
    Notice negative = Notice.of(Reason.NEGATIVE, "-1.096");
    assertEquals("'-1.096' must not be negative", negative.en());
    assertEquals("'-1.096' không được âm", negative.vi());
    // A plain %d is not grouped in either language.
    assertEquals("lưu trú 1200 đêm, dài hơn 90 đêm",
        Reason.STAY_TOO_LONG.format(Language.VI, 1200L, 90));
    assertEquals("stay of 1200 nights is longer than 90 nights",
        Reason.STAY_TOO_LONG.format(Language.EN, 1200L, 90));
    // The delivery month as the data write it in English, as the officer does in Vietnamese.
    Notice outside = Notice.of(Reason.DATE_OUTSIDE_MONTH, "2026-02-01",
        Localized.dataMonth(YearMonth.of(2026, 1)));
    assertEquals("date 2026-02-01 is outside the delivery month 2026-01", outside.en());
    assertEquals("ngày 2026-02-01 nằm ngoài tháng số liệu 01/2026", outside.vi());
    // A word of the catalogue inside a reason is told in the reason's language.
    Notice inHouse = Notice.of(Reason.STAY_OUTSIDE_MONTH, "2025-12-03", Reason.IN_HOUSE,
        Localized.dataMonth(YearMonth.of(2026, 1)));
    assertEquals("outside delivery month: the stay 2025-12-03 to (in house) has no night in"
        + " 2026-01", inHouse.en());
    assertEquals("ngoài tháng số liệu: lưu trú 2025-12-03 đến (đang ở) không có đêm nào trong"
        + " tháng 01/2026", inHouse.vi());
    Notice closed = Notice.of(Reason.STAY_AT_CLOSED, "R7", "CS-0004",
        Localized.dataDay(LocalDate.of(2026, 1, 3)));
    assertTrue(closed.en().startsWith("registration R7 at establishment CS-0004 on 2026-01-03,"),
        closed.en());
    assertTrue(closed.vi().startsWith("mã đăng ký R7 tại cơ sở lưu trú CS-0004 ngày 03/01/2026,"),
        closed.vi());
    assertEquals("moc-chau-analytics phiên bản 0.1.0", Msg.VERSION.format(Language.VI, "0.1.0"));
    assertEquals("moc-chau-analytics version 0.1.0", Msg.VERSION.format(Language.EN, "0.1.0"));
    assertEquals("hằng tháng", Notice.of(Msg.DUE_MONTHLY).vi());
  }

  @Test
  void reportWordsAreLookedUpByTheMartsCodes() {
    assertEquals("Đúng lộ trình", Language.VI.word("on_track"));
    assertEquals("Needs acceleration", Language.EN.word("accelerate"));
    assertEquals("Khoảng dự báo 80 %", Language.VI.word("band80"));
    assertEquals("something_else", Language.VI.word("something_else"));
    assertNull(Word.of(null));
    assertNull(Word.of("source"), "a sentence with a value is not a word for a code");
    assertEquals("✓ Đúng lộ trình", Language.VI.status("on_track"));
    assertEquals("○ Not assessed", Language.EN.status(null));
  }

  @Test
  void numbersMonthsAndDaysInEachLanguage() {
    assertEquals("16.889.130", Language.VI.number(16_889_130, 0));
    assertEquals("16,889,130", Language.EN.number(16_889_130, 0));
    assertEquals("3,4", Language.VI.number(3.44, 1));
    assertEquals("0,80", Language.VI.progressRatio(0.8));
    assertEquals("4.27", Language.EN.progressRatio(4.2655));
    assertEquals("01/2026", Language.VI.month(YearMonth.of(2026, 1)));
    assertEquals("Jan 2026", Language.EN.month(YearMonth.of(2026, 1)));
    assertEquals("13/01/2026", Language.VI.date(LocalDate.of(2026, 1, 13)));
    assertEquals("11/2025–10/2026", Language.VI.period("2025-11..2026-10"));
    assertEquals("Nov 2025–Oct 2026", Language.EN.period("2025-11..2026-10"));
    assertEquals("Page 2 of 5", Language.EN.page(2, 5));
    assertEquals("6,25 triệu lượt", Language.VI.visits(6_250_000));
    assertEquals(Language.EN, Language.of("EN"));
    assertEquals("vi", Language.VI.code());
    assertThrows(IllegalArgumentException.class, () -> Language.of("fr"));
  }
}
