package vn.mocchau.analytics.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.run.PipelineVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;

/**
 * Entry point of every job in jobs/. The options are declared here and in the option mixins; what
 * each one means, the usage line and the help are worded in both languages in {@link Usage}.
 */
@Command(name = "moc-chau", mixinStandardHelpOptions = true,
    description = "Mộc Châu tourism-area pipeline: ingest, publish and measure progress to 2030.",
    subcommands = {Main.Monthly.class, Main.Backfill.class, Main.Report.class,
        Main.Validate.class, Main.Sql.class, Main.Template.class,
        Main.GenerateSample.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command and returns its exit code (used by tests without exiting the JVM). */
  public static int execute(String... args) {
    Language language = Usage.languageOf(args);
    CommandLine commandLine = new CommandLine(new Main());
    Usage.install(commandLine, language);
    String[] version = {versionLine(language)};
    commandLine.getCommandSpec().versionProvider(() -> version);
    commandLine.getSubcommands().values()
        .forEach(job -> job.getCommandSpec().versionProvider(() -> version));
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      CommandLine job = arguments.length == 0 ? null
          : commandLine.getSubcommands().get(arguments[0]);
      CommandSpec spec = job == null ? null : job.getCommandSpec();
      java.io.PrintWriter err = commandLine.getErr();
      err.println(Usage.error(e, spec, language));
      if (spec != null) {
        err.print(Usage.brief(spec, language));
      }
      err.flush();
      return ExitCode.USAGE.code();
    });
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (Faults.kind(e) != null) { // the machine's fault: say what to fix, no stack trace
        cmd.getErr().println(Faults.message(e).text(language));
        return ExitCode.OUTPUT_UNWRITABLE.code();
      }
      cmd.getErr().println(Msg.INTERNAL_ERROR.format(language, e));
      e.printStackTrace(cmd.getErr());
      return ExitCode.INTERNAL_ERROR.code();
    });
    return commandLine.execute(args);
  }

  /** -h, --help on every job, printed by {@link Usage} in the run's language. */
  static final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean requested;
  }

  /** --version on every job: the pipeline's version, worded in the run's language. */
  static final class VersionOption {
    @Option(names = "--version", versionHelp = true)
    boolean requested;
  }

  /** "moc-chau-analytics phiên bản 0.1.0" / "moc-chau-analytics version 0.1.0". */
  static String versionLine(Language language) {
    return Msg.VERSION.format(language, PipelineVersion.get());
  }

  /** A month from the command line; refused before Spark starts if unreadable or in the future. */
  static YearMonth month(String text, Msg what, Language lang) {
    try {
      YearMonth month = YearMonth.parse(text);
      if (month.isAfter(YearMonth.now())) {
        throw usage(Msg.MONTH_IN_FUTURE.format(lang, what, text));
      }
      return month;
    } catch (DateTimeParseException e) {
      throw usage(Msg.MONTH_UNREADABLE.format(lang, what, text));
    }
  }

  static Language lang(String code) {
    return Usage.language(code);
  }

  private static CommandLine.ParameterException usage(String message) {
    return new Usage.Refusal(message);
  }

  @Command(name = "monthly")
  static final class Monthly implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "YYYY-MM")
    String month;

    @Mixin
    JobOptions options;

    @Mixin
    HelpOption help;

    @Mixin
    VersionOption version;

    @Override
    public Integer call() {
      Language language = options.session.language();
      YearMonth parsed = month(month, Msg.ARG_MONTH, language);
      return JobRunner.run("monthly", options.toConfig(), List.of(parsed),
          new Console(System.out, language)).code();
    }
  }

  @Command(name = "validate")
  static final class Validate implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "YYYY-MM")
    String month;

    @Option(names = "--all")
    boolean all;

    @Mixin
    JobOptions options;

    @Mixin
    HelpOption help;

    @Mixin
    VersionOption version;

    @Override
    public Integer call() {
      Language language = options.session.language();
      return JobRunner.validate(options.toConfig(), month(month, Msg.ARG_MONTH, language), all,
          new Console(System.out, language)).code();
    }
  }

  @Command(name = "backfill")
  static final class Backfill implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FROM")
    String from;

    @Parameters(index = "1", paramLabel = "TO")
    String to;

    @Mixin
    JobOptions options;

    @Mixin
    HelpOption help;

    @Mixin
    VersionOption version;

    @Override
    public Integer call() {
      Language language = options.session.language();
      YearMonth first = month(from, Msg.ARG_FROM, language);
      YearMonth last = month(to, Msg.ARG_TO, language);
      if (last.isBefore(first)) {
        throw usage(Msg.BACKFILL_ORDER.format(language, to, from));
      }
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(m);
      }
      return JobRunner.run("backfill", options.toConfig(), months,
          new Console(System.out, language)).code();
    }
  }

  @Command(name = "report")
  static final class Report implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "YYYY-MM")
    String month;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_OUT)
    String out;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi")
    String lang;

    /** spark.hadoop.* settings reach the file system of --out, as for the other jobs. */
    @Option(names = "--conf", paramLabel = "KEY=VALUE")
    java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

    @Mixin
    HelpOption help;

    @Mixin
    VersionOption version;

    @Override
    public Integer call() {
      Language language = lang(lang);
      YearMonth asOf = month(month, Msg.ARG_MONTH, language);
      return JobRunner.report(out, conf, asOf, language,
          new Console(System.out, language)).code();
    }
  }

  @Command(name = "sql")
  static final class Sql implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY")
    String query;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_OUT)
    String out;

    @Option(names = "--format", paramLabel = "table|csv|parquet", defaultValue = "table")
    String format;

    @Option(names = "--output", paramLabel = "PATH")
    String output;

    @Mixin
    SessionOptions session;

    @Mixin
    HelpOption help;

    @Mixin
    VersionOption version;

    @Override
    public Integer call() throws Exception {
      Language language = session.language();
      Console console = new Console(System.err, language);
      SqlJob.Format chosen;
      try {
        chosen = SqlJob.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw usage(Msg.SQL_FORMAT_UNKNOWN.format(language, format));
      }
      if (chosen == SqlJob.Format.PARQUET && output == null && query != null) {
        console.say(Msg.SQL_NEEDS_OUTPUT);
        return ExitCode.USAGE.code();
      }
      if (output != null && SqlJob.inside(output, out)) {
        console.say(Msg.SQL_REFUSED_OUTPUT, output, out);
        return ExitCode.USAGE.code();
      }
      RunConfig config = new RunConfig(RunConfig.DEFAULT_RAW, out, session.master(language),
          RunConfig.DEFAULT_REJECT_THRESHOLD, RunConfig.DEFAULT_MIN_REJECTED, session.verbose,
          language, java.util.Map.copyOf(session.sparkConf));
      java.util.Map<String, String> tables = SqlJob.publishedTables(
          new org.apache.hadoop.fs.Path(out),
          vn.mocchau.analytics.config.SparkSessions.hadoopConfiguration(config));
      if (tables.isEmpty()) {
        console.say(Msg.SQL_NO_OUTPUTS, out);
        return ExitCode.USAGE.code();
      }
      org.apache.spark.sql.SparkSession spark =
          vn.mocchau.analytics.config.SparkSessions.create(config);
      try {
        return SqlJob.run(spark, tables, query, chosen, output, console);
      } finally {
        spark.stop();
      }
    }
  }

  /** jobs/template indicator_values YEAR: the form the offices fill in (programme.md §1). */
  @Command(name = "template")
  static final class Template implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FEED")
    String feed;

    @Parameters(index = "1", paramLabel = "YEAR")
    String year;

    @Option(names = "--raw", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_RAW)
    String raw;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_OUT)
    String out;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi")
    String lang;

    @Mixin
    HelpOption help;

    @Mixin
    VersionOption version;

    @Override
    public Integer call() {
      Language language = lang(lang);
      if (!TemplateJob.FEED.equals(feed)) {
        throw usage(Msg.TEMPLATE_FEED_UNKNOWN.format(language, feed));
      }
      if (!year.matches("\\d{4}")) {
        throw usage(Msg.TEMPLATE_YEAR_UNREADABLE.format(language, year));
      }
      return TemplateJob.run(raw, out, Integer.parseInt(year),
          new Console(System.out, language)).code();
    }
  }

  /**
   * jobs/generate-sample: the sample generator's own options, with --lang and --help like every
   * job (the generator's class is the data team's tool and knows nothing of the console).
   */
  @Command(name = "generate-sample")
  static final class GenerateSample implements Callable<Integer> {
    @Mixin
    vn.mocchau.analytics.sample.SampleGenerator generator;

    // -h, --help come with the generator's own standard help options.
    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi")
    String lang;

    @Override
    public Integer call() {
      lang(lang);
      return generator.call();
    }
  }
}
