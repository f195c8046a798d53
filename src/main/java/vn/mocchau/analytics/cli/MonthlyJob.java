package vn.mocchau.analytics.cli;

import vn.mocchau.analytics.text.Msg;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.RejectionTally;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.curate.CuratedStage;
import vn.mocchau.analytics.ingest.Delivery;
import vn.mocchau.analytics.ingest.DeliveryScanner;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.FileReport;
import vn.mocchau.analytics.ingest.ReferenceLoader;
import vn.mocchau.analytics.io.Json;
import vn.mocchau.analytics.io.HadoopFiles;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.marts.MartBuilder;
import vn.mocchau.analytics.marts.MartWorkbook;
import vn.mocchau.analytics.progress.Progress;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.report.ReportJob;
import vn.mocchau.analytics.run.FeedReports;
import vn.mocchau.analytics.run.PipelineVersion;
import vn.mocchau.analytics.run.PublishDecision;
import vn.mocchau.analytics.run.PublishDecision.FeedStatus;
import vn.mocchau.analytics.run.RejectionReasons;
import vn.mocchau.analytics.run.RunManifest;
import vn.mocchau.analytics.run.StageClock;

/**
 * One month of the monthly job, as a list of named stages: scan the deliveries, ingest each
 * registered feed, decide whether the month may be published (no file-level failure, no feed over
 * the reject threshold), stage curated and quarantine outputs, build the marts, commit them all
 * at once, draw the report, print the summary. The run manifest is written whatever happens,
 * an error included. The caller holds the output lock and owns the Spark session, so a backfill
 * runs many months in one session.
 */
public final class MonthlyJob {
  /**
   * How a month ended: exit code, a one-paragraph message, the manifest written, and why rows
   * were rejected, per feed (for the report).
   */
  public record Outcome(ExitCode exitCode, String message, String manifest,
      List<RejectionReasons> rejections) {}

  /** A feed's month after the ingest stage. */
  record Ingested(Feed feed, FeedIngest.Result result, RejectionReasons reasons) {}

  /** What the publish or refuse stages produced, for the summary and the manifest. */
  private record Ending(ExitCode exitCode, String message, List<Progress.Row> progress,
      String reportPath, String rejectsPath) {}

  private final SparkSession spark;
  private final RunConfig config;
  private final ReferenceData reference;
  private final List<Target> targets;
  private final Map<String, RunManifest.ReferenceFile> referenceFiles;
  private final List<Feed> feeds;
  private final Console console;
  private final Configuration hadoop;
  private final Path out;
  private final FeedIngest ingest;

  public MonthlyJob(SparkSession spark, RunConfig config, ReferenceData reference,
      List<Target> targets, Map<String, RunManifest.ReferenceFile> referenceFiles,
      Console console) {
    this.spark = spark;
    this.config = config;
    this.reference = reference;
    this.targets = targets;
    this.referenceFiles = referenceFiles;
    this.feeds = Feed.registered();
    this.console = console;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
    this.out = new Path(config.out());
    this.ingest = new FeedIngest(spark, reference);
  }

  /** The month's run, stage by stage; see {@link Run} for what the stages share. */
  public Outcome run(YearMonth month, String runId, String command) {
    Run run = new Run(month, runId, command);
    try {
      Map<Feed, Delivery> deliveries = run.clock.time("scan", () -> scan(month));
      for (Feed feed : feeds) {
        run.ingested.add(run.clock.time("ingest_" + feed.folder(),
            () -> ingest(feed, deliveries.get(feed), month)));
      }
      PublishDecision decision = run.clock.time("decide", () -> decide(run));
      Ending ending;
      if (decision.publishes()) {
        Publisher publisher = new Publisher(out, runId, hadoop);
        run.clock.time("stage_curated", () -> stageCurated(run, publisher));
        run.marts = run.clock.time("marts", () -> buildMarts(run, publisher));
        run.clock.time("commit", () -> commit(run, publisher));
        ending = run.clock.time("report", () -> drawReport(run));
      } else {
        ending = run.clock.time("refuse", () -> refuse(run));
      }
      run.clock.time("summary", () -> summarise(run, ending));
      String manifest = writeManifest(run, ending, null);
      return new Outcome(ending.exitCode(), ending.message(), manifest, run.reasons());
    } catch (RuntimeException | Error e) {
      // The message the user reads says to send runs/: there must be a manifest there.
      try {
        writeManifest(run, null, e);
      } catch (RuntimeException notWritten) {
        e.addSuppressed(notWritten);
      }
      throw e;
    } finally {
      run.ingested.forEach(i -> i.result().release());
    }
  }

