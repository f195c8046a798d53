package vn.mocchau.analytics.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * What the officer sees: progress lines, one per stage, with elapsed time, and plain lines, in the
 * run's language (Vietnamese by default).
 */
public final class Console {
  private final PrintStream out;
  private final boolean vietnamese;
  private final Instant start = Instant.now();

  public Console(PrintStream out, String lang) {
    this.out = out;
    this.vietnamese = !"en".equals(lang);
  }

  boolean vietnamese() {
    return vietnamese;
  }

  String text(Msg message, Object... args) {
    return message.format(vietnamese, args);
  }

  void stage(Msg message, Object... args) {
    stage(text(message, args));
  }

  void say(Msg message, Object... args) {
    line(text(message, args));
  }

  public void stage(String message) {
    long ms = Duration.between(start, Instant.now()).toMillis();
    out.printf("[%5.1fs] %s%n", ms / 1000.0, message);
    out.flush();
  }

  public void line(String message) {
    out.println(message);
    out.flush();
  }
}
