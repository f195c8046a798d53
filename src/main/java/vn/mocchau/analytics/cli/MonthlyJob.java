package vn.mocchau.analytics.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.curate.CuratedTables;
import vn.mocchau.analytics.curate.CuratedWriter;
import vn.mocchau.analytics.ingest.Delivery;
import vn.mocchau.analytics.ingest.DeliveryScanner;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.FileReport;
import vn.mocchau.analytics.ingest.ReferenceLoader;
import vn.mocchau.analytics.ingest.StagingSchema;
import vn.mocchau.analytics.io.CsvExport;
import vn.mocchau.analytics.io.Json;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.marts.MartBuilder;
import vn.mocchau.analytics.progress.Progress;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.report.ReportJob;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Msg;

/**
 * One month of the monthly job: ingest the four feeds' deliveries, decide whether the month may be
 * published (no file-level failure, no feed over the reject threshold), publish curated and
 * quarantine outputs all at once, and record a run manifest either way. The caller holds the
 * output lock and owns the Spark session, so a backfill runs many months in one session.
 */
public final class MonthlyJob {
  /** How a month ended: exit code, a one-paragraph message, and the manifest written. */
  public record Outcome(int exitCode, String message, String manifest) {}

  private static final int MAX_REJECTS_IN_FAILED_RUN_CSV = 10_000;

  private final SparkSession spark;
  private final RunConfig config;
  private final ReferenceData reference;
  private final List<Target> targets;
  private final Map<String, Object> referenceInputs;
  private final Console console;
  private final Configuration hadoop;

  public MonthlyJob(SparkSession spark, RunConfig config, ReferenceData reference,
      List<Target> targets, Map<String, Object> referenceInputs, Console console) {
    this.spark = spark;
    this.config = config;
    this.reference = reference;
    this.targets = targets;
    this.referenceInputs = referenceInputs;
    this.console = console;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
  }