  // --- The stages -------------------------------------------------------------------------

  private Map<Feed, Delivery> scan(YearMonth month) {
    DeliveryScanner scanner = new DeliveryScanner(new Path(config.raw()), hadoop);
    Map<Feed, Delivery> deliveries = new LinkedHashMap<>();
    for (Feed feed : feeds) {
      deliveries.put(feed, scanner.scan(feed.folder(), month));
    }
    return deliveries;
  }

  private Ingested ingest(Feed feed, Delivery delivery, YearMonth month) {
    FeedIngest.Result result = ingest.ingest(feed.contract(), delivery, month);
    if (!delivery.delivered()) {
      console.stage(feed.contract().expectedIn(month) ? Msg.FEED_NOT_DELIVERED
          : Msg.FEED_NOT_DUE, console.feed(feed), month);
      return new Ingested(feed, result, new RejectionReasons(feed, List.of(), List.of()));
    }
    checkAccounting(result);
    console.stage(Msg.FEED_COUNTS, console.feed(feed), delivery.files().size(),
        result.total(FeedIngest.FileCounts::read), result.total(FeedIngest.FileCounts::accepted),
        result.total(FeedIngest.FileCounts::rejected),
        result.total(FeedIngest.FileCounts::duplicates));
    return new Ingested(feed, result, RejectionReasons.of(feed, result));
  }

  private PublishDecision decide(Run run) {
    List<PublishDecision.FeedCheck> checks = new ArrayList<>();
    for (Ingested ingested : run.ingested) {
      PublishDecision.FeedCheck check = PublishDecision.check(ingested.feed(), ingested.result(),
          run.month, config);
      checks.add(check);
      run.warnings.addAll(FeedNotices.warnings(ingested.result()));
      if (check.status() == FeedStatus.NOT_DELIVERED) {
        run.warnings.add(FeedNotices.of(ingested.feed(), Msg.FEED_NOT_DELIVERED, run.month));
      }
      run.problems.addAll(FeedNotices.problems(check, config));
    }
    run.decision = PublishDecision.of(checks);
    return run.decision;
  }

  /** Each feed's curated rows, quarantine and rejects export, staged (see CuratedStage). */
  private void stageCurated(Run run, Publisher publisher) {
    for (Ingested ingested : run.ingested) {
      CuratedStage.Staged staged = CuratedStage.stage(spark, publisher, ingested.result(),
          run.month);
      run.outputRows.putAll(staged.outputRows());
      staged.outputRows().keySet().stream()
          .filter(path -> !path.startsWith(OutputLayout.EXPORTS)).forEach(run.outputs::add);
    }
  }

  private MartBuilder.Summary buildMarts(Run run, Publisher publisher) {
    MartBuilder.Summary marts = new MartBuilder(spark, out, publisher, reference, targets,
        new MartWorkbook.Labels(config.lang(),
            MartWorkbook.syntheticSample(new Path(config.raw()), hadoop)))
        .build(run.month, delivered(run), quality(run));
    console.stage(Msg.MARTS_REBUILT, marts.rows().size(),
        marts.rows().values().stream().mapToLong(Integer::longValue).sum());
    run.warnings.addAll(marts.warnings());
    marts.rows().forEach((mart, rows) -> run.outputRows.put(OutputLayout.mart(mart),
        rows.longValue()));
    return marts;
  }

  /** Everything staged goes live at once; publish_ms is the three stages that led here. */
  private void commit(Run run, Publisher publisher) {
    publisher.commit();
    run.committed = true;
    run.outputs.add(OutputLayout.MARTS);
    run.outputs.add(OutputLayout.EXPORTS);
    console.stage(Msg.PUBLISHED_STAGE, run.month);
  }

