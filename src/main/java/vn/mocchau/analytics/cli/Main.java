package vn.mocchau.analytics.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.report.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Entry point of every job in jobs/. */
@Command(name = "moc-chau", mixinStandardHelpOptions = true,
    description = "Mộc Châu tourism-area pipeline: ingest, publish and measure progress to 2030.",
    subcommands = {Main.Monthly.class, Main.Backfill.class, Main.Report.class,
        Main.Validate.class, Main.Sql.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command and returns its exit code (used by tests without exiting the JVM). */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("Lỗi nội bộ / Internal error: " + e + ". Hãy gửi thông báo này và"
          + " sổ chạy (runs/) cho nhóm dữ liệu / please send this message and the run manifest"
          + " (runs/) to the data team. Details follow.");
      e.printStackTrace(cmd.getErr());
      return ExitCode.INTERNAL_ERROR;
    });
    return commandLine.execute(args);
  }

  /** A month from the command line; refused before Spark starts if unreadable or in the future. */
  static YearMonth month(String text, String what, String lang) {
    boolean vi = !"en".equals(lang);
    if (vi && "month".equals(what)) {
      what = "tháng";
    }
    try {
      YearMonth month = YearMonth.parse(text);
      if (month.isAfter(YearMonth.now())) {
        throw usage(Msg.MONTH_IN_FUTURE.format(vi, what, text));
      }
      return month;
    } catch (DateTimeParseException e) {
      throw usage(Msg.MONTH_UNREADABLE.format(vi, what, text));
    }
  }

  static String lang(String code) {
    if (!"vi".equals(code) && !"en".equals(code)) {
      throw usage(Msg.LANG_UNKNOWN.format(true, code) + " / "
          + Msg.LANG_UNKNOWN.format(false, code));
    }
    return code;
  }

  private static CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(new CommandLine(new Main()), message);
  }

  @Command(name = "monthly", mixinStandardHelpOptions = true,
      description = "Ingest one month's deliveries and publish its outputs.")
  static final class Monthly implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "YYYY-MM", description = "The delivery month.")
    String month;

    @Mixin
    JobOptions options;

    @Override
    public Integer call() {
      String language = lang(options.session.lang);
      YearMonth parsed = month(month, "month", language);
      return JobRunner.run("monthly", options.toConfig(), List.of(parsed),
          new Console(System.out, language));
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check a month's deliveries against the contract and print every problem;"
          + " writes nothing.")
  static final class Validate implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "YYYY-MM", description = "The delivery month.")
    String month;

    @Option(names = "--all",
        description = "Print every rejected row (default: the first 50 per feed).")
    boolean all;

    @Mixin
    JobOptions options;

    @Override
    public Integer call() {
      String language = lang(options.session.lang);
      return JobRunner.validate(options.toConfig(), month(month, "month", language), all,
          new Console(System.out, language));
    }
  }

  @Command(name = "backfill", mixinStandardHelpOptions = true,
      description = "Run every month from FROM to TO, oldest first, in one Spark session;"
          + " stop at the first month that fails.")
  static final class Backfill implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FROM", description = "First month, YYYY-MM.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Last month, YYYY-MM.")
    String to;

    @Mixin
    JobOptions options;

    @Override
    public Integer call() {
      String language = lang(options.session.lang);
      YearMonth first = month(from, "FROM", language);
      YearMonth last = month(to, "TO", language);
      if (last.isBefore(first)) {
        throw usage(Msg.BACKFILL_ORDER.format(!"en".equals(language), to, from));
      }
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(m);
      }
      return JobRunner.run("backfill", options.toConfig(), months,
          new Console(System.out, language));
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Redraw a month's charts and report from the published marts (no Spark).")
  static final class Report implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "YYYY-MM", description = "The as-of month.")
    String month;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_OUT,
        description = "Published outputs (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
        description = "Language of the messages, the charts and the report"
            + " (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
      String language = lang(lang);
      YearMonth asOf = month(month, "month", language);
      return JobRunner.report(out, asOf, Lang.of(language), new Console(System.out, language));
    }
  }

  @Command(name = "sql", mixinStandardHelpOptions = true,
      description = "Spark SQL over the published outputs: curated tables by feed name (stays,"
          + " ...), quarantine_<feed>, and every mart by name. Without a query, an interactive"
          + " prompt. Read-only.")
  static final class Sql implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
        description = "One SQL query, e.g. \"SELECT * FROM target_progress\".")
    String query;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_OUT,
        description = "Published outputs to query (default: ${DEFAULT-VALUE}); a path or"
            + " Hadoop URI.")
    String out;

    @Option(names = "--format", paramLabel = "table|csv|parquet", defaultValue = "table",
        description = "table (aligned text, first 1000 rows), csv, or"
            + " parquet (needs --output) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "PATH",
        description = "Write the result here (csv: a file, UTF-8 with BOM like exports/;"
            + " parquet: a new folder) instead of the console.")
    String output;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
      String language = lang(session.lang);
      Console console = new Console(System.err, language);
      SqlJob.Format chosen;
      try {
        chosen = SqlJob.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw usage("--format " + format + ": table | csv | parquet");
      }
      if (chosen == SqlJob.Format.PARQUET && output == null && query != null) {
        console.say(Msg.SQL_NEEDS_OUTPUT);
        return ExitCode.USAGE;
      }
      RunConfig config = new RunConfig(RunConfig.DEFAULT_RAW, out, session.master,
          RunConfig.DEFAULT_REJECT_THRESHOLD, RunConfig.DEFAULT_MIN_REJECTED, session.verbose,
          language, java.util.Map.copyOf(session.sparkConf));
      java.util.Map<String, String> tables = SqlJob.publishedTables(
          new org.apache.hadoop.fs.Path(out),
          vn.mocchau.analytics.config.SparkSessions.hadoopConfiguration(config));
      if (tables.isEmpty()) {
        console.say(Msg.SQL_NO_OUTPUTS, out);
        return ExitCode.USAGE;
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
}
