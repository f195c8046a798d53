package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import vn.mocchau.analytics.text.Language;

/**
 * Usage and help speak the run's language (issue 13, finding 6): a Vietnamese run never shows
 * picocli's English usage dump, an English run shows no Vietnamese. Runs {@link Main} in this JVM:
 * nothing here starts Spark.
 */
class ConsoleLanguageTest {
  private static final List<String> JOBS = List.of("monthly", "backfill", "validate", "report",
      "sql", "template", "generate-sample");

  private static InProcess.Run main(String... args) {
    return InProcess.main(args);
  }

  @Test
  void theWordCheckerFindsTheOtherLanguageAndLetsNamesPathsAndValuesThrough() {
    assertEquals(List.of("arrivals", "date", "origin", "establishment"), ConsoleWords.english(
        "cột arrivals 'Tân Lập': date, origin (establishment)"));
    assertEquals(List.of("the", "registry"), ConsoleWords.english("on the registry"
        .substring(3)));
    assertEquals(List.of(), ConsoleWords.english("Thiếu YYYY-MM. Cách dùng: jobs/monthly"
        + " [--raw THƯ_MỤC] visitor_counts/2026-10/a.csv:7 19.618 dòng đọc, P = 0,76 (Spark)"));
    assertEquals(List.of("tháng", "đọc"), ConsoleWords.vietnamese("Cannot read tháng 'Tân Lập',"
        + " đọc"));
    assertEquals(List.of(), ConsoleWords.vietnamese("Usage: jobs/monthly YYYY-MM [--raw DIR],"
        + " Mộc Châu, 19,618 rows read"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"monthly", "backfill", "validate", "report", "sql", "template",
      "generate-sample"})
  void helpIsInVietnameseByDefaultAndInEnglishWithLangEn(String job) {
    InProcess.Run vi = main(job, "--help");
    assertEquals(0, vi.exitCode(), vi.output());
    assertTrue(vi.output().startsWith("Cách dùng: jobs/" + job), vi.output());
    assertTrue(vi.output().contains("Tùy chọn:"), vi.output());
    assertTrue(vi.output().contains("Ví dụ: jobs/" + job), vi.output());
    assertTrue(vi.output().contains("--lang vi|en"), vi.output());
    assertEquals(List.of(), ConsoleWords.english(vi.output()), vi.output());

    InProcess.Run en = main(job, "--help", "--lang", "en");
    assertEquals(0, en.exitCode(), en.output());
    assertTrue(en.output().startsWith("Usage: jobs/" + job), en.output());
    assertTrue(en.output().contains("Example: jobs/" + job), en.output());
    assertEquals(List.of(), ConsoleWords.vietnamese(en.output()), en.output());
  }

  @Test
  void everyParameterAndOptionOfEveryJobIsExplainedInBothLanguages() {
    CommandLine main = new CommandLine(new Main());
    assertEquals(JOBS.stream().sorted().toList(),
        main.getSubcommands().keySet().stream().sorted().toList());
    for (String job : JOBS) {
      CommandSpec spec = main.getSubcommands().get(job).getCommandSpec();
      List<ArgSpec> args = new java.util.ArrayList<>(spec.positionalParameters());
      spec.options().stream().filter(o -> !o.versionHelp()).forEach(args::add);
      for (ArgSpec arg : args) {
        for (Language lang : Language.values()) {
          String[] text = Usage.text(spec, arg, lang);
          assertNotNull(text, job + " " + arg + " has no " + lang.pick("Vietnamese", "English")
              + " text in Usage");
          assertFalse(text[1].isBlank(), job + " " + arg);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "monthly 10/2026|Không đọc được tháng '10/2026': hãy ghi tháng dạng YYYY-MM, ví dụ 2026-10.",
      "monthly|Thiếu YYYY-MM.",
      "monthly 2026-10 --fast|Không có tùy chọn --fast.",
      "monthly 2026-10 --reject-threshold 5%|Giá trị '5%' của --reject-threshold không dùng"
          + " được: cần một số viết bằng dấu chấm thập phân, ví dụ 0.05.",
      "monthly 2026-10 --out|Thiếu giá trị THƯ_MỤC sau --out.",
      "monthly 2026-10 2026-11|Thừa tham số: 2026-11.",
      "validate 2026-10 --out a --out b|Tùy chọn --out chỉ được ghi một lần.",
      "backfill 2026-10 2026-01|Không chạy bổ sung được: tháng cuối 2026-01 trước tháng đầu"
          + " 2026-10.",
      "backfill 2026-13 2026-10|Không đọc được tháng đầu '2026-13'",
      "report 2999-01|Không chạy được tháng 2999-01: tháng này chưa đến.",
      "sql --format xlsx|Không dùng được --format 'xlsx': chọn table, csv hoặc parquet.",
      "monthly 2026-10 --master yarn|Không chạy được với --master yarn từ jobs/: trên cụm YARN"
          + " hoặc Kubernetes, hãy nộp tệp target/moc-chau-analytics-cluster.jar bằng"
          + " spark-submit của chính cụm đó (xem README.md).",
      "sql --master k8s://https://10.0.0.1:6443|Không chạy được với --master"
          + " k8s://https://10.0.0.1:6443 từ jobs/"})
  void aUsageErrorInVietnameseSaysWhatIsWrongThenAShortUsageWithAnExample(String command,
      String message) {
    String job = command.split(" ")[0];
    InProcess.Run run = main(command.split(" "));
    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.output());
    assertTrue(run.output().startsWith(message), run.output());
    assertTrue(run.output().contains("Cách dùng: jobs/" + job), run.output());
    assertTrue(run.output().contains("Ví dụ: jobs/" + job), run.output());
    assertTrue(run.output().contains("Giải thích từng tùy chọn: jobs/" + job + " --help"),
        run.output());
    assertFalse(run.output().contains("Usage:"), run.output());
    assertEquals(List.of(), ConsoleWords.english(run.output()), run.output());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "monthly 10/2026|Cannot read month '10/2026': write the month as YYYY-MM, e.g. 2026-10.",
      "monthly|Missing YYYY-MM.",
      "monthly 2026-10 --fast|There is no option --fast.",
      "monthly 2026-10 --out|Missing the value DIR after --out.",
      "backfill 2026-10 2026-01|Cannot backfill: TO 2026-01 is before FROM 2026-10.",
      "backfill 2026-01 2026-02 --master yarn|Cannot run with --master yarn from jobs/: on YARN"
          + " or Kubernetes, submit target/moc-chau-analytics-cluster.jar with the cluster's own"
          + " spark-submit (see README)."})
  void anEnglishUsageErrorIsAllEnglish(String command, String message) {
    String job = command.split(" ")[0];
    String[] args = (command + " --lang en").split(" ");
    InProcess.Run run = main(args);
    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.output());
    assertTrue(run.output().startsWith(message), run.output());
    assertTrue(run.output().contains("Usage: jobs/" + job), run.output());
    assertTrue(run.output().contains("Example: jobs/" + job), run.output());
    assertEquals(List.of(), ConsoleWords.vietnamese(run.output()), run.output());
  }

