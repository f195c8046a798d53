package vn.mocchau.analytics.cli;

import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;
import java.time.YearMonth;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.ingest.DeliveryScanner;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.FileReport;
import vn.mocchau.analytics.ingest.StagingSchema;
import vn.mocchau.analytics.run.PublishDecision;

/**
 * jobs/validate: checks a month's deliveries exactly as the monthly job would (same parser, same
 * key rules) and prints every problem with file, line, column (as the file's header names it),
 * value and reason, writing nothing. A feed not delivered in a month when none is due (the
 * contract's delivery calendar) is said to be not due, not missing.
 * For the officer to send a file back to the locality before the real run.
 */
final class ValidateJob {
  static final int SHOWN_PER_FEED = 50;

  private ValidateJob() {}

  static ExitCode run(SparkSession spark, RunConfig config, ReferenceData reference,
      YearMonth month, Console console, boolean all) {
    DeliveryScanner scanner = new DeliveryScanner(new Path(config.raw()),
        spark.sparkContext().hadoopConfiguration());
    FeedIngest ingest = new FeedIngest(spark, reference);
    Language lang = console.lang();
    ExitCode exit = ExitCode.OK;
    // One feed at a time, each released before the next: validate holds no month in memory.
    for (Feed feed : Feed.registered()) {
      FeedIngest.Result result = ingest.ingest(feed.contract(), scanner.scan(feed.folder(), month),
          month);
      try {
        PublishDecision.FeedCheck check = PublishDecision.check(feed, result, month, config);
        exit = exit.worse(ExitCode.of(check.status()));
        if (!result.delivery.delivered()) {
          console.line(console.feed(feed) + ": " + console.text(MonthSummary.statusText(
              check.status())));
          continue;
        }
        console.say(Msg.FEED_COUNTS, console.feed(feed), result.delivery.files().size(),
            check.read(), result.total(FeedIngest.FileCounts::accepted), check.rejected(),
            result.total(FeedIngest.FileCounts::duplicates));
        for (String linked : result.delivery.linkedFiles()) {
          console.line("  " + console.text(Msg.LINKED_FILE, linked));
        }
        for (String ignored : result.delivery.ignoredFiles()) {
          console.line("  " + console.text(Msg.IGNORED_FILE, ignored));
        }
        for (FileReport failed : check.failedFiles()) {
          console.line("  " + console.text(Msg.FILE_UNREADABLE, failed.file(),
              lang.pick(failed.errorVi(), failed.errorEn())));
        }
        List<Row> problems = result.notAccepted.stream()
            .filter(row -> StagingSchema.STATUS_REJECTED.equals(row.getAs("status")))
            .limit(all ? Long.MAX_VALUE : SHOWN_PER_FEED).toList();
        for (Row p : problems) {
          // The column as the officer's file named it, not the contract's English code.
          String file = p.getAs("source_file");
          String value = p.getAs("value");
          console.line(String.format("  %s:%d %s '%s': %s", file,
              p.<Integer>getAs("source_line"), result.columnLabel(file, p.getAs("column"), lang),
              value == null ? "" : value, p.<String>getAs(lang.pick("reason_vi", "reason_en"))));
        }
        if (!all && check.rejected() > SHOWN_PER_FEED) {
          console.say(Msg.VALIDATE_MORE, check.rejected() - SHOWN_PER_FEED);
        }
        if (check.status() == PublishDecision.FeedStatus.TOO_MANY_REJECTS) {
          console.line("  " + console.text(Msg.TOO_MANY_REJECTS, console.feed(feed),
              check.rejected(), check.read(), 100.0 * check.rejected() / check.read(),
              100 * config.rejectThreshold()));
        }
      } finally {
        result.release();
      }
    }
    if (exit.ok()) {
      console.say(Msg.VALIDATE_OK, month);
    } else {
      console.say(Msg.VALIDATE_NOT_OK, month, exit.code());
    }
    return exit;
  }
}
