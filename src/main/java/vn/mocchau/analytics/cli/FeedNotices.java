package vn.mocchau.analytics.cli;

import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.FileReport;
import vn.mocchau.analytics.run.PublishDecision;

/** A feed's warnings and problems in both languages, for the summary and the manifest. */
final class FeedNotices {
  private FeedNotices() {}

  /** Ignored files, extra columns, an assumed number style and row warnings, in that order. */
  static List<Notice> warnings(FeedIngest.Result result) {
    List<Notice> warnings = new ArrayList<>();
    for (String linked : result.delivery.linkedFiles()) {
      warnings.add(Notice.of(Msg.LINKED_FILE, linked));
    }
    for (String ignored : result.delivery.ignoredFiles()) {
      warnings.add(Notice.of(Msg.IGNORED_FILE, ignored));
    }
    for (FileReport report : result.fileReports) {
      if (!report.extraColumns().isEmpty()) {
        warnings.add(Notice.of(Msg.EXTRA_COLUMNS, report.file(), report.extraColumns()));
      }
      if ("ASSUMED_VIETNAMESE".equals(report.numberStyle())
          && result.contract.hasDecimalColumns()) {
        warnings.add(Notice.of(Msg.DECIMAL_STYLE_ASSUMED, report.file()));
      }
    }
    if (result.warnings > 0) {
      Feed feed = Feed.valueOf(result.contract.feed().toUpperCase(Locale.ROOT));
      warnings.add(Notice.of(Msg.ROW_WARNINGS, Console.feedName(feed), result.warnings,
          result.firstWarning));
    }
    return warnings;
  }

  /** Why a feed refuses the month: each unreadable file, or too many rejected rows. */
  static List<Notice> problems(PublishDecision.FeedCheck check, RunConfig config) {
    List<Notice> problems = new ArrayList<>();
    for (FileReport failed : check.failedFiles()) {
      problems.add(Notice.of(Msg.FILE_UNREADABLE, failed.file(),
          Localized.of(failed.errorVi(), failed.errorEn())));
    }
    if (check.status() == PublishDecision.FeedStatus.TOO_MANY_REJECTS) {
      problems.add(of(check.feed(), Msg.TOO_MANY_REJECTS, check.rejected(), check.read(),
          100.0 * check.rejected() / check.read(), 100 * config.rejectThreshold()));
    }
    return problems;
  }

  /** A notice whose first argument is the feed, named in the notice's language. */
  static Notice of(Feed feed, Msg message, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = Console.feedName(feed);
    System.arraycopy(args, 0, all, 1, args.length);
    return Notice.of(message, all);
  }
}
