package vn.mocchau.analytics.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** Progress lines for the officer: one per stage, with counts and elapsed time. */
public final class Console {
  private final PrintStream out;
  private final Instant start = Instant.now();

  public Console(PrintStream out) {
    this.out = out;
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
