package vn.mocchau.analytics.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import vn.mocchau.analytics.text.Help;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;

/**
 * The jobs' usage and help, in the officer's language. picocli parses; the words are ours, so
 * that a Vietnamese run never shows picocli's English usage dump. The language is known before
 * the arguments are parsed by looking for {@code --lang en} (or {@code --lang=en}) among them:
 * anything else, including no --lang and a --lang that is wrong, is Vietnamese, the default.
 *
 * <p>Every option and parameter of every job has a text here in both languages; UsageTest fails
 * when one is missing.
 */
final class Usage {
  private Usage() {}

  /** The language of the run, found before parsing: English only when --lang en is given. */
  static Language languageOf(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang=en") || args[i].equals("--lang") && i + 1 < args.length
          && args[i + 1].equals("en")) {
        return Language.EN;
      }
    }
    return Language.VI;
  }

  /**
   * The language a {@code --lang} value names, parsed once for the whole run; anything but vi or
   * en is refused in both languages (the run's language is what is unknown).
   */
  static Language language(String code) {
    if (!"vi".equals(code) && !"en".equals(code)) {
      throw new Refusal(Msg.LANG_UNKNOWN.format(Language.VI, code) + " / "
          + Msg.LANG_UNKNOWN.format(Language.EN, code));
    }
    return Language.of(code);
  }

  /** Per job: what it does, and one example. */
  private record Job(Help what, String example) {}

  private static final Map<String, Job> JOBS = Map.of(
      "monthly", new Job(Help.JOB_MONTHLY, "jobs/monthly 2026-10"),
      "backfill", new Job(Help.JOB_BACKFILL, "jobs/backfill 2023-01 2026-10"),
      "validate", new Job(Help.JOB_VALIDATE, "jobs/validate 2026-10"),
      "report", new Job(Help.JOB_REPORT, "jobs/report 2026-10 --lang en"),
      "sql", new Job(Help.JOB_SQL, "jobs/sql \"SELECT period, sum(arrivals) FROM tourism_monthly"
          + " GROUP BY period\""),
      "template", new Job(Help.JOB_TEMPLATE, "jobs/template indicator_values 2026"),
      "generate-sample", new Job(Help.JOB_GENERATE_SAMPLE,
          "jobs/generate-sample --out /tmp/data-raw --scale 10"));

  /**
   * Per parameter or option: its value's name (none for a flag) and its meaning. Keys are "job
   * NAME" where the meaning differs between jobs, else the option's name.
   */
  private record Arg(Help label, Help meaning) {}

  private static final Map<String, Arg> ARGS = Map.ofEntries(
      Map.entry("YYYY-MM", new Arg(Help.LABEL_YYYY_MM, Help.ARG_YYYY_MM)),
      Map.entry("report YYYY-MM", new Arg(Help.LABEL_YYYY_MM, Help.ARG_REPORT_YYYY_MM)),
      Map.entry("FROM", new Arg(Help.LABEL_FROM, Help.ARG_FROM)),
      Map.entry("TO", new Arg(Help.LABEL_TO, Help.ARG_TO)),
      Map.entry("QUERY", new Arg(Help.LABEL_QUERY, Help.ARG_QUERY)),
      Map.entry("--raw", new Arg(Help.LABEL_DIR, Help.ARG_RAW)),
      Map.entry("--out", new Arg(Help.LABEL_DIR, Help.ARG_OUT)),
      Map.entry("generate-sample --out", new Arg(Help.LABEL_DIR, Help.ARG_GENERATE_SAMPLE_OUT)),
      Map.entry("--lang", new Arg(Help.LABEL_VI_EN, Help.ARG_LANG)),
      Map.entry("generate-sample --lang",
          new Arg(Help.LABEL_VI_EN, Help.ARG_GENERATE_SAMPLE_LANG)),
      Map.entry("--reject-threshold", new Arg(Help.LABEL_SHARE, Help.ARG_REJECT_THRESHOLD)),
      Map.entry("--min-rejected", new Arg(Help.LABEL_ROWS, Help.ARG_MIN_REJECTED)),
      Map.entry("--master", new Arg(Help.LABEL_URL, Help.ARG_MASTER)),
      Map.entry("--conf", new Arg(Help.LABEL_KEY_VALUE, Help.ARG_CONF)),
      Map.entry("report --conf", new Arg(Help.LABEL_KEY_VALUE, Help.ARG_REPORT_CONF)),
      Map.entry("--verbose", new Arg(null, Help.ARG_VERBOSE)),
      Map.entry("--all", new Arg(null, Help.ARG_ALL)),
      Map.entry("--format", new Arg(Help.LABEL_TABLE_CSV_PARQUET, Help.ARG_FORMAT)),
      Map.entry("--output", new Arg(Help.LABEL_PATH, Help.ARG_OUTPUT)),
      Map.entry("--reference-from", new Arg(Help.LABEL_DIR, Help.ARG_REFERENCE_FROM)),
      Map.entry("--from", new Arg(Help.LABEL_YYYY_MM, Help.ARG_SAMPLE_FROM)),
      Map.entry("--to", new Arg(Help.LABEL_YYYY_MM, Help.ARG_SAMPLE_TO)),
      Map.entry("--scale", new Arg(Help.LABEL_FACTOR, Help.ARG_SCALE)),
      Map.entry("--seed", new Arg(Help.LABEL_NUMBER, Help.ARG_SEED)),
      Map.entry("--help", new Arg(null, Help.ARG_HELP)),
      Map.entry("template FEED", new Arg(Help.LABEL_FEED, Help.ARG_TEMPLATE_FEED)),
      Map.entry("template YEAR", new Arg(Help.LABEL_YEAR, Help.ARG_TEMPLATE_YEAR)),
      Map.entry("template --out", new Arg(Help.LABEL_DIR, Help.ARG_TEMPLATE_OUT)),
      Map.entry("template --raw", new Arg(Help.LABEL_DIR, Help.ARG_TEMPLATE_RAW)),
      Map.entry("template --lang", new Arg(Help.LABEL_VI_EN, Help.ARG_TEMPLATE_LANG)));

  /**
   * The folder of the commands the officer types: jobs/ in the repository, bin/ in the
   * distribution (#17 slice D: its launcher sets MOC_CHAU_COMMANDS=bin), so that the usage lines
   * and examples show the command as it is typed there.
   */
  private static String commands() {
    return "bin".equals(System.getenv("MOC_CHAU_COMMANDS")) ? "bin/" : "jobs/";
  }

  static String job(CommandSpec spec) {
    return commands() + spec.name();
  }

  private static String example(CommandSpec spec) {
    return JOBS.get(spec.name()).example().replaceFirst("^jobs/", commands());
  }

  /** The text of a parameter or option: [label, description] in the language, or null. */
  static String[] text(CommandSpec spec, ArgSpec arg, Language lang) {
    String name = arg instanceof OptionSpec option ? option.longestName()
        : ((PositionalParamSpec) arg).paramLabel();
    Arg entry = ARGS.getOrDefault(spec.name() + " " + name, ARGS.get(name));
    if (entry == null) {
      return null;
    }
    String defaultValue = arg.defaultValue() == null ? "" : arg.defaultValue();
    return new String[] {entry.label() == null ? "" : entry.label().format(lang),
        entry.meaning().format(lang, defaultValue)};
  }

  /** "[--raw THƯ_MỤC]": one option as the synopsis shows it. */
  private static String synopsisOf(CommandSpec spec, ArgSpec arg, Language lang) {
    String[] text = text(spec, arg, lang);
    String label = text == null ? arg.paramLabel() : text[0];
    if (arg instanceof PositionalParamSpec positional) {
      return positional.arity().min == 0 ? "[" + label + "]" : label;
    }
    OptionSpec option = (OptionSpec) arg;
    String shown = option.longestName() + (label.isEmpty() || option.arity().max == 0 ? ""
        : " " + label);
    return "[" + shown + "]" + (option.isMultiValue() ? "..." : "");
  }

  /** The usage line: "Cách dùng: jobs/monthly YYYY-MM [--raw THƯ_MỤC] ...". */
  static String synopsis(CommandSpec spec, Language lang) {
    List<String> words = new ArrayList<>();
    words.add(Msg.HELP_USAGE.format(lang) + job(spec));
    spec.positionalParameters().forEach(p -> words.add(synopsisOf(spec, p, lang)));
    spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
        .forEach(o -> words.add(synopsisOf(spec, o, lang)));
    StringBuilder text = new StringBuilder();
    int column = 0;
    for (String word : words) {
      if (column > 0 && column + word.length() + 1 > 100) {
        column = Msg.HELP_USAGE.format(lang).length() + 2;
        text.append(System.lineSeparator()).append(" ".repeat(column));
      } else if (column > 0) {
        text.append(' ');
        column++;
      }
      text.append(word);
      column += word.length();
    }
    return text.toString();
  }

  /** After a usage error: the usage line, one example, and where to read more. */
  static String brief(CommandSpec spec, Language lang) {
    String nl = System.lineSeparator();
    return synopsis(spec, lang) + nl + Msg.HELP_EXAMPLE.format(lang)
        + example(spec) + nl + Msg.HELP_MORE.format(lang, job(spec)) + nl;
  }

  /** --help: what the job does, the usage line, every parameter and option, one example. */
  static String full(CommandSpec spec, Language lang) {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    text.append(synopsis(spec, lang)).append(nl)
        .append(wrap(JOBS.get(spec.name()).what().format(lang), 0)).append(nl);
    if (!spec.positionalParameters().isEmpty()) {
      text.append(nl).append(Msg.HELP_PARAMETERS.format(lang)).append(nl);
      for (PositionalParamSpec p : spec.positionalParameters()) {
        String[] t = text(spec, p, lang);
        text.append(row(t[0], t[1])).append(nl);
      }
    }
    text.append(nl).append(Msg.HELP_OPTIONS.format(lang)).append(nl);
    for (OptionSpec o : spec.options()) {
      if (o.versionHelp()) {
        continue; // the sample generator's standard options bring one; no version to show
      }
      String[] t = text(spec, o, lang);
      String names = String.join(", ", o.names());
      text.append(row(t[0].isEmpty() ? names : names + " " + t[0], t[1])).append(nl);
    }
    text.append(nl).append(Msg.HELP_EXAMPLE.format(lang)).append(example(spec)).append(nl);
    return text.toString();
  }

  /** "  --raw THƯ_MỤC      description", the description wrapped at 100 columns. */
  private static String row(String left, String right) {
    String start = "  " + left + (left.length() >= 28 ? System.lineSeparator() + " ".repeat(32)
        : " ".repeat(30 - left.length()));
    return start + wrap(right, 32);
  }

  /** Words wrapped at 100 columns, continuation lines indented by {@code indent}. */
  private static String wrap(String words, int indent) {
    StringBuilder text = new StringBuilder();
    int column = indent;
    for (String word : words.split(" ")) {
      if (text.length() > 0 && column + 1 + word.length() > 100) {
        text.append(System.lineSeparator()).append(" ".repeat(indent));
        column = indent;
      } else if (text.length() > 0) {
        text.append(' ');
        column++;
      }
      text.append(word);
      column += word.length();
    }
    return text.toString();
  }

  /**
   * A usage error in the officer's language. picocli's own messages ("Missing required
   * parameter", "Unknown option") are English, so each kind is said again here; the jobs' own
   * refusals (a month that is unreadable...) are already in the run's language.
   */
  static String error(CommandLine.ParameterException e, CommandSpec spec, Language lang) {
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<String> what = new ArrayList<>();
      for (ArgSpec arg : missing.getMissing()) {
        String[] text = spec == null ? null : text(spec, arg, lang);
        String label = text == null ? arg.paramLabel() : text[0];
        what.add(arg instanceof OptionSpec option
            ? Msg.USAGE_VALUE_AFTER.format(lang, label, option.longestName()) : label);
      }
      return Msg.USAGE_MISSING.format(lang, String.join(", ", what));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
      String suggestions = unmatched.getSuggestions().isEmpty() ? ""
          : Msg.USAGE_DID_YOU_MEAN.format(lang, String.join(Msg.USAGE_OR.in(lang),
              unmatched.getSuggestions()));
      if (first.startsWith("-")) {
        return Msg.USAGE_NO_OPTION.format(lang, first) + suggestions;
      }
      return Msg.USAGE_UNEXPECTED.format(lang, String.join(" ", unmatched.getUnmatched()));
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
      String name = overwritten.getOverwritten() instanceof OptionSpec option
          ? option.longestName() : overwritten.getOverwritten().paramLabel();
      return Msg.USAGE_ONCE.format(lang, name);
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) {
      String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
      Class<?> type = arg.type();
      Msg wanted;
      if (type == int.class || type == Integer.class || type == long.class
          || type == Long.class) {
        wanted = Msg.USAGE_WANTS_WHOLE_NUMBER;
      } else if (type == double.class || type == Double.class) {
        wanted = Msg.USAGE_WANTS_NUMBER;
      } else if (Map.class.isAssignableFrom(type)) {
        wanted = Msg.USAGE_WANTS_KEY_VALUE;
      } else {
        wanted = Msg.USAGE_SEE_BELOW;
      }
      return Msg.USAGE_BAD_VALUE.format(lang, e.getValue(), name, wanted);
    }
    if (e instanceof Refusal) {
      return e.getMessage(); // the jobs' own refusal, already in the run's language
    }
    return Msg.USAGE_WRONG.format(lang);
  }

  /** A job's own refusal of its arguments, worded in the run's language. */
  static final class Refusal extends CommandLine.ParameterException {
    Refusal(String message) {
      super(new CommandLine(new Main()), message);
    }
  }

  /** Uses our help for --help and for picocli's own usage calls, on every job. */
  static void install(CommandLine commandLine, Language lang) {
    for (CommandLine job : commandLine.getSubcommands().values()) {
      job.setHelpSectionKeys(List.of("moc-chau"));
      job.getHelpSectionMap().put("moc-chau", help -> full(help.commandSpec(), lang));
    }
  }
}
