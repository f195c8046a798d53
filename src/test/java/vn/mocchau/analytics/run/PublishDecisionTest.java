package vn.mocchau.analytics.run;

import vn.mocchau.analytics.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.ingest.FileReport;
import vn.mocchau.analytics.run.PublishDecision.FeedCheck;
import vn.mocchau.analytics.run.PublishDecision.FeedStatus;

/** The publish decision of feeds.md §6, shared by jobs/monthly and jobs/validate. */
class PublishDecisionTest {
  private static final RunConfig DEFAULTS = new RunConfig("raw", "out", null, 0.02, 10, false,
      Language.VI, Map.of());
  private static final FileReport UNREADABLE = new FileReport("stays/2026-01/a.csv", 0, null,
      null, List.of(), List.of(), 0, 0, null, 12, "not valid UTF-8", "không phải UTF-8",
      Map.of());

  private static FeedCheck delivered(Feed feed, long read, long rejected, FileReport... failed) {
    return PublishDecision.check(feed, true, true, List.of(failed), read, rejected, DEFAULTS);
  }

  @Test
  void aFeedUnderTheThresholdPublishes() {
    FeedCheck check = delivered(Feed.STAYS, 1000, 20);
    assertEquals(FeedStatus.OK, check.status());
    assertEquals(1000, check.read());
    assertEquals(20, check.rejected());
    assertTrue(PublishDecision.of(List.of(check)).publishes());
  }

  @Test
  void overTheThresholdRefusesTheMonthButOnlyFromTheMinimumRowCount() {
    assertEquals(FeedStatus.TOO_MANY_REJECTS, delivered(Feed.STAYS, 1000, 21).status());
    // 9 of 10 rows is 90 %, but fewer than --min-rejected 10 rows: a small file is not refused.
    assertEquals(FeedStatus.OK, delivered(Feed.STAYS, 10, 9).status());
    assertFalse(PublishDecision.of(List.of(delivered(Feed.VISITOR_COUNTS, 100, 0),
        delivered(Feed.STAYS, 1000, 21))).publishes());
  }

  @Test
  void anUnreadableFileRefusesTheMonthWhateverTheRowCounts() {
    FeedCheck check = delivered(Feed.REVENUE, 1000, 500, UNREADABLE);
    assertEquals(FeedStatus.FAILED_FILE, check.status(), "not too_many_rejects: the file first");
    assertEquals(List.of(UNREADABLE), check.failedFiles());
    assertFalse(PublishDecision.of(List.of(check)).publishes());
  }

  @Test
  void aFeedNotDeliveredIsNotDueOrMissingByTheCalendarAndNeverRefuses() {
    FeedCheck missing = PublishDecision.check(Feed.VISITOR_COUNTS, false, true, List.of(), 0, 0,
        DEFAULTS);
    FeedCheck notDue = PublishDecision.check(Feed.BIOMASS_CORN, false, false, List.of(), 0, 0,
        DEFAULTS);
    assertEquals(FeedStatus.NOT_DELIVERED, missing.status());
    assertEquals(FeedStatus.NOT_DUE, notDue.status());
    PublishDecision decision = PublishDecision.of(List.of(missing, notDue));
    assertTrue(decision.publishes());
    assertEquals(notDue, decision.feed(Feed.BIOMASS_CORN));
  }

  @Test
  void theManifestNamesOfTheStatusesAreTheOnesReadersKnow() {
    assertEquals(List.of("ok", "not_due", "not_delivered", "too_many_rejects", "failed_file"),
        java.util.Arrays.stream(FeedStatus.values()).map(FeedStatus::manifestName).toList());
  }
}
