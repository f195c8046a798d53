package vn.mocchau.analytics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output lock (issue #19): exclusive across processes started at the same instant, never
 * judged stale while its holder runs, taken over when the holder died — even when its pid now
 * belongs to an unrelated process — and never seen half-written.
 */
class RunLockTest {
  private static org.apache.hadoop.fs.Path hadoop(Path p) {
    return new org.apache.hadoop.fs.Path(p.toUri());
  }

  /** A process that takes the lock, says whether it got it, holds it a moment and exits. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      try (RunLock lock = RunLock.acquire(new org.apache.hadoop.fs.Path(args[0]), "report",
          new Configuration())) {
        System.out.println("acquired" + (lock.tookOverStale() ? " stale" : ""));
        System.out.flush();
        Thread.sleep(Long.parseLong(args[1]));
      } catch (RunLock.BusyException busy) {
        System.out.println("busy " + (busy.who() == null ? "unknown" : busy.who().pid()));
      }
    }
  }

  private static List<Process> startHolders(Path out, int n, long holdMs) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      processes.add(new ProcessBuilder(java, "-Xmx64m", "-cp",
          System.getProperty("java.class.path"), Holder.class.getName(), out.toString(),
          String.valueOf(holdMs)).redirectErrorStream(true).start());
    }
    return processes;
  }

  private static String firstLine(Process p) throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      String answer = null;
      while ((line = r.readLine()) != null) {
        if (answer == null && (line.startsWith("acquired") || line.startsWith("busy"))) {
          answer = line;
        }
      }
      assertTrue(p.waitFor(2, TimeUnit.MINUTES));
      return answer;
    }
  }

  @Test
  void ofSeveralProcessesStartedTogetherOnAStaleLockExactlyOneHoldsIt(@TempDir Path out)
      throws Exception {
    // A lock left by a killed run whose pid an unrelated, living process now has.
    Process unrelated = new ProcessBuilder("sleep", "60").start();
    try {
      Files.writeString(out.resolve("_lock"), "{\"pid\":" + unrelated.pid() + ",\"host\":\""
          + java.net.InetAddress.getLocalHost().getHostName() + "\",\"started\":"
          + "\"2026-01-01T00:00:00Z\",\"command\":\"monthly\"}");
      List<Process> holders = startHolders(out, 4, 3000);
      List<String> answers = new ArrayList<>();
      for (Process p : holders) {
        answers.add(firstLine(p));
      }
      assertEquals(1, answers.stream().filter(a -> a.startsWith("acquired stale")).count(),
          answers.toString());
      assertEquals(3, answers.stream().filter(a -> a.startsWith("busy")).count(),
          answers.toString());
      long winner = holders.get(answers.indexOf(answers.stream()
          .filter(a -> a.startsWith("acquired")).findFirst().orElseThrow())).pid();
      // Every loser names the winner, not the dead run.
      answers.stream().filter(a -> a.startsWith("busy"))
          .forEach(a -> assertEquals("busy " + winner, a, answers.toString()));
      assertEquals(0, Files.size(out.resolve("_lock")), "released, naming no one");
    } finally {
      unrelated.destroy();
    }
  }

  @Test
  void aHeldLockRefusesInThisProcessTooAndIsFreeAfterRelease(@TempDir Path out) {
    try (RunLock first = RunLock.acquire(hadoop(out), "monthly", new Configuration())) {
      assertFalse(first.tookOverStale());
      RunLock.BusyException busy = assertThrows(RunLock.BusyException.class,
          () -> RunLock.acquire(hadoop(out), "report", new Configuration()));
      assertEquals(ProcessHandle.current().pid(), busy.who().pid());
      assertEquals("monthly", busy.who().command());
    }
    try (RunLock again = RunLock.acquire(hadoop(out), "report", new Configuration())) {
      assertFalse(again.tookOverStale(), "released cleanly: nothing to take over");
    }
  }

  @Test
  void aPidReusedByAnotherProcessIsNotTheHolder() throws Exception {
    String host = java.net.InetAddress.getLocalHost().getHostName();
    ProcessHandle me = ProcessHandle.current();
    String myStart = me.info().startInstant().orElseThrow().toString();
    assertTrue(RunLock.isAlive(new RunLock.Holder(me.pid(), host, "x", "monthly", myStart)));
    assertFalse(RunLock.isAlive(new RunLock.Holder(me.pid(), host, "x", "monthly",
        "2001-01-01T00:00:00Z")));
    assertTrue(RunLock.isAlive(new RunLock.Holder(me.pid(), "another-host", "x", "monthly",
        null)));
    assertNull(RunLock.parse(""));
    assertNull(RunLock.parse("{\"pid\": 12"));
  }
}
