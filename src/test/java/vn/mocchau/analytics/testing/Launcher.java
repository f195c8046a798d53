package vn.mocchau.analytics.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real launchers in jobs/ as an officer would, with the classes Maven just built. */
public final class Launcher {
  /** Exit code and everything the job printed (stdout and stderr together). */
  public record Result(int exitCode, String output) {}

  private Launcher() {}

  public static Process start(Path log, String job, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of("jobs", job).toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("MOC_CHAU_SKIP_BUILD", "1");
    builder.environment().put("MOC_CHAU_HEAP", "-Xmx1g");
    builder.environment().put("JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    return builder.start();
  }

  public static Result run(String job, String... args) throws IOException, InterruptedException {
    return runWithInput(null, job, args);
  }

  /** Runs a job with {@code input} typed on its standard input (null: nothing, closed). */
  public static Result runWithInput(String input, String job, String... args)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("moc-chau-" + job, ".log");
    Process process = start(log, job, args);
    try (var stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(job + " did not finish in 5 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Result(process.exitValue(), output);
  }
}
