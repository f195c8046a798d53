package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;

/** Arguments checked before Spark starts; one run at a time per output folder. */
class LauncherSafetyTest {
  @TempDir
  Path work;

  private Path raw() {
    Path raw = work.resolve("data-raw");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    Folders.copy(Fixtures.resource("e2e/deliveries/revenue"), raw.resolve("revenue"));
    return raw;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-13|vi|Không đọc được tháng '2026-13': hãy ghi tháng dạng YYYY-MM",
      "10/2026|vi|Không đọc được tháng '10/2026'",
      "2999-01|vi|Không chạy được tháng 2999-01: tháng này chưa đến.",
      "2026-13|en|Cannot read month '2026-13': write the month as YYYY-MM",
      "2999-01|en|it is in the future",
      "2020-01|vi|Không chạy được tháng 2020-01: tháng đầu tiên có số liệu nộp trong",
      "2020-01|en|Cannot run 2020-01: the first month with a delivery in"})
  void badMonthsAreRefusedWithExitCode2(String month, String lang, String message)
      throws Exception {
    Launcher.Result result = Launcher.run("monthly", month, "--raw", raw().toString(),
        "--lang", lang);
    assertEquals(ExitCode.USAGE.code(), result.exitCode(), result.output());
    assertTrue(result.output().contains(message), result.output());
    assertEquals(List.of(), lang.equals("vi") ? ConsoleWords.english(result.output())
        : ConsoleWords.vietnamese(result.output()), result.output());
    assertFalse(result.output().contains("sẵn sàng (local")
        || result.output().contains("ready (local"), "refused before Spark starts");
  }

  @Test
  void missingArgumentsShowAShortUsageInTheRunsLanguage() throws Exception {
    Launcher.Result result = Launcher.run("monthly");
    assertEquals(ExitCode.USAGE.code(), result.exitCode());
    assertTrue(result.output().startsWith("Thiếu YYYY-MM.\nCách dùng: jobs/monthly YYYY-MM"
        + " [--raw THƯ_MỤC]"), result.output());
    assertTrue(result.output().contains("Ví dụ: jobs/monthly 2026-10"), result.output());
    assertEquals(List.of(), ConsoleWords.english(result.output()), result.output());

    Launcher.Result english = Launcher.run("monthly", "--lang", "en");
    assertEquals(ExitCode.USAGE.code(), english.exitCode());
    assertTrue(english.output().startsWith("Missing YYYY-MM.\nUsage: jobs/monthly YYYY-MM"
        + " [--raw DIR]"), english.output());
    assertEquals(List.of(), ConsoleWords.vietnamese(english.output()), english.output());
  }

  @Test
  void aMissingDeliveriesFolderIsNamed() throws Exception {
    Launcher.Result result = Launcher.run("monthly", "2026-01", "--raw",
        work.resolve("nowhere").toString(), "--out", work.resolve("out").toString());
    assertEquals(ExitCode.USAGE.code(), result.exitCode(), result.output());
    assertTrue(result.output().contains("thư mục số liệu nộp " + work.resolve("nowhere")
        + " không tồn tại"), result.output());
  }

  @Test
  void aBadReferenceFileNamesFileLineColumnAndValue() throws Exception {
    Path raw = raw();
    Files.writeString(raw.resolve("reference/establishments.csv"),
        "establishment_id,name,locality,type,rooms,beds,stars,opened,closed\n"
            + "CS-1,A,03982,castle,1,2,,2020-01-01,\n");
    Launcher.Result result = Launcher.run("monthly", "2026-01", "--raw", raw.toString(),
        "--out", work.resolve("out").toString());
    assertEquals(ExitCode.BAD_REFERENCE.code(), result.exitCode(), result.output());
    // In the officer's language (Vietnamese by default), the file's own column name kept.
    assertTrue(result.output().contains("establishments.csv dòng 2, cột type, giá trị 'castle':"
        + " 'castle' không phải là loại cơ sở hợp lệ (cần một trong: khách sạn, khu nghỉ dưỡng,"
        + " homestay, nhà nghỉ, motel)"), result.output());
  }

  @Test
  void aSecondRunOnTheSameOutputRefusesWhileTheFirstRuns() throws Exception {
    Path raw = raw();
    Path out = work.resolve("out");
    Path log = work.resolve("first.log");
    Process first = Launcher.start(log, "monthly", "2026-01", "--raw", raw.toString(), "--out",
        out.toString());
    try {
      Path lock = out.resolve("_lock");
      for (int i = 0; i < 600 && !(Files.exists(lock) && Files.size(lock) > 0)
          && first.isAlive(); i++) {
        Thread.sleep(50);
      }
      assertTrue(Files.exists(lock) && Files.size(lock) > 0, "the first run holds the lock");
      Launcher.Result second = Launcher.run("monthly", "2026-01", "--raw", raw.toString(),
          "--out", out.toString());
      assertEquals(ExitCode.OUTPUT_BUSY.code(), second.exitCode(), second.output());
      assertTrue(second.output().contains("một lần chạy khác đang dùng " + out), second.output());
      assertTrue(second.output().contains("(lệnh jobs/monthly, tiến trình " + first.pid()
          + " trên máy "), second.output());
      String host = java.net.InetAddress.getLocalHost().getHostName();
      assertEquals(List.of(), ConsoleWords.english(second.output().replace(host, "")),
          second.output());
    } finally {
      assertTrue(first.waitFor(3, TimeUnit.MINUTES));
    }
    assertEquals(0, first.exitValue(), Files.readString(log));
    // Released: the file stays (never deleted, see RunLock) and names no one.
    assertEquals(0, Files.size(out.resolve("_lock")), "the lock is released");
  }

  @Test
  void aLockLeftByAKilledRunIsTakenOver() throws Exception {
    Path raw = raw();
    Path out = work.resolve("out");
    Files.createDirectories(out);
    ProcessHandle gone = new ProcessBuilder("true").start().onExit().get().toHandle();
    Files.writeString(out.resolve("_lock"), "{\"pid\":" + gone.pid() + ",\"host\":\""
        + java.net.InetAddress.getLocalHost().getHostName()
        + "\",\"started\":\"2026-01-01T00:00:00Z\",\"command\":\"monthly\"}");
    Launcher.Result result = Launcher.run("monthly", "2026-01", "--raw", raw.toString(),
        "--out", out.toString());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("đã tiếp quản khóa của một lần chạy không còn tồn tại"),
        result.output());
    assertEquals(0, Files.size(out.resolve("_lock")), "released after the run");
  }

  @Test
  void aRunKilledWhileWritingLeavesPublishedOutputsUnchangedAndTheNextRunRecovers()
      throws Exception {
    Path raw = raw();
    Folders.copy(Fixtures.resource("e2e/deliveries/visitor_counts"), raw.resolve("visitor_counts"));
    Path out = work.resolve("out");
    assertEquals(0, Launcher.run("monthly", "2026-01", "--raw", raw.toString(), "--out",
        out.toString()).exitCode());
    Map<String, String> published = Folders.fingerprint(out, "runs");

    // Add a file to the delivery, re-run, and kill -9 the run once it has started staging.
    Files.writeString(raw.resolve("visitor_counts/2026-01/c.csv"),
        "date,locality,origin,arrivals\n2026-01-20,03982,domestic,7\n");
    Process run = Launcher.start(work.resolve("killed.log"), "monthly", "2026-01", "--raw",
        raw.toString(), "--out", out.toString());
    Path staging = out.resolve("_staging");
    for (int i = 0; i < 1200 && run.isAlive() && !Files.exists(staging); i++) {
      Thread.sleep(25);
    }
    assertTrue(run.isAlive(), "the run was still going when staging began");
    run.descendants().forEach(ProcessHandle::destroyForcibly);
    run.destroyForcibly();
    run.waitFor();
    Map<String, String> afterKill = Folders.fingerprint(out, "runs");
    afterKill.keySet().removeIf(path -> path.startsWith("_"));
    published.keySet().removeIf(path -> path.startsWith("_"));
    assertEquals(published, afterKill, "published outputs are byte-for-byte unchanged");

    Launcher.Result next = Launcher.run("monthly", "2026-01", "--raw", raw.toString(), "--out",
        out.toString());
    assertEquals(0, next.exitCode(), next.output());
    assertTrue(next.output().contains("lượt khách: 3 tệp, 10 dòng đọc"), next.output());
    assertFalse(Files.exists(staging) && Files.list(staging).findAny().isPresent());
  }

  @Test
  void aJournalThatIsAFileEndsWithExit7AndAMessageNotAStackTrace() throws Exception {
    Path raw = raw();
    Path out = Files.createDirectories(work.resolve("out-journal-file"));
    Files.writeString(out.resolve("_journal"), "not a folder");
    Launcher.Result result = Launcher.run("monthly", "2026-01", "--raw", raw.toString(),
        "--out", out.toString());
    assertEquals(ExitCode.OUTPUT_UNWRITABLE.code(), result.exitCode(), result.output());
    assertTrue(result.output().contains("Không ghi được kết quả: một tệp nằm ở chỗ phải là thư"
        + " mục"), result.output());
    assertFalse(result.output().contains("\tat "), "no stack trace: " + result.output());
    assertFalse(result.output().contains("Lỗi nội bộ"), result.output());
  }
}
