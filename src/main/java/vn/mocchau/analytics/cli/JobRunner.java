package vn.mocchau.analytics.cli;

import vn.mocchau.analytics.text.Msg;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
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
import vn.mocchau.analytics.io.HadoopFiles;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.io.RunLock;
import vn.mocchau.analytics.text.Language;

import vn.mocchau.analytics.report.ReportJob;
import vn.mocchau.analytics.run.RunManifest;

/**
 * Runs one or more months, oldest first, in one Spark session under the output lock; stops at the
 * first month that fails. Argument problems are found before Spark starts, by the same checks for
 * jobs/monthly, jobs/backfill and jobs/validate ({@link #checkBeforeRun}).
 */
final class JobRunner {
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private JobRunner() {}

  /** The reference data, or the exit code and message that refuse the run. */
  private record Inputs(ReferenceData reference, List<Target> targets, ExitCode refusal) {}

  static ExitCode run(String command, RunConfig config, List<YearMonth> months,
      Console console) {
    Configuration localConf = SparkSessions.hadoopConfiguration(config);
    ExitCode refused = checkBeforeRun(config, localConf, months.get(0), console);
    if (refused != null) {
      return refused;
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
      Inputs inputs = loadReference(config, localConf, console);
      if (inputs.refusal() != null) {
        return inputs.refusal();
      }
      console.stage(Msg.REFERENCE_LOADED, inputs.reference().localities().all().size(),
          inputs.reference().establishments().size(), inputs.targets().size());
      Map<String, RunManifest.ReferenceFile> referenceFiles =
          MonthlyJob.referenceFiles(new Path(config.raw()), localConf);
      SparkSession spark = SparkSessions.create(config);
      console.stage(Msg.SPARK_READY, spark.version(), spark.sparkContext().master());
      try {
        MonthlyJob job = new MonthlyJob(spark, config, inputs.reference(), inputs.targets(),
            referenceFiles, console);
        for (YearMonth month : months) {
          String runId = runId(command + "-" + month) + "-"
              + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
          console.stage(Msg.MONTH_START, month, runId);
          MonthlyJob.Outcome outcome = job.run(month, runId, command);
          console.line(outcome.message());
          console.say(Msg.MANIFEST, outcome.manifest());
          if (!outcome.exitCode().ok()) {
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

  /**
   * Redraws a month's charts and report from the published marts, under the output lock. Spark
   * settings given with --conf reach the file system as they do for the other jobs
   * (spark.hadoop.*).
   */
  static ExitCode report(String out, Map<String, String> sparkConf, YearMonth asOf, Language lang,
      Console console) {
    Configuration conf = SparkSessions.hadoopConfigurationWithoutSpark(sparkConf);
    Path outPath = new Path(out);
    try (RunLock lock = RunLock.acquire(outPath, "report", conf)) {
      ReportJob.Result result = ReportJob.run(outPath, conf, asOf, lang,
          runId("report-" + asOf));
      console.stage(Msg.REPORT_DRAWN, result.charts(), result.outputs());
      return ExitCode.OK;
    } catch (RunLock.BusyException busy) {
      console.say(Msg.OUTPUT_BUSY, out, holder(busy, console));
      return ExitCode.OUTPUT_BUSY;
    } catch (ReportJob.NoMartsException noMarts) {
      // ReportJob's reason is in the report's language; the console says it in the officer's.
      console.say(Msg.NO_MARTS, asOf, out, asOf.toString());
      return ExitCode.USAGE;
    }
  }

  /** Checks a month's deliveries without writing anything (no lock: nothing is written). */
  static ExitCode validate(RunConfig config, YearMonth month, boolean all, Console console) {
    Configuration localConf = SparkSessions.hadoopConfiguration(config);
    ExitCode refused = checkBeforeRun(config, localConf, month, console);
    if (refused != null) {
      return refused;
    }
    Inputs inputs = loadReference(config, localConf, console);
    if (inputs.refusal() != null) {
      return inputs.refusal();
    }
    SparkSession spark = SparkSessions.create(config);
    try {
      return ValidateJob.run(spark, config, inputs.reference(), month, console, all);
    } finally {
      spark.stop();
    }
  }

  private static String runId(String what) {
    return RUN_ID_TIME.format(Instant.now()) + "-" + what;
  }

  /**
   * The checks before any run, nothing read but folder listings: the input and output locations
   * can be used and the first month is not before the first delivery. Null when all pass, else
   * the exit code, the reason said on the console.
   */
  private static ExitCode checkBeforeRun(RunConfig config, Configuration conf,
      YearMonth firstMonth, Console console) {
    String problem = checkPaths(config, conf, console);
    if (problem == null) {
      problem = checkFirstMonth(config, conf, firstMonth, console);
    }
    if (problem == null) {
      return null;
    }
    console.line(problem);
    return ExitCode.USAGE;
  }

  /** The reference files, or exit 6 with what is wrong in them. */
  private static Inputs loadReference(RunConfig config, Configuration conf, Console console) {
    try {
      ReferenceLoader loader = new ReferenceLoader(new Path(config.raw()), conf);
      ReferenceData reference = loader.load();
      return new Inputs(reference, List.copyOf(reference.targets().values()), null);
    } catch (ReferenceDataException e) {
      console.line(e.text(console.lang()));
      return new Inputs(null, null, ExitCode.BAD_REFERENCE);
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
      if (!HadoopFiles.exists(raw, conf)) {
        return console.text(Msg.RAW_MISSING, config.raw());
      }
      if (!HadoopFiles.exists(new Path(raw, ReferenceLoader.FOLDER), conf)) {
        return console.text(Msg.RAW_NO_REFERENCE, config.raw());
      }
      if (HadoopFiles.isFile(new Path(config.out()), conf)) {
        return console.text(Msg.OUT_IS_FILE, config.out());
      }
      return null;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // IllegalArgumentException: Hadoop's answer to a path it cannot parse ("s3a:/x y").
      return console.text(Msg.CANNOT_RUN, Console.cause(e));
    }
  }

  /** Null when the first month asked for is not before the first delivered month. */
  private static String checkFirstMonth(RunConfig config, Configuration conf, YearMonth month,
      Console console) {
    try {
      Optional<YearMonth> first = new DeliveryScanner(new Path(config.raw()), conf)
          .firstDeliveredMonth(Feed.registered().stream().map(Feed::folder).toList());
      if (first.isEmpty()) {
        return console.text(Msg.NO_DELIVERIES, config.raw());
      }
      return month.isBefore(first.get())
          ? console.text(Msg.MONTH_BEFORE_FIRST, month.toString(), config.raw(),
              first.get().toString()) : null;
    } catch (UncheckedIOException e) {
      return console.text(Msg.CANNOT_RUN, Console.cause(e));
    }
  }
}
