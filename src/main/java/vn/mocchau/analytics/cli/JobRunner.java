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
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.ingest.ReferenceDataException;
import vn.mocchau.analytics.ingest.ReferenceLoader;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.io.RunLock;
import vn.mocchau.analytics.report.Lang;
import vn.mocchau.analytics.report.ReportJob;

/**
 * Runs one or more months, oldest first, in one Spark session under the output lock; stops at the
 * first month that fails. Argument problems are found before Spark starts.
 */
final class JobRunner {
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private JobRunner() {}

  static int run(String command, RunConfig config, List<YearMonth> months, Console console) {
    Configuration localConf = new Configuration();
    String problem = checkPaths(config, localConf);
    if (problem != null) {
      console.line(problem);
      return ExitCode.USAGE;
    }
    Path out = new Path(config.out());
    try (RunLock lock = RunLock.acquire(out, command, localConf)) {
      if (lock.tookOverStale()) {
        console.stage("took over the lock of a run that no longer exists");
      }
      List<String> recovered = Publisher.recover(out, localConf);
      for (String runId : recovered) {
        console.stage("finished the publication of interrupted run " + runId);
      }
      ReferenceData reference;
      List<Target> targets;
      try {
        ReferenceLoader loader = new ReferenceLoader(new Path(config.raw()), localConf);
        reference = loader.load();
        targets = loader.targets();
      } catch (ReferenceDataException e) {
        console.line(e.getMessage());
        return ExitCode.BAD_REFERENCE;
      }
      console.stage(String.format("reference data: %d localities, %d establishments, %d targets",
          reference.localities().all().size(), reference.establishments().size(),
          targets.size()));
      Map<String, Object> referenceInputs =
          MonthlyJob.describeReference(new Path(config.raw()), localConf);
      SparkSession spark = SparkSessions.create(config);
      console.stage("Spark " + spark.version() + " ready (" + spark.sparkContext().master() + ")");
      try {
        MonthlyJob job = new MonthlyJob(spark, config, reference, targets, referenceInputs,
            console);
        for (YearMonth month : months) {
          String runId = RUN_ID_TIME.format(Instant.now()) + "-" + command + "-" + month + "-"
              + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
          console.stage("month " + month + " (run " + runId + ")");
          MonthlyJob.Outcome outcome = job.run(month, runId, command);
          console.line(outcome.message());
          console.line("Run manifest: " + outcome.manifest());
          if (outcome.exitCode() != ExitCode.OK) {
            if (months.size() > 1) {
              console.line("Backfill stopped at " + month + "; later months were not run.");
            }
            return outcome.exitCode();
          }
        }
        return ExitCode.OK;
      } finally {
        spark.stop();
      }
    } catch (RunLock.BusyException busy) {
      console.line(busy.getMessage());
      return ExitCode.OUTPUT_BUSY;
    }
  }

  /** Redraws a month's charts and report from the published marts, under the output lock. */
  static int report(String out, YearMonth asOf, Lang lang, Console console) {
    Configuration conf = new Configuration();
    Path outPath = new Path(out);
    try (RunLock lock = RunLock.acquire(outPath, "report", conf)) {
      ReportJob.Result result = ReportJob.run(outPath, conf, asOf, lang,
          RUN_ID_TIME.format(Instant.now()) + "-report-" + asOf);
      console.stage("drew " + result.charts() + " charts and the report: " + result.outputs());
      return ExitCode.OK;
    } catch (RunLock.BusyException busy) {
      console.line(busy.getMessage());
      return ExitCode.OUTPUT_BUSY;
    } catch (IllegalArgumentException noMarts) {
      console.line(noMarts.getMessage());
      return ExitCode.USAGE;
    }
  }

  /** Checks a month's deliveries without writing anything (no lock: nothing is written). */
  static int validate(RunConfig config, YearMonth month, boolean all, Console console) {
    Configuration localConf = new Configuration();
    String problem = checkPaths(config, localConf);
    if (problem != null) {
      console.line(problem);
      return ExitCode.USAGE;
    }
    ReferenceData reference;
    try {
      reference = new ReferenceLoader(new Path(config.raw()), localConf).load();
    } catch (ReferenceDataException e) {
      console.line(e.getMessage());
      return ExitCode.BAD_REFERENCE;
    }
    SparkSession spark = SparkSessions.create(config);
    try {
      return ValidateJob.run(spark, config, reference, month, console, all);
    } finally {
      spark.stop();
    }
  }

  /** Null when the input and output locations can be used, else a message saying why not. */
  private static String checkPaths(RunConfig config, Configuration conf) {
    try {
      Path raw = new Path(config.raw());
      FileSystem fs = raw.getFileSystem(conf);
      if (!fs.exists(raw)) {
        return "Cannot run: the deliveries folder " + config.raw() + " does not exist (--raw).";
      }
      if (!fs.exists(new Path(raw, ReferenceLoader.FOLDER))) {
        return "Cannot run: " + config.raw() + " has no reference/ folder; is --raw the"
            + " data-raw folder?";
      }
      Path out = new Path(config.out());
      FileSystem outFs = out.getFileSystem(conf);
      if (outFs.exists(out) && !outFs.getFileStatus(out).isDirectory()) {
        return "Cannot run: --out " + config.out() + " is a file, not a folder.";
      }
      return null;
    } catch (IOException | IllegalArgumentException e) {
      return "Cannot run: " + e.getMessage();
    }
  }
}