  @Test
  void aReportWithoutMartsIsExplainedInTheRunsLanguage(@TempDir Path empty) {
    InProcess.Run vi = main("report", "2026-01", "--out", empty.toString());
    assertEquals(ExitCode.USAGE.code(), vi.exitCode(), vi.output());
    assertEquals("Không vẽ được báo cáo tháng 01/2026: " + empty + " chưa có bảng tổng hợp của"
        + " tháng này; hãy chạy jobs/monthly 2026-01 trước.", vi.output().strip());
    InProcess.Run en = main("report", "2026-01", "--out", empty.toString(), "--lang", "en");
    assertEquals("Cannot draw the report of Jan 2026: " + empty + " has no marts for that month;"
        + " run jobs/monthly 2026-01 first.", en.output().strip());
  }

  @Test
  void theLanguageIsKnownBeforeParsing() {
    assertEquals(Language.VI, Usage.languageOf("monthly", "2026-10"));
    assertEquals(Language.EN, Usage.languageOf("monthly", "--lang", "en", "2026-10"));
    assertEquals(Language.EN, Usage.languageOf("monthly", "--lang=en"));
    assertEquals(Language.VI, Usage.languageOf("monthly", "--lang", "fr"));
    assertEquals(Language.VI, Usage.languageOf("monthly", "--lang"));
  }

  /** jobs/sql "\d" once printed "Lỗi truy vấn: " and nothing else (issue 13, finding 9). */
  @Test
  void aCauseIsNeverEmpty() {
    assertEquals("[PARSE_SYNTAX_ERROR] Syntax error at or near '\\'.", Console.cause(
        new RuntimeException("\n[PARSE_SYNTAX_ERROR] Syntax error at or near '\\'.\n== SQL ==")));
    assertEquals("IllegalStateException", Console.cause(new IllegalStateException()));
    assertEquals("IllegalStateException", Console.cause(new IllegalStateException(" \n")));
  }
}
