package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.YearMonth;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.text.Msg;
import vn.mocchau.analytics.text.Language;

/**
 * The reason the console gives when the visits indicator cannot be assessed: the right one per
 * case, and backfill advice only when a backfill would help (issue 13, finding 7).
 */
class ProgressDiagnosisTest {
  private static final YearMonth FIRST_DELIVERY = YearMonth.of(2023, 1);

  private static Predicate<YearMonth> between(String from, String to) {
    return m -> !m.isBefore(YearMonth.parse(from)) && !m.isAfter(YearMonth.parse(to));
  }

  private static final Predicate<YearMonth> SAMPLE_DELIVERED = between("2023-01", "2026-10");

  @Test
  void duringABackfillBeforeTheBaselineYearIsOverItSaysSoAndGivesNoBackfillAdvice() {
    // The backfill 2023-01..2026-10 at 2024-05: 17 months published, baseline year 2025 ahead.
    ProgressDiagnosis.Advice advice = ProgressDiagnosis.of(YearMonth.of(2024, 5), 2025,
        between("2023-01", "2024-05"), SAMPLE_DELIVERED);
    assertEquals(Msg.PROGRESS_BEFORE_BASELINE_END, advice.message());
    assertEquals("Chưa đánh giá được tiến độ chỉ tiêu: năm gốc 2025 chưa hết, nên chưa so được"
        + " với năm gốc; đánh giá bắt đầu từ tháng 01/2026.", advice.text(Language.VI));
    assertEquals("Progress cannot be assessed yet: the baseline year 2025 is not over, so there"
        + " is nothing to compare with it yet; the first assessment is as of Jan 2026.",
        advice.text(Language.EN));
    assertFalse(advice.text(Language.VI).contains("jobs/backfill"));
  }

  @Test
  void decemberOfTheBaselineYearIsStillBeforeTheFirstAssessment() {
    assertEquals(Msg.PROGRESS_BEFORE_BASELINE_END, ProgressDiagnosis.of(YearMonth.of(2025, 12),
        2025, between("2023-01", "2025-12"), SAMPLE_DELIVERED).message());
  }

  @Test
  void aFirstMonthlyRunOnAFreshOutputFolderIsToldTheBackfillThatLoadsExactlyWhatIsNeeded() {
    // jobs/monthly 2026-10 alone: only 2026-10 is published; 2025-01..2026-09 are delivered.
    ProgressDiagnosis.Advice advice = ProgressDiagnosis.of(YearMonth.of(2026, 10), 2025,
        between("2026-10", "2026-10"), SAMPLE_DELIVERED);
    assertEquals(Msg.PROGRESS_NEEDS_BACKFILL, advice.message());
    assertEquals("Chưa đánh giá được tiến độ chỉ tiêu: cần số liệu năm gốc 2025 và 12 tháng"
        + " 11/2025–10/2026, nhưng 21 tháng trong đó có số liệu nộp mà chưa được công bố. Để nạp"
        + " các tháng đó, chạy: jobs/backfill 2025-01 2026-10", advice.text(Language.VI));
    assertEquals("Progress cannot be assessed yet: it needs the baseline year 2025 and the 12"
        + " months Nov 2025–Oct 2026, and 21 of those months have deliveries that are not"
        + " published yet. To load them, run: jobs/backfill 2025-01 2026-10", advice.text(Language.EN));
  }

  @Test
  void aGapInThePublishedHistoryIsLoadedFromItsFirstMonth() {
    // Published up to 2026-03, then only 2026-10: the backfill starts at 2026-04.
    Predicate<YearMonth> published = between("2023-01", "2026-03").or(between("2026-10",
        "2026-10"));
    ProgressDiagnosis.Advice advice = ProgressDiagnosis.of(YearMonth.of(2026, 10), 2025,
        published, SAMPLE_DELIVERED);
    assertEquals(Msg.PROGRESS_NEEDS_BACKFILL, advice.message());
    assertEquals(6, advice.months().size());
    assertEquals(true, advice.text(Language.VI).endsWith("jobs/backfill 2026-04 2026-10"),
        advice.text(Language.VI));
  }

  @Test
  void monthsThatWereNeverDeliveredAreNamedWithoutBackfillAdvice() {
    // Deliveries start in 2026-01: no backfill can produce the baseline year.
    ProgressDiagnosis.Advice advice = ProgressDiagnosis.of(YearMonth.of(2026, 1), 2025,
        between("2026-01", "2026-01"), between("2026-01", "2026-01"));
    assertEquals(Msg.PROGRESS_MONTHS_MISSING, advice.message());
    assertEquals("Chưa đánh giá được tiến độ chỉ tiêu: cần số liệu năm gốc 2025 và 12 tháng"
        + " 02/2025–01/2026, nhưng chưa có số liệu lượt khách nộp cho 12 tháng trong đó: 01/2025,"
        + " 02/2025, 03/2025, 04/2025, 05/2025, 06/2025, ….", advice.text(Language.VI));
    assertEquals("Progress cannot be assessed yet: it needs the baseline year 2025 and the 12"
        + " months Feb 2025–Jan 2026, and 12 of those months have no visitor counts delivered:"
        + " Jan 2025, Feb 2025, Mar 2025, Apr 2025, May 2025, Jun 2025, ….", advice.text(Language.EN));
  }

  @Test
  void everyNeededMonthPublishedMeansAFeedIsMissingInSomeMonth() {
    ProgressDiagnosis.Advice advice = ProgressDiagnosis.of(YearMonth.of(2026, 10), 2025,
        SAMPLE_DELIVERED, SAMPLE_DELIVERED);
    assertEquals(Msg.PROGRESS_INCOMPLETE_MONTHS, advice.message());
    assertFalse(advice.text(Language.VI).contains("jobs/backfill"));
  }

  @Test
  void messagesWriteCountsAndMonthsInTheLanguagesStyle() {
    assertEquals("lượt khách: 3 tệp, 19.333 dòng đọc, 19.300 chấp nhận, 30 bị loại, 3 trùng lặp",
        Msg.FEED_COUNTS.format(Language.VI, "lượt khách", 3, 19333L, 19300L, 30L, 3L));
    assertEquals("visitor_counts: 3 file(s), 19,333 rows read, 19,300 accepted, 30 rejected,"
        + " 3 duplicates", Msg.FEED_COUNTS.format(Language.EN, "visitor_counts", 3, 19333L, 19300L,
        30L, 3L));
    assertEquals("lưu trú: loại 1.250 trên 19.618 dòng (6,4 %, quá ngưỡng 2 % cho phép)",
        Msg.TOO_MANY_REJECTS.format(Language.VI, "lưu trú", 1250L, 19618L, 6.371, 2.0));
    assertEquals("Đã công bố tháng 10/2026 vào data-out.",
        Msg.PUBLISHED.format(Language.VI, YearMonth.of(2026, 10), "data-out"));
    assertEquals("Published Oct 2026 to data-out.",
        Msg.PUBLISHED.format(Language.EN, YearMonth.of(2026, 10), "data-out"));
    // A month the officer types stays as typed; a plain %d (an exit code, a year) stays plain.
    assertEquals("Số liệu tháng 10/2026 chưa thể công bố (mã thoát 4). Không ghi gì ra đĩa.",
        Msg.VALIDATE_NOT_OK.format(Language.VI, YearMonth.of(2026, 10), 4));
  }
}
