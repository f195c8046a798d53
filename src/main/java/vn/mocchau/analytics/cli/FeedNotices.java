package vn.mocchau.analytics.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.FileReport;
import vn.mocchau.analytics.report.Lang;
import vn.mocchau.analytics.run.PublishDecision;

/** A feed's warnings and problems in both languages, for the summary and the manifest. */
final class FeedNotices {
  private FeedNotices() {}

  /** Ignored files, extra columns, an assumed number style and row warnings, in that order. */
  static List<Notice> warnings(FeedIngest.Result result) {
    List<Notice> warnings = new ArrayList<>();
    for (String ignored : result.delivery.ignoredFiles()) {
      warnings.add(new Notice(Msg.IGNORED_FILE.format(false, ignored),
          Msg.IGNORED_FILE.format(true, ignored)));
    }
    for (FileReport report : result.fileReports) {
      if (!report.extraColumns().isEmpty()) {
        warnings.add(new Notice(report.file() + ": extra columns ignored "
            + report.extraColumns(), report.file() + ": bỏ qua các cột thừa "
            + report.extraColumns()));
      }
      if ("ASSUMED_VIETNAMESE".equals(report.numberStyle())
          && result.contract.hasDecimalColumns()) {
        warnings.add(new Notice(report.file() + ": no number reveals the decimal style;"
            + " Vietnamese style assumed (2.150 = 2150)", report.file() + ": không số nào cho"
            + " biết kiểu dấu thập phân; coi là kiểu Việt Nam (2.150 = 2150)"));
      }
    }
    if (result.warnings > 0) {
      Notice example = result.firstWarning;
      Feed feed = Feed.valueOf(result.contract.feed().toUpperCase(Locale.ROOT));
      warnings.add(new Notice(result.contract.feed() + ": " + Lang.EN.number(result.warnings, 0)
          + " row warning(s), e.g. " + example.en(), Console.feedName(feed, true) + ": "
          + Lang.VI.number(result.warnings, 0) + " dòng có cảnh báo, ví dụ: " + example.vi()));
    }
    return warnings;
  }

  /** Why a feed refuses the month: each unreadable file, or too many rejected rows. */
  static List<Notice> problems(PublishDecision.FeedCheck check, RunConfig config) {
    List<Notice> problems = new ArrayList<>();
    for (FileReport failed : check.failedFiles()) {
      problems.add(new Notice(Msg.FILE_UNREADABLE.format(false, failed.file(),
          failed.errorEn()), Msg.FILE_UNREADABLE.format(true, failed.file(),
          failed.errorVi())));
    }
    if (check.status() == PublishDecision.FeedStatus.TOO_MANY_REJECTS) {
      problems.add(of(check.feed(), Msg.TOO_MANY_REJECTS, check.rejected(), check.read(),
          100.0 * check.rejected() / check.read(), 100 * config.rejectThreshold()));
    }
    return problems;
  }

  /** A notice whose first argument is the feed, named in each language. */
  static Notice of(Feed feed, Msg message, Object... args) {
    Object[] en = new Object[args.length + 1];
    Object[] vi = new Object[args.length + 1];
    en[0] = Console.feedName(feed, false);
    vi[0] = Console.feedName(feed, true);
    System.arraycopy(args, 0, en, 1, args.length);
    System.arraycopy(args, 0, vi, 1, args.length);
    return new Notice(message.format(false, en), message.format(true, vi));
  }
}