  public Outcome run(YearMonth month, String runId, String command) {
    Instant started = Instant.now();
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", runId);
    manifest.put("command", command);
    manifest.put("month", month.toString());
    manifest.put("started", started.toString());
    manifest.put("versions", versions());
    manifest.put("config", Map.of("raw", config.raw(), "out", config.out(),
        "master", spark.sparkContext().master(), "reject_threshold", config.rejectThreshold(),
        "min_rejected_to_fail", config.minRejectedToFail()));
    manifest.put("reference", referenceInputs);
    Map<String, Object> timings = new LinkedHashMap<>();
    Map<String, Object> feeds = new LinkedHashMap<>();
    List<Notice> warnings = new ArrayList<>();
    List<Notice> problems = new ArrayList<>();
    Map<String, FeedLine> summary = new LinkedHashMap<>();
    int exitCode = ExitCode.OK;

    Path out = new Path(config.out());
    Publisher publisher = new Publisher(out, runId, hadoop);
    DeliveryScanner scanner = new DeliveryScanner(new Path(config.raw()), hadoop);
    FeedIngest ingest = new FeedIngest(spark, reference);
    List<FeedIngest.Result> results = new ArrayList<>();
    try {
      for (Feed feed : Feed.values()) {
        long t0 = System.nanoTime();
        FeedContract contract = feed.contract();
        Delivery delivery = scanner.scan(contract.feed(), month);
        FeedIngest.Result result = ingest.ingest(contract, delivery, month);
        results.add(result);
        Map<String, Object> feedEntry = describe(result, warnings);
        feedEntry.put("expected", contract.expectedIn(month));
        feeds.put(contract.feed(), feedEntry);
        if (!delivery.delivered() && !contract.expectedIn(month)) {
          // The delivery calendar says none is due this month: nothing to flag.
          console.stage(Msg.FEED_NOT_DUE, console.feed(feed), month);
          feedEntry.put("status", "not_due");
          summary.put(contract.feed(), FeedLine.notDue());
        } else if (!delivery.delivered()) {
          console.stage(Msg.FEED_NOT_DELIVERED, console.feed(feed), month);
          warnings.add(notice(feed, Msg.FEED_NOT_DELIVERED, month));
          summary.put(contract.feed(), FeedLine.notDelivered());
        } else {
          checkAccounting(result);
          long read = result.total(FeedIngest.FileCounts::read);
          long rejected = result.total(FeedIngest.FileCounts::rejected);
          console.stage(Msg.FEED_COUNTS, console.feed(feed), delivery.files().size(), read,
              result.total(FeedIngest.FileCounts::accepted), rejected,
              result.total(FeedIngest.FileCounts::duplicates));
          Msg status = Msg.STATUS_DELIVERED;
          for (FileReport failed : result.failedFiles()) {
            problems.add(Notice.of(Msg.FILE_UNREADABLE, failed.file(),
                Localized.of(failed.errorVi(), failed.errorEn())));
            feedEntry.put("status", "failed_file");
            status = Msg.STATUS_FAILED_FILE;
            exitCode = ExitCode.BAD_DELIVERY;
          }
          if (result.failedFiles().isEmpty()
              && config.exceedsRejectThreshold(read, rejected)) {
            problems.add(notice(feed, Msg.TOO_MANY_REJECTS, rejected, read,
                100.0 * rejected / read, 100 * config.rejectThreshold()));
            feedEntry.put("status", "too_many_rejects");
            status = Msg.STATUS_TOO_MANY_REJECTS;
            if (exitCode == ExitCode.OK) {
              exitCode = ExitCode.TOO_MANY_REJECTS;
            }
          }
          List<Map<String, Object>> reasons = topReasons(result);
          feedEntry.put("top_reasons", reasons);
          summary.put(contract.feed(), new FeedLine(status, delivery.files().size(), read,
              result.total(FeedIngest.FileCounts::accepted), rejected,
              result.total(FeedIngest.FileCounts::duplicates), reasons));
        }
        timings.put("ingest_" + contract.feed() + "_ms", (System.nanoTime() - t0) / 1_000_000);
      }

      List<String> outputs = new ArrayList<>();
      String message;
      List<Progress.Row> progress = List.of();
      String reportPath = null;
      String rejectsPath = null;
      if (exitCode == ExitCode.OK) {
        long t0 = System.nanoTime();
        for (FeedIngest.Result result : results) {
          stage(publisher, result, month, outputs);
        }
        timings.put("stage_curated_ms", (System.nanoTime() - t0) / 1_000_000);
        long t1 = System.nanoTime();
        MartBuilder.Summary marts = new MartBuilder(spark, out, publisher, reference, targets)
            .build(month, delivered(results), quality(results));
        warnings.addAll(marts.warnings());
        manifest.put("marts", marts.rows());
        manifest.put("target_progress", progressSummary(marts.progress()));
        timings.put("marts_ms", (System.nanoTime() - t1) / 1_000_000);
        console.stage(Msg.MARTS_REBUILT, marts.rows().size(),
            marts.rows().values().stream().mapToLong(Integer::longValue).sum());
        progress = marts.progress();
        long t2 = System.nanoTime();
        publisher.commit();
        timings.put("commit_ms", (System.nanoTime() - t2) / 1_000_000);
        timings.put("publish_ms", (System.nanoTime() - t0) / 1_000_000);
        outputs.add("marts/");
        outputs.add("exports/");
        console.stage(Msg.PUBLISHED_STAGE, month);
        long t3 = System.nanoTime();
        ReportJob.Result report = ReportJob.run(marts.marts(), out, hadoop, month,
            config.lang(), runId + "-report");
        outputs.addAll(report.outputs());
        timings.put("report_ms", (System.nanoTime() - t3) / 1_000_000);
        reportPath = new Path(out, "reports/" + month + "/report.html").toString();
        console.stage(Msg.REPORT_DRAWN, report.charts(), reportPath);
        List<String> rejectFiles = new ArrayList<>();
        summary.forEach((feed, f) -> {
          if (f.rejected() + f.duplicates() > 0) {
            rejectFiles.add(new Path(out, OutputLayout.rejectsExport(feed, month)).toString());
          }
        });
        rejectsPath = rejectFiles.isEmpty() ? null : String.join(", ", rejectFiles);
        message = console.text(Msg.PUBLISHED, month, config.out());
        manifest.put("status", "published");
      } else {
        publisher.abandon();
        String rejects = writeFailedRunRejects(out, runId, results);
        rejectsPath = rejects;
        message = console.text(Msg.NOT_PUBLISHED, month, String.join("; ",
                problems.stream().map(p -> p.text(console.lang())).toList()))
            + (rejects == null ? "" : console.text(Msg.REJECTS_LISTED, rejects))
            + console.text(Msg.FIX_AND_RERUN, config.raw(), month);
        manifest.put("status", "failed");
        manifest.put("problems", problems.stream().map(Notice::en).toList());
        manifest.put("problems_vi", problems.stream().map(Notice::vi).toList());
        if (rejects != null) {
          outputs.add(rejects);
        }
      }
      printSummary(month, summary, progress, warnings, reportPath, rejectsPath);
      manifest.put("feeds", feeds);
      manifest.put("warnings", warnings.stream().map(Notice::en).toList());
      manifest.put("warnings_vi", warnings.stream().map(Notice::vi).toList());
      manifest.put("outputs", outputs);
      manifest.put("exit_code", exitCode);
      manifest.put("message", message);
      manifest.put("finished", Instant.now().toString());
      timings.put("total_ms", java.time.Duration.between(started, Instant.now()).toMillis());
      manifest.put("timings", timings);
      String manifestPath = writeManifest(out, runId, manifest);
      return new Outcome(exitCode, message, manifestPath);
    } finally {
      results.forEach(FeedIngest.Result::release);
    }
  }