  /** The month's charts and report from the marts just committed; the month is published. */
  private Ending drawReport(Run run) {
    YearMonth month = run.month;
    Map<String, List<RejectionTally.Count>> reasons = new LinkedHashMap<>();
    run.reasons().forEach(r -> reasons.put(r.feed().folder(), r.byReason()));
    ReportJob.Result report = ReportJob.run(run.marts.marts(), reasons, out, hadoop, month,
        config.lang(), run.runId + "-report");
    run.outputs.addAll(report.outputs());
    String html = new Path(out, OutputLayout.reportHtml(month)).toString();
    console.stage(Msg.REPORT_DRAWN, report.charts(), html);
    List<String> rejectFiles = run.ingested.stream()
        .filter(i -> i.result().total(c -> c.rejected() + c.duplicates()) > 0)
        .map(i -> new Path(out, OutputLayout.rejectsExport(i.feed().folder(), month)).toString())
        .toList();
    return new Ending(ExitCode.OK, console.text(Msg.PUBLISHED, month, config.out()),
        run.marts.progress(), html, rejectFiles.isEmpty() ? null : String.join(", ",
            rejectFiles));
  }

  /** A month refused: nothing published, the rejected rows listed, the problems told. */
  private Ending refuse(Run run) {
    new Publisher(out, run.runId, hadoop).abandon();
    Path rejects = CuratedStage.writeFailedRunRejects(out, run.runId,
        run.ingested.stream().map(Ingested::result).toList(), hadoop);
    if (rejects != null) {
      run.outputs.add(rejects.toString());
    }
    Language language = console.lang();
    String message = console.text(Msg.NOT_PUBLISHED, run.month, String.join("; ",
        run.problems.stream().map(p -> p.text(language)).toList()))
        + (rejects == null ? "" : console.text(Msg.REJECTS_LISTED, rejects.toString()))
        + console.text(Msg.FIX_AND_RERUN, config.raw(), run.month);
    ExitCode exit = ExitCode.OK;
    for (PublishDecision.FeedCheck check : run.decision.feeds()) {
      exit = exit.worse(ExitCode.of(check.status()));
    }
    return new Ending(exit, message, List.of(), null,
        rejects == null ? null : rejects.toString());
  }

  private void summarise(Run run, Ending ending) {
    List<MonthSummary.FeedLine> lines = new ArrayList<>();
    for (PublishDecision.FeedCheck check : run.decision.feeds()) {
      FeedIngest.Result result = run.ingested(check.feed()).result();
      lines.add(!result.delivery.delivered()
          ? MonthSummary.FeedLine.notDelivered(check.feed(), check.status())
          : new MonthSummary.FeedLine(check.feed(), check.status(),
              result.delivery.files().size(), check.read(),
              result.total(FeedIngest.FileCounts::accepted), check.rejected(),
              result.total(FeedIngest.FileCounts::duplicates),
              run.ingested(check.feed()).reasons().topColumns()));
    }
    Path raw = new Path(config.raw());
    String visits = Feed.VISITOR_COUNTS.folder();
    MonthSummary.print(console, run.month, lines, ending.progress(), run.warnings,
        new MonthSummary.Months(
            m -> HadoopFiles.exists(new Path(out, OutputLayout.curated(visits, m)), hadoop),
            m -> HadoopFiles.exists(new Path(raw, visits + "/" + m), hadoop)),
        ending.reportPath(), ending.rejectsPath());
  }

  // --- What the stages share, and the manifest made of it -----------------------------------

  /** The state of one month's run, filled in stage by stage. */
  private static final class Run {
    final YearMonth month;
    final String runId;
    final String command;
    final Instant started = Instant.now();
    final StageClock clock = new StageClock();
    final List<Ingested> ingested = new ArrayList<>();
    final List<Notice> warnings = new ArrayList<>();
    final List<Notice> problems = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    final Map<String, Long> outputRows = new LinkedHashMap<>();
    PublishDecision decision;
    MartBuilder.Summary marts;
    boolean committed;

    Run(YearMonth month, String runId, String command) {
      this.month = month;
      this.runId = runId;
      this.command = command;
    }

    Ingested ingested(Feed feed) {
      return ingested.stream().filter(i -> i.feed() == feed).findFirst().orElseThrow();
    }

