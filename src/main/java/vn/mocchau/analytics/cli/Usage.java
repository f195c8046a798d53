package vn.mocchau.analytics.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

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

  /** The language of the run, found before parsing: "en" only when --lang en is given. */
  static String languageOf(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang=en") || args[i].equals("--lang") && i + 1 < args.length
          && args[i + 1].equals("en")) {
        return "en";
      }
    }
    return "vi";
  }

  /** Per job: what it does, and one example. */
  private static final Map<String, String[]> JOBS = Map.of(
      "monthly", new String[] {
          "Đọc số liệu nộp của một tháng, kiểm tra theo quy định, công bố số liệu sạch, các bảng"
              + " tổng hợp, biểu đồ và báo cáo tiến độ.",
          "Ingest one month's deliveries, check them against the contract, and publish the"
              + " curated data, the marts, the charts and the progress report.",
          "jobs/monthly 2026-10"},
      "backfill", new String[] {
          "Chạy lần lượt từng tháng từ TỪ_THÁNG đến ĐẾN_THÁNG, tháng cũ trước; dừng ở tháng đầu"
              + " tiên có lỗi.",
          "Run every month from FROM to TO, oldest first, in one Spark session; stop at the"
              + " first month that fails.",
          "jobs/backfill 2023-01 2026-10"},
      "validate", new String[] {
          "Kiểm tra số liệu nộp của một tháng và in mọi lỗi (tệp:dòng cột 'giá trị': lý do);"
              + " không ghi gì ra đĩa.",
          "Check a month's deliveries and print every problem (file:line column 'value':"
              + " reason); writes nothing.",
          "jobs/validate 2026-10"},
      "report", new String[] {
          "Vẽ lại biểu đồ và báo cáo của một tháng từ kết quả đã công bố, không cần Spark (vài"
              + " giây).",
          "Redraw a month's charts and report from the published marts, without Spark (a few"
              + " seconds).",
          "jobs/report 2026-10 --lang en"},
      "sql", new String[] {
          "Truy vấn Spark SQL trên các bảng đã công bố (số liệu sạch theo tên nguồn, quarantine_"
              + "<nguồn>, các bảng tổng hợp), chỉ đọc. Không có câu truy vấn: chế độ gõ lệnh (\\d"
              + " liệt kê bảng, \\d BẢNG xem các cột, \\q thoát).",
          "Spark SQL over the published tables (curated tables by feed name, quarantine_<feed>,"
              + " every mart), read-only. Without a query: an interactive prompt (\\d lists the"
              + " tables, \\d TABLE its columns, \\q quits).",
          "jobs/sql \"SELECT period, sum(arrivals) FROM tourism_monthly GROUP BY period\""},
      "generate-sample", new String[] {
          "Ghi bộ số liệu nộp tổng hợp (mẫu, không phải số liệu thật); cùng hạt giống cho cùng"
              + " tệp.",
          "Write the synthetic sample deliveries (not real data); the same seed writes the same"
              + " bytes.",
          "jobs/generate-sample --out /tmp/data-raw --scale 10"});

  /**
   * Per parameter or option: its value's name and its meaning, in Vietnamese then English. Keys
   * are "job NAME" where the meaning differs between jobs, else the option's name.
   */
  private static final Map<String, String[]> ARGS = Map.ofEntries(
      Map.entry("YYYY-MM", new String[] {"YYYY-MM", "YYYY-MM",
          "tháng số liệu (tháng mà số liệu nói về), ví dụ 2026-10",
          "the delivery month (the month the data is about), e.g. 2026-10"}),
      Map.entry("report YYYY-MM", new String[] {"YYYY-MM", "YYYY-MM",
          "tháng của báo cáo, đã công bố, ví dụ 2026-10",
          "the month of the report, already published, e.g. 2026-10"}),
      Map.entry("FROM", new String[] {"TỪ_THÁNG", "FROM", "tháng đầu tiên, YYYY-MM",
          "the first month, YYYY-MM"}),
      Map.entry("TO", new String[] {"ĐẾN_THÁNG", "TO", "tháng cuối cùng, YYYY-MM",
          "the last month, YYYY-MM"}),
      Map.entry("QUERY", new String[] {"CÂU_TRUY_VẤN", "QUERY",
          "một câu truy vấn SQL trong ngoặc kép; \\d, \\d BẢNG cũng được",
          "one SQL query in quotes; \\d and \\d TABLE work too"}),
      Map.entry("--raw", new String[] {"THƯ_MỤC", "DIR",
          "thư mục số liệu nộp và danh mục (mặc định: %s)",
          "deliveries and reference files (default: %s)"}),
      Map.entry("--out", new String[] {"THƯ_MỤC", "DIR",
          "thư mục kết quả đã công bố (mặc định: %s)",
          "published outputs (default: %s)"}),
      Map.entry("generate-sample --out", new String[] {"THƯ_MỤC", "DIR",
          "thư mục data-raw sẽ ghi vào (mặc định: %s)",
          "the data-raw folder to write (default: %s)"}),
      Map.entry("--lang", new String[] {"vi|en", "vi|en",
          "ngôn ngữ của thông báo, biểu đồ và báo cáo (mặc định: vi)",
          "language of the messages, the charts and the report (default: vi)"}),
      Map.entry("generate-sample --lang", new String[] {"vi|en", "vi|en",
          "ngôn ngữ của hướng dẫn và thông báo (mặc định: vi)",
          "language of the help and the messages (default: vi)"}),
      Map.entry("--reject-threshold", new String[] {"TỶ_LỆ", "SHARE",
          "tỷ lệ dòng bị loại tối đa của một nguồn mà tháng vẫn được công bố, viết 0.05 cho 5 %%"
              + " (mặc định: %s = 2 %%)",
          "the largest share of a feed's rows that may be rejected and still publish, 0.05 for"
              + " 5 %% (default: %s = 2 %%)"}),
      Map.entry("--min-rejected", new String[] {"SỐ_DÒNG", "ROWS",
          "ngưỡng trên chỉ áp dụng từ số dòng bị loại này trở lên (mặc định: %s)",
          "the threshold applies only from this many rejected rows on (default: %s)"}),
      Map.entry("--master", new String[] {"URL", "URL",
          "cụm Spark, ví dụ spark://máy:7077 (mặc định: chạy ngay trên máy này)",
          "Spark master, e.g. spark://host:7077 (default: embedded local mode)"}),
      Map.entry("--conf", new String[] {"KHÓA=GIÁ_TRỊ", "KEY=VALUE",
          "một thiết lập Spark, ví dụ spark.executor.memory=4g (có thể ghi nhiều lần)",
          "a Spark setting, e.g. spark.executor.memory=4g (repeatable)"}),
      Map.entry("report --conf", new String[] {"KHÓA=GIÁ_TRỊ", "KEY=VALUE",
          "một thiết lập Hadoop dạng spark.hadoop.KHÓA=GIÁ_TRỊ, ví dụ để đọc --out trên S3 (có"
              + " thể ghi nhiều lần)",
          "a Hadoop setting as spark.hadoop.KEY=VALUE, e.g. to reach --out on S3 (repeatable)"}),
      Map.entry("--verbose", new String[] {"", "",
          "in cả nhật ký của Spark (khi cần gửi nhóm dữ liệu)",
          "show Spark's own log (to send to the data team)"}),
      Map.entry("--all", new String[] {"", "",
          "in mọi dòng bị loại (mặc định: 50 dòng đầu mỗi nguồn)",
          "print every rejected row (default: the first 50 per feed)"}),
      Map.entry("--format", new String[] {"table|csv|parquet", "table|csv|parquet",
          "dạng kết quả: bảng (1.000 dòng đầu), csv, hoặc parquet (cần --output)"
              + " (mặc định: table)",
          "table (aligned text, first 1,000 rows), csv, or parquet (needs --output)"
              + " (default: table)"}),
      Map.entry("--output", new String[] {"ĐƯỜNG_DẪN", "PATH",
          "ghi kết quả vào đây thay vì màn hình (csv: một tệp UTF-8 cho Excel; parquet: một thư"
              + " mục mới)",
          "write the result here instead of the console (csv: a UTF-8 file for Excel;"
              + " parquet: a new folder)"}),
      Map.entry("--reference-from", new String[] {"THƯ_MỤC", "DIR",
          "nơi chép localities.csv, locality_aliases.csv, targets.csv (mặc định: %s)",
          "where localities.csv, locality_aliases.csv and targets.csv are copied from"
              + " (default: %s)"}),
      Map.entry("--from", new String[] {"YYYY-MM", "YYYY-MM", "tháng đầu tiên (mặc định: %s)",
          "the first month (default: %s)"}),
      Map.entry("--to", new String[] {"YYYY-MM", "YYYY-MM", "tháng cuối cùng (mặc định: %s)",
          "the last month (default: %s)"}),
      Map.entry("--scale", new String[] {"HỆ_SỐ", "N",
          "nhân số đăng ký lưu trú (1, 10, 100 để đo hiệu năng) (mặc định: %s)",
          "multiplier of the stay registrations (1, 10, 100 for benchmarks) (default: %s)"}),
      Map.entry("--seed", new String[] {"SỐ", "N", "hạt giống ngẫu nhiên (mặc định: %s)",
          "random seed (default: %s)"}),
      Map.entry("--help", new String[] {"", "", "in hướng dẫn này", "print this help"}));

  private static final String[] WORDS_USAGE = {"Cách dùng: ", "Usage: "};
  private static final String[] WORDS_PARAMETERS = {"Tham số:", "Parameters:"};
  private static final String[] WORDS_OPTIONS = {"Tùy chọn:", "Options:"};
  private static final String[] WORDS_EXAMPLE = {"Ví dụ: ", "Example: "};
  private static final String[] WORDS_MORE = {"Giải thích từng tùy chọn: %s --help",
      "Every option explained: %s --help"};

  private static String pick(String[] words, boolean vi) {
    return words[vi ? 0 : 1];
  }

  static String job(CommandSpec spec) {
    return "jobs/" + spec.name();
  }

  /** The text of a parameter or option: [label, description] in the language, or null. */
  static String[] text(CommandSpec spec, ArgSpec arg, boolean vi) {
    String name = arg instanceof OptionSpec option ? option.longestName()
        : ((PositionalParamSpec) arg).paramLabel();
    String[] entry = ARGS.getOrDefault(spec.name() + " " + name, ARGS.get(name));
    if (entry == null) {
      return null;
    }
    String description = entry[vi ? 2 : 3];
    String defaultValue = arg.defaultValue() == null ? "" : arg.defaultValue();
    return new String[] {entry[vi ? 0 : 1], String.format(java.util.Locale.ROOT, description,
        defaultValue)};
  }

  /** "[--raw THƯ_MỤC]": one option as the synopsis shows it. */
  private static String synopsisOf(CommandSpec spec, ArgSpec arg, boolean vi) {
    String[] text = text(spec, arg, vi);
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
  static String synopsis(CommandSpec spec, boolean vi) {
    List<String> words = new ArrayList<>();
    words.add(pick(WORDS_USAGE, vi) + job(spec));
    spec.positionalParameters().forEach(p -> words.add(synopsisOf(spec, p, vi)));
    spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
        .forEach(o -> words.add(synopsisOf(spec, o, vi)));
    StringBuilder text = new StringBuilder();
    int column = 0;
    for (String word : words) {
      if (column > 0 && column + word.length() + 1 > 100) {
        text.append(System.lineSeparator()).append(" ".repeat(pick(WORDS_USAGE, vi).length()
            + 2));
        column = pick(WORDS_USAGE, vi).length() + 2;
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
  static String brief(CommandSpec spec, boolean vi) {
    String nl = System.lineSeparator();
    return synopsis(spec, vi) + nl + pick(WORDS_EXAMPLE, vi) + JOBS.get(spec.name())[2] + nl
        + String.format(pick(WORDS_MORE, vi), job(spec)) + nl;
  }

  /** --help: what the job does, the usage line, every parameter and option, one example. */
  static String full(CommandSpec spec, boolean vi) {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    text.append(synopsis(spec, vi)).append(nl)
        .append(wrap(JOBS.get(spec.name())[vi ? 0 : 1], 0)).append(nl);
    if (!spec.positionalParameters().isEmpty()) {
      text.append(nl).append(pick(WORDS_PARAMETERS, vi)).append(nl);
      for (PositionalParamSpec p : spec.positionalParameters()) {
        String[] t = text(spec, p, vi);
        text.append(row(t[0], t[1])).append(nl);
      }
    }
    text.append(nl).append(pick(WORDS_OPTIONS, vi)).append(nl);
    for (OptionSpec o : spec.options()) {
      if (o.versionHelp()) {
        continue; // the sample generator's standard options bring one; no version to show
      }
      String[] t = text(spec, o, vi);
      String names = String.join(", ", o.names());
      text.append(row(t[0].isEmpty() ? names : names + " " + t[0], t[1])).append(nl);
    }
    text.append(nl).append(pick(WORDS_EXAMPLE, vi)).append(JOBS.get(spec.name())[2]).append(nl);
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
  static String error(CommandLine.ParameterException e, CommandSpec spec, boolean vi) {
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<String> what = new ArrayList<>();
      for (ArgSpec arg : missing.getMissing()) {
        String[] text = spec == null ? null : text(spec, arg, vi);
        String label = text == null ? arg.paramLabel() : text[0];
        what.add(arg instanceof OptionSpec option ? (vi ? "giá trị " + label + " sau "
            : "the value " + label + " after ") + option.longestName() : label);
      }
      return (vi ? "Thiếu " : "Missing ") + String.join(", ", what) + ".";
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
      String suggestions = unmatched.getSuggestions().isEmpty() ? ""
          : (vi ? " Có phải là " : " Did you mean ")
              + String.join(vi ? " hoặc " : " or ", unmatched.getSuggestions()) + "?";
      if (first.startsWith("-")) {
        return (vi ? "Không có tùy chọn " : "There is no option ") + first + "." + suggestions;
      }
      return (vi ? "Thừa tham số: " : "Unexpected argument: ")
          + String.join(" ", unmatched.getUnmatched()) + ".";
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
      String name = overwritten.getOverwritten() instanceof OptionSpec option
          ? option.longestName() : overwritten.getOverwritten().paramLabel();
      return vi ? "Tùy chọn " + name + " chỉ được ghi một lần."
          : "Option " + name + " may be given only once.";
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) {
      String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
      Class<?> type = arg.type();
      String wanted;
      if (type == int.class || type == Integer.class || type == long.class
          || type == Long.class) {
        wanted = vi ? "cần một số nguyên, ví dụ 10" : "a whole number is needed, e.g. 10";
      } else if (type == double.class || type == Double.class) {
        wanted = vi ? "cần một số viết bằng dấu chấm thập phân, ví dụ 0.05"
            : "a number is needed, e.g. 0.05";
      } else if (Map.class.isAssignableFrom(type)) {
        wanted = vi ? "cần dạng KHÓA=GIÁ_TRỊ" : "KEY=VALUE is needed";
      } else {
        wanted = vi ? "xem giải thích bên dưới" : "see below";
      }
      return vi ? "Giá trị '" + e.getValue() + "' của " + name + " không dùng được: " + wanted
          + "." : "Cannot use '" + e.getValue() + "' for " + name + ": " + wanted + ".";
    }
    if (e instanceof Refusal) {
      return e.getMessage(); // the jobs' own refusal, already in the run's language
    }
    return vi ? "Lệnh chưa đúng." : "The command is not right.";
  }

  /** A job's own refusal of its arguments, worded in the run's language. */
  static final class Refusal extends CommandLine.ParameterException {
    Refusal(String message) {
      super(new CommandLine(new Main()), message);
    }
  }

  /** Uses our help for --help and for picocli's own usage calls, on every job. */
  static void install(CommandLine commandLine, boolean vi) {
    for (CommandLine job : commandLine.getSubcommands().values()) {
      job.setHelpSectionKeys(List.of("moc-chau"));
      job.getHelpSectionMap().put("moc-chau", help -> full(help.commandSpec(), vi));
    }
  }
}