  private static java.util.Set<Feed> delivered(List<FeedIngest.Result> results) {
    java.util.Set<Feed> delivered = java.util.EnumSet.noneOf(Feed.class);
    for (FeedIngest.Result result : results) {
      if (result.delivery.delivered()) {
        for (Feed feed : Feed.values()) {
          if (feed.contract() == result.contract) {
            delivered.add(feed);
          }
        }
      }
    }
    return delivered;
  }

  private static List<MartBuilder.FileQuality> quality(List<FeedIngest.Result> results) {
    List<MartBuilder.FileQuality> quality = new ArrayList<>();
    for (FeedIngest.Result result : results) {
      String feed = result.contract.feed();
      if (!result.delivery.delivered()) {
        quality.add(new MartBuilder.FileQuality(feed, "", 0, 0, 0, 0, "not_delivered"));
        continue;
      }
      for (FeedIngest.FileCounts c : result.countsByFile.values()) {
        quality.add(new MartBuilder.FileQuality(feed, c.file(), c.read(), c.accepted(),
            c.rejected(), c.duplicates(), c.rejected() > 0 ? "with_rejects" : "ok"));
      }
    }
    return quality;
  }

  private static List<Map<String, Object>> progressSummary(List<Progress.Row> rows) {
    List<Map<String, Object>> summary = new ArrayList<>();
    for (Progress.Row row : rows) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("indicator_id", row.target().indicatorId());
      entry.put("status", row.status());
      entry.put("assessed_value", row.assessedValue());
      entry.put("assessed_period", row.assessedPeriod());
      entry.put("anticipated_progress", row.anticipatedProgress());
      entry.put("provisional", row.provisional());
      summary.add(entry);
    }
    return summary;
  }

  /**
   * An assessed indicator as the officer reads it: "4.066.680 lượt khách/năm (11/2025–10/2026),
   * P = 0,76, tạm tính"; shares as "27,3 %".
   */
  static String describe(Progress.Row row, Console console) {
    Language lang = console.lang();
    boolean share = row.target().unit().startsWith("fraction");
    String value = row.assessedValue() == null ? "–" : share
        ? lang.percent(row.assessedValue().doubleValue(), 1)
        : lang.number(row.assessedValue().doubleValue(),
            row.assessedValue().abs().doubleValue() < 100 ? 2 : 0);
    String p = row.anticipatedProgress() == null ? ""
        : ", P = " + lang.progressRatio(row.anticipatedProgress());
    String unit = share ? ""
        : " " + (lang == Language.VI ? unitVi(row.target().unit()) : row.target().unit());
    return value + unit + " (" + console.period(row.assessedPeriod()) + ")" + p
        + (row.provisional() ? ", " + lang.word("provisional") : "");
  }

  /** targets.csv writes units in English; the officer reads them in Vietnamese. */
  static String unitVi(String unit) {
    return unit.replace("billion VND", "tỷ đồng").replace("million VND", "triệu đồng")
        .replace("visits", "lượt khách").replace("tonnes", "tấn").replace("head", "con")
        .replace("/person", "/người").replace("/year", "/năm");
  }

  private static Notice notice(Msg message, Object... args) {
    return Notice.of(message, args);
  }

  /** A notice whose first argument is the feed, named in each language. */
  private static Notice notice(Feed feed, Msg message, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = Console.feedName(feed);
    System.arraycopy(args, 0, all, 1, args.length);
    return Notice.of(message, all);
  }

  /** One feed's line in the closing summary. */
  record FeedLine(Msg status, int files, long read, long accepted, long rejected,
      long duplicates, List<Map<String, Object>> reasons) {
    static FeedLine notDelivered() {
      return new FeedLine(Msg.STATUS_NOT_DELIVERED, 0, 0, 0, 0, 0, List.of());
    }

    static FeedLine notDue() {
      return new FeedLine(Msg.STATUS_NOT_DUE, 0, 0, 0, 0, 0, List.of());
    }
  }

  static final int TOP_REASONS = 3;

  /**
   * The columns with the most rejected rows in a feed's month, each with its count and the first
   * rejected row's reason as an example (reasons carry values, so they are grouped by column).
   * Counted by the ingest's own aggregation: no further Spark job.
   */
  private static List<Map<String, Object>> topReasons(FeedIngest.Result result) {
    List<Map<String, Object>> reasons = new ArrayList<>();
    result.rejectedByColumn.entrySet().stream().limit(TOP_REASONS).forEach(column -> {
      FeedIngest.FirstRejection first = result.firstRejectionByColumn.get(column.getKey());
      Map<String, Object> reason = new LinkedHashMap<>();
      reason.put("column", column.getKey());
      reason.put("rows", column.getValue());
      reason.put("example", first.file() + ":" + first.line());
      reason.put("reason", first.reasonEn());
      reason.put("reason_vi", first.reasonVi());
      reason.put("column_label", result.columnLabel(first.file(), column.getKey(), Language.EN));
      reason.put("column_label_vi", result.columnLabel(first.file(), column.getKey(), Language.VI));
      reasons.add(reason);
    });
    return reasons;
  }

  /** The closing summary: per feed, then progress, warnings and where to look. */
  private void printSummary(YearMonth month, Map<String, FeedLine> feeds,
      List<Progress.Row> progress, List<Notice> warnings, String reportPath,
      String rejectsPath) {
    Language lang = console.lang();
    console.line("");
    console.say(Msg.SUMMARY_HEADING, month);
    console.line("  " + console.text(Msg.SUMMARY_COLUMNS));
    feeds.forEach((folder, f) -> {
      Feed feed = Feed.valueOf(folder.toUpperCase(java.util.Locale.ROOT));
      console.line(String.format(java.util.Locale.ROOT, "  %-15s %-16s %5s %6s %10s %8s %10s",
          console.feed(feed), console.text(f.status()), console.count(f.files()),
          console.count(f.read()), console.count(f.accepted()), console.count(f.rejected()),
          console.count(f.duplicates())));
      if (!f.reasons().isEmpty()) {
        console.line("      " + console.text(Msg.TOP_REASONS));
        for (Map<String, Object> r : f.reasons()) {
          // The column as the officer's file wrote it; the contract's own name when the run
          // manifest predates that label.
          Object label = r.get(lang.pick("column_label_vi", "column_label"));
          String text = (label != null ? label.toString()
              : console.column(feed, (String) r.get("column"))) + " ("
              + console.count(((Number) r.get("rows")).longValue()) + "), "
              + console.text(Msg.EXAMPLE) + " " + r.get("example") + ": "
              + r.get(lang.pick("reason_vi", "reason"));
          console.line("        " + shorten(text, 160));
        }
      }
    });
    List<Progress.Row> assessed = progress.stream()
        .filter(row -> !"not_assessed".equals(row.status())).toList();
    if (!assessed.isEmpty()) {
      console.say(Msg.PROGRESS_HEADING);
      for (Progress.Row row : assessed) {
        console.line("  " + lang.pick(row.target().nameVi(), row.target().nameEn()) + ": "
            + console.lang().word(row.status()) + " — " + describe(row, console));
      }
    }
    progress.stream()
        .filter(row -> "visitors".equals(row.target().indicatorId()))
        .filter(row -> "not_assessed".equals(row.status()))
        .findFirst()
        .ifPresent(row -> console.line(diagnose(month, row.target().baselineYear())
            .text(lang)));
    if (!warnings.isEmpty()) {
      console.say(Msg.WARNINGS, warnings.size());
      warnings.stream().limit(10).forEach(w -> console.line("  - " + w.text(lang)));
      if (warnings.size() > 10) {
        console.say(Msg.MORE_WARNINGS, warnings.size() - 10);
      }
    }
    if (reportPath != null) {
      console.say(Msg.REPORT_AT, reportPath);
    }
    if (rejectsPath != null) {
      console.say(Msg.REJECTS_AT, rejectsPath);
    }
  }

  /** At most {@code max} characters, cut after a whole word ("…" marks the cut). */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max - 1);
    return text.substring(0, space > max / 2 ? space : max - 1) + " …";
  }

  /**
   * Why the visits indicator is not assessed yet, from the months published in --out and the
   * months delivered in --raw (visitor counts, the feed the indicator is made of).
   */
  private ProgressDiagnosis.Advice diagnose(YearMonth month, int baselineYear) {
    Path out = new Path(config.out());
    Path raw = new Path(config.raw());
    String feed = Feed.VISITOR_COUNTS.folder();
    return ProgressDiagnosis.of(month, baselineYear,
        m -> exists(new Path(out, OutputLayout.curated(feed, m))),
        m -> exists(new Path(raw, feed + "/" + m)));
  }

  private boolean exists(Path path) {
    try {
      return path.getFileSystem(hadoop).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** The run's row accounting must close: every row read is accepted, rejected or a duplicate. */
  private static void checkAccounting(FeedIngest.Result result) {
    for (FileReport report : result.fileReports) {
      FeedIngest.FileCounts counts = result.countsByFile.get(report.file());
      long counted = counts == null ? 0 : counts.read();
      long classified = counts == null ? 0
          : counts.accepted() + counts.rejected() + counts.duplicates();
      if (counted != report.rowsRead() || classified != counted) {
        throw new IllegalStateException("Cannot account for the rows of " + report.file()
            + ": the reader read " + report.rowsRead() + ", the counts say " + counted
            + " read and " + classified + " classified");
      }
    }
  }

  private Map<String, Object> describe(FeedIngest.Result result, List<Notice> warnings) {
    Map<String, Object> entry = new LinkedHashMap<>();
    Delivery delivery = result.delivery;
    entry.put("delivered", delivery.delivered());
    entry.put("status", delivery.delivered() ? "ok" : "not_delivered");
    entry.put("ignored_files", delivery.ignoredFiles());
    for (String ignored : delivery.ignoredFiles()) {
      warnings.add(notice(Msg.IGNORED_FILE, ignored));
    }
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileReport report : result.fileReports) {
      Map<String, Object> file = new LinkedHashMap<>();
      FeedIngest.FileCounts counts = result.countsByFile.getOrDefault(report.file(),
          new FeedIngest.FileCounts(report.file(), 0, 0, 0, 0));
      file.put("file", report.file());
      file.put("sha256", report.sha256());
      file.put("bytes", report.bytes());
      file.put("delimiter", report.delimiter());
      file.put("number_style", report.numberStyle());
      file.put("extra_columns", report.extraColumns());
      file.put("blank_lines", report.blankLines());
      file.put("rows_read", counts.read());
      file.put("rows_accepted", counts.accepted());
      file.put("rows_rejected", counts.rejected());
      file.put("rows_duplicate", counts.duplicates());
      file.put("error", report.errorEn());
      file.put("error_vi", report.errorVi());
      files.add(file);
      if (!report.extraColumns().isEmpty()) {
        warnings.add(Notice.of(Msg.EXTRA_COLUMNS, report.file(), report.extraColumns()));
      }
      if ("ASSUMED_VIETNAMESE".equals(report.numberStyle())
          && result.contract.hasDecimalColumns()) {
        warnings.add(Notice.of(Msg.DECIMAL_STYLE_ASSUMED, report.file()));
      }
    }
    entry.put("files", files);
    entry.put("parse_tasks", result.parseTasks);
    entry.put("rows_read", result.total(FeedIngest.FileCounts::read));
    entry.put("rows_accepted", result.total(FeedIngest.FileCounts::accepted));
    entry.put("rows_rejected", result.total(FeedIngest.FileCounts::rejected));
    entry.put("rows_duplicate", result.total(FeedIngest.FileCounts::duplicates));
    entry.put("rejected_by_column", result.rejectedByColumn);
    entry.put("row_warnings", result.warnings);
    if (result.warnings > 0) {
      Notice example = result.firstWarning;
      Feed feed = Feed.valueOf(result.contract.feed().toUpperCase(java.util.Locale.ROOT));
      warnings.add(Notice.of(Msg.ROW_WARNINGS, Console.feedName(feed), result.warnings, example));
    }
    return entry;
  }

  private void stage(Publisher publisher, FeedIngest.Result result, YearMonth month,
      List<String> outputs) {
    FeedContract contract = result.contract;
    String curated = OutputLayout.curated(contract.feed(), month);
    String quarantine = OutputLayout.quarantine(contract.feed(), month);
    if (!result.delivery.delivered()) {
      publisher.withdraw(curated);
      publisher.withdraw(quarantine);
      publisher.withdraw(OutputLayout.rejectsExport(contract.feed(), month));
      return;
    }
    List<Row> rejects = CuratedWriter.write(spark, result,
        publisher.staged(curated).toString(), publisher.staged(quarantine).toString());
    publisher.replace(curated);
    outputs.add(curated);
    writeRejectsCsv(new Path(publisher.staged(quarantine), OutputLayout.REJECTS_CSV),
        rejects.iterator(), Long.MAX_VALUE);
    publisher.replace(quarantine);
    outputs.add(quarantine);
    String export = OutputLayout.rejectsExport(contract.feed(), month);
    writeRejectsCsv(publisher.staged(export), rejects.iterator(), Long.MAX_VALUE);
    publisher.replace(export);
  }

  private String writeFailedRunRejects(Path out, String runId,
      List<FeedIngest.Result> results) {
    List<Row> rows = new ArrayList<>();
    for (FeedIngest.Result result : results) {
      CuratedTables.quarantine(result.notAccepted, StagingSchema.of(result.contract)).stream()
          .filter(row -> StagingSchema.STATUS_REJECTED.equals(row.getAs("status")))
          .limit(MAX_REJECTS_IN_FAILED_RUN_CSV).forEach(rows::add);
    }
    if (rows.isEmpty()) {
      return null;
    }
    String relative = OutputLayout.failedRunRejects(runId);
    writeRejectsCsv(new Path(out, relative), rows.iterator(), MAX_REJECTS_IN_FAILED_RUN_CSV);
    return new Path(out, relative).toString();
  }

  private void writeRejectsCsv(Path path, Iterator<Row> rows, long limit) {
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      fs.mkdirs(path.getParent());
      try (OutputStream stream = fs.create(path, true)) {
        Iterator<List<Object>> cells = new Iterator<>() {
          long written;

          @Override
          public boolean hasNext() {
            return written < limit && rows.hasNext();
          }

          @Override
          public List<Object> next() {
            written++;
            Row row = rows.next();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
              values.add(row.get(i));
            }
            return values;
          }
        };
        CsvExport.write(stream, CuratedTables.QUARANTINE_COLUMNS, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  private String writeManifest(Path out, String runId, Map<String, Object> manifest) {
    Path path = new Path(out, OutputLayout.manifest(runId));
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      fs.mkdirs(path.getParent());
      Path pending = new Path(path.getParent(), "." + path.getName() + ".tmp");
      try (FSDataOutputStream stream = fs.create(pending, true)) {
        stream.write(Json.pretty(manifest).getBytes(StandardCharsets.UTF_8));
      }
      fs.delete(path, false);
      if (!fs.rename(pending, path)) {
        throw new IOException("rename failed");
      }
      return path.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write manifest " + path + ": " + e.getMessage(), e);
    }
  }

  private Map<String, Object> versions() {
    Map<String, Object> versions = new LinkedHashMap<>();
    Package pkg = MonthlyJob.class.getPackage();
    versions.put("pipeline", pkg.getImplementationVersion() == null ? "dev"
        : pkg.getImplementationVersion());
    versions.put("spark", spark.version());
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }

  /** sha256 and size of every reference file, for the manifest. */
  public static Map<String, Object> describeReference(Path rawRoot, Configuration conf) {
    Map<String, Object> files = new LinkedHashMap<>();
    Path folder = new Path(rawRoot, ReferenceLoader.FOLDER);
    try {
      FileSystem fs = folder.getFileSystem(conf);
      for (FileStatus status : fs.listStatus(folder)) {
        if (!status.isFile()) {
          continue;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (java.io.InputStream in = fs.open(status.getPath())) {
          byte[] buffer = new byte[1 << 16];
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
          }
        }
        files.put("reference/" + status.getPath().getName(), Map.of(
            "sha256", HexFormat.of().formatHex(sha.digest()), "bytes", status.getLen()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + folder + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
