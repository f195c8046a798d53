package vn.mocchau.analytics.run;

import java.time.YearMonth;
import java.util.List;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.FileReport;

/**
 * Whether a month may be published (feeds.md §6), decided once for jobs/monthly and
 * jobs/validate: a file unusable as a whole, or a feed over the reject threshold, refuses the
 * month; a feed not delivered does not (it is a warning, or nothing when none is due).
 *
 * @param feeds each feed's check, in the order the run ingested them
 */
public record PublishDecision(List<FeedCheck> feeds) {

  /** A feed's month as the decision sees it; {@code manifestName} is the manifest's status. */
  public enum FeedStatus {
    OK("ok"),
    NOT_DUE("not_due"),
    NOT_DELIVERED("not_delivered"),
    TOO_MANY_REJECTS("too_many_rejects"),
    FAILED_FILE("failed_file");

    private final String manifestName;

    FeedStatus(String manifestName) {
      this.manifestName = manifestName;
    }

    public String manifestName() {
      return manifestName;
    }

    /** Whether this feed stops the month from being published. */
    public boolean refuses() {
      return this == TOO_MANY_REJECTS || this == FAILED_FILE;
    }
  }

  /**
   * One feed's check: its status, the files unusable as a whole, and the row counts the threshold
   * was applied to.
   */
  public record FeedCheck(Feed feed, FeedStatus status, List<FileReport> failedFiles, long read,
      long rejected) {}

  /** Checks one feed's ingested month. */
  public static FeedCheck check(Feed feed, FeedIngest.Result result, YearMonth month,
      RunConfig config) {
    return check(feed, result.delivery.delivered(), feed.contract().expectedIn(month),
        result.failedFiles(), result.total(FeedIngest.FileCounts::read),
        result.total(FeedIngest.FileCounts::rejected), config);
  }

  /**
   * The rule itself: a feed not delivered refuses nothing (the delivery calendar says whether
   * one was due); a delivered feed refuses the month for a file unusable as a whole, else for
   * rejected rows over the threshold (only counted when every file was read).
   */
  public static FeedCheck check(Feed feed, boolean delivered, boolean expected,
      List<FileReport> failedFiles, long read, long rejected, RunConfig config) {
    FeedStatus status;
    if (!delivered) {
      status = expected ? FeedStatus.NOT_DELIVERED : FeedStatus.NOT_DUE;
    } else if (!failedFiles.isEmpty()) {
      status = FeedStatus.FAILED_FILE;
    } else if (config.exceedsRejectThreshold(read, rejected)) {
      status = FeedStatus.TOO_MANY_REJECTS;
    } else {
      status = FeedStatus.OK;
    }
    return new FeedCheck(feed, status, List.copyOf(failedFiles), read, rejected);
  }

  /** The month's decision from its feeds' checks. */
  public static PublishDecision of(List<FeedCheck> feeds) {
    return new PublishDecision(List.copyOf(feeds));
  }

  public boolean publishes() {
    return feeds.stream().noneMatch(f -> f.status().refuses());
  }

  public FeedCheck feed(Feed feed) {
    return feeds.stream().filter(f -> f.feed() == feed).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No check of " + feed));
  }
}