    List<RejectionReasons> reasons() {
      return ingested.stream().map(Ingested::reasons).toList();
    }
  }

  /** Writes the manifest of a run that ended (or, with {@code error}, that an error stopped). */
  private String writeManifest(Run run, Ending ending, Throwable error) {
    RunManifest manifest = manifest(run, ending, error);
    return HadoopFiles.replaceAtomically(new Path(out, OutputLayout.manifest(run.runId)),
        Json.records(manifest).getBytes(StandardCharsets.UTF_8), hadoop);
  }

  private RunManifest manifest(Run run, Ending ending, Throwable error) {
    Map<String, RunManifest.FeedReport> feedReports = new LinkedHashMap<>();
    for (Ingested ingested : run.ingested) {
      FeedStatus status = run.decision == null ? null
          : run.decision.feed(ingested.feed()).status();
      feedReports.put(ingested.feed().folder(), FeedReports.of(ingested.result(), status,
          ingested.feed().contract().expectedIn(run.month), ingested.reasons()));
    }
    boolean published = error == null && ending.exitCode().ok();
    boolean refused = error == null && !published;
    String status = error != null ? RunManifest.ERROR
        : published ? RunManifest.PUBLISHED : RunManifest.REFUSED;
    ExitCode exit = error != null ? Faults.exitCode(error) : ending.exitCode();
    if (run.committed) {
      run.clock.record("publish", run.clock.millis("stage_curated") + run.clock.millis("marts")
          + run.clock.millis("commit"));
    }
    Map<String, Long> timings = run.clock.timings();
    return new RunManifest(RunManifest.SCHEMA_VERSION, run.runId, run.command,
        run.month.toString(), run.started.toString(), Instant.now().toString(),
        new RunManifest.Versions(PipelineVersion.get(), spark.version(),
            System.getProperty("java.version")),
        new RunManifest.Settings(config.raw(), config.out(), spark.sparkContext().master(),
            config.rejectThreshold(), config.minRejectedToFail()),
        referenceFiles, status, exit.code(),
        error != null ? String.valueOf(error) : ending.message(), feedReports,
        published ? run.marts.rows() : null,
        published ? progressSummary(run.marts.progress()) : null,
        refused ? run.problems.stream().map(Notice::en).toList() : null,
        refused ? run.problems.stream().map(Notice::vi).toList() : null,
        run.warnings.stream().map(Notice::en).toList(),
        run.warnings.stream().map(Notice::vi).toList(),
        List.copyOf(run.outputs), Map.copyOf(run.outputRows), timings,
        error == null ? null : new RunManifest.RunError(run.clock.current(),
            error.getClass().getName(), error.getMessage()));
  }

  private static List<RunManifest.IndicatorProgress> progressSummary(List<Progress.Row> rows) {
    return rows.stream().map(row -> new RunManifest.IndicatorProgress(
        row.target().indicatorId(), row.status(), row.assessedValue(), row.assessedPeriod(),
        row.anticipatedProgress(), row.provisional())).toList();
  }

  private static Set<Feed> delivered(Run run) {
    Set<Feed> delivered = EnumSet.noneOf(Feed.class);
    run.ingested.stream().filter(i -> i.result().delivery.delivered())
        .forEach(i -> delivered.add(i.feed()));
    return delivered;
  }

  private static List<MartBuilder.FileQuality> quality(Run run) {
    List<MartBuilder.FileQuality> quality = new ArrayList<>();
    for (Ingested ingested : run.ingested) {
      FeedIngest.Result result = ingested.result();
      String feed = ingested.feed().folder();
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

  /** sha256 and size of every reference file, for the manifest, by "reference/NAME". */
  public static Map<String, RunManifest.ReferenceFile> referenceFiles(Path rawRoot,
      Configuration conf) {
    Map<String, RunManifest.ReferenceFile> files = new LinkedHashMap<>();
    for (HadoopFiles.Digest d : HadoopFiles.digests(new Path(rawRoot, ReferenceLoader.FOLDER),
        conf)) {
      files.put(ReferenceLoader.FOLDER + "/" + d.name(),
          new RunManifest.ReferenceFile(d.sha256(), d.bytes()));
    }
    return files;
  }
}
