package vn.mocchau.analytics.cli;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.config.SparkSessions;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.ingest.DeliveryScanner;
import vn.mocchau.analytics.ingest.ReferenceDataException;
import vn.mocchau.analytics.ingest.ReferenceLoader;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.io.RunLock;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.report.ReportJob;
import vn.mocchau.analytics.text.Msg;

/**
 * Runs one or more months, oldest first, in one Spark session under the output lock; stops at the
 * first month that fails. Argument problems are found before Spark starts.
 */
final class JobRunner {
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private JobRunner() {}

  static int run(String command, RunConfig config, List<YearMonth> months, Console console) {
    Configuration localConf = SparkSessions.hadoopConfiguration(config);
    String problem = checkPaths(config, localConf, console);
    if (problem == null) {
      problem = checkFirstMonth(config, localConf, months.get(0), console);
    }
    if (problem != null) {
      console.line(problem);
      return ExitCode.USAGE;
    }
    Path out = new Path(config.out());
    try (RunLock lock = RunLock.acquire(out, command, localConf)) {
      if (lock.tookOverStale()) {
        console.stage(Msg.STALE_LOCK);
      }
      List<String> recovered = Publisher.recover(out, localConf);
      for (String runId : recovered) {
        console.stage(Msg.RECOVERED, runId);
      }
      ReferenceData reference;
      List<Target> targets;
      try {
        ReferenceLoader loader = new ReferenceLoader(new Path(config.raw()), localConf);
        reference = loader.load();
        targets = loader.targets();
      } catch (ReferenceDataException e) {
        console.line(e.text(console.lang()));
        return ExitCode.BAD_REFERENCE;
      }
      console.stage(Msg.REFERENCE_LOADED, reference.localities().all().size(),
          reference.establishments().size(), targets.size());
      Map<String, Object> referenceInputs =
          MonthlyJob.describeReference(new Path(config.raw()), localConf);
      SparkSession spark = SparkSessions.create(config);
      console.stage(Msg.SPARK_READY, spark.version(), spark.sparkContext().master());
      try {
        MonthlyJob job = new MonthlyJob(spark, config, reference, targets, referenceInputs,
            console);
        for (YearMonth month : months) {
          String runId = RUN_ID_TIME.format(Instant.now()) + "-" + command + "-" + month + "-"
              + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
          console.stage(Msg.MONTH_START, month, runId);
          MonthlyJob.Outcome outcome = job.run(month, runId, command);
          console.line(outcome.message());
          console.say(Msg.MANIFEST, outcome.manifest());
          if (outcome.exitCode() != ExitCode.OK) {
            if (months.size() > 1) {
              console.say(Msg.BACKFILL_STOPPED, month);
            }
            return outcome.exitCode();
          }
        }
        return ExitCode.OK;
      } finally {
        spark.stop();
      }
    } catch (RunLock.BusyException busy) {
      console.say(Msg.OUTPUT_BUSY, config.out(), holder(busy, console));
      return ExitCode.OUTPUT_BUSY;
    }
  }

  /** Redraws a month's charts and report from the published marts, under the output lock. */
  static int report(String out, YearMonth asOf, Language lang, Console console) {
    Configuration conf = new Configuration();
    Path outPath = new Path(out);
    try (RunLock lock = RunLock.acquire(outPath, "report", conf)) {
      ReportJob.Result result = ReportJob.run(outPath, conf, asOf, lang,
          RUN_ID_TIME.format(Instant.now()) + "-report-" + asOf);
      console.stage(Msg.REPORT_DRAWN, result.charts(), result.outputs());
      return ExitCode.OK;
    } catch (RunLock.BusyException busy) {
      console.say(Msg.OUTPUT_BUSY, out, holder(busy, console));
      return ExitCode.OUTPUT_BUSY;
    } catch (IllegalArgumentException noMarts) {
      // ReportJob's reason is English (the report package has no console); say it here.
      console.say(Msg.NO_MARTS, asOf, out, asOf.toString());
      return ExitCode.USAGE;
    }
  }

  /** Checks a month's deliveries without writing anything (no lock: nothing is written). */
  static int validate(RunConfig config, YearMonth month, boolean all, Console console) {
    Configuration localConf = SparkSessions.hadoopConfiguration(config);
    String problem = checkPaths(config, localConf, console);
    if (problem == null) {
      problem = checkFirstMonth(config, localConf, month, console);
    }
    if (problem != null) {
      console.line(problem);
      return ExitCode.USAGE;
    }
    ReferenceData reference;
    try {
      reference = new ReferenceLoader(new Path(config.raw()), localConf).load();
    } catch (ReferenceDataException e) {
      console.line(e.text(console.lang()));
      return ExitCode.BAD_REFERENCE;
    }
    SparkSession spark = SparkSessions.create(config);
    try {
      return ValidateJob.run(spark, config, reference, month, console, all);
    } finally {
      spark.stop();
    }
  }

  /** Who holds the output folder, in the run's language. */
  private static String holder(RunLock.BusyException busy, Console console) {
    RunLock.Holder who = busy.who();
    return who == null ? console.text(Msg.LOCK_RACE)
        : console.text(Msg.LOCK_HOLDER, who.command(), who.pid(), who.host(), who.started());
  }

  /** Null when the input and output locations can be used, else a message saying why not. */
  private static String checkPaths(RunConfig config, Configuration conf, Console console) {
    try {
      Path raw = new Path(config.raw());
      FileSystem fs = raw.getFileSystem(conf);
      if (!fs.exists(raw)) {
        return console.text(Msg.RAW_MISSING, config.raw());
      }
      if (!fs.exists(new Path(raw, ReferenceLoader.FOLDER))) {
        return console.text(Msg.RAW_NO_REFERENCE, config.raw());
      }
      Path out = new Path(config.out());
      FileSystem outFs = out.getFileSystem(conf);
      if (outFs.exists(out) && !outFs.getFileStatus(out).isDirectory()) {
        return console.text(Msg.OUT_IS_FILE, config.out());
      }
      return null;
    } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
      return console.text(Msg.CANNOT_RUN, Console.cause(e));
    }
  }

  /** Null when the first month asked for is not before the first delivered month. */
  private static String checkFirstMonth(RunConfig config, Configuration conf, YearMonth month,
      Console console) {
    try {
      java.util.Optional<YearMonth> first = new DeliveryScanner(new Path(config.raw()), conf)
          .firstDeliveredMonth(java.util.Arrays.stream(Feed.values()).map(Feed::folder).toList());
      if (first.isEmpty()) {
        return console.text(Msg.NO_DELIVERIES, config.raw());
      }
      return month.isBefore(first.get())
          ? console.text(Msg.MONTH_BEFORE_FIRST, month.toString(), config.raw(),
              first.get().toString()) : null;
    } catch (java.io.UncheckedIOException e) {
      return console.text(Msg.CANNOT_RUN, Console.cause(e));
    }
  }
}
