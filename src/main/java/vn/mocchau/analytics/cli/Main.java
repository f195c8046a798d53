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
        Main.Validate.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command and returns its exit code (used by tests without exiting the JVM). */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("Internal error: " + e + ". Details are above; please report this"
          + " to the data team with the run manifest.");
      e.printStackTrace(cmd.getErr());
      return ExitCode.INTERNAL_ERROR;
    });
    return commandLine.execute(args);
  }

  static YearMonth month(String text, String what) {
    try {
      YearMonth month = YearMonth.parse(text);
      if (month.isAfter(YearMonth.now())) {
        throw new CommandLine.ParameterException(new CommandLine(new Main()),
            "Cannot run " + what + " " + text + ": it is in the future.");
      }
      return month;
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(new CommandLine(new Main()),
          "Cannot read " + what + " '" + text + "': write the month as YYYY-MM, e.g. 2026-10.");
    }
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
      YearMonth parsed = month(month, "month");
      return JobRunner.run("monthly", options.toConfig(), List.of(parsed),
          new Console(System.out));
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
      return JobRunner.validate(options.toConfig(), month(month, "month"), all,
          new Console(System.out));
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
      YearMonth first = month(from, "FROM");
      YearMonth last = month(to, "TO");
      if (last.isBefore(first)) {
        throw new CommandLine.ParameterException(new CommandLine(this),
            "Cannot backfill: TO " + to + " is before FROM " + from + ".");
      }
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(m);
      }
      return JobRunner.run("backfill", options.toConfig(), months, new Console(System.out));
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
        description = "Language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
      YearMonth asOf = month(month, "month");
      Lang language;
      try {
        language = Lang.of(lang);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
      }
      return JobRunner.report(out, asOf, language, new Console(System.out));
    }
  }
}

