package vn.mocchau.analytics.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times the stages of a run and remembers which one is running, so that a run stopped by an
 * error can say where (the manifest's error.stage). Timings are kept under the manifest's names,
 * STAGE_ms.
 */
public final class StageClock {
  private final long started = System.nanoTime();
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private String current = "start";

  /** Runs a stage and records its time under {@code name}_ms. */
  public <T> T time(String name, Supplier<T> stage) {
    String previous = current;
    current = name;
    long t0 = System.nanoTime();
    T result = stage.get();
    record(name, (System.nanoTime() - t0) / 1_000_000);
    current = previous;
    return result;
  }

  public void time(String name, Runnable stage) {
    time(name, () -> {
      stage.run();
      return null;
    });
  }

  /** Records a time measured elsewhere (a sum of stages). */
  public void record(String name, long millis) {
    timings.put(name + "_ms", millis);
  }

  public long millis(String name) {
    return timings.getOrDefault(name + "_ms", 0L);
  }

  /** The stage running now, or the last one started and not finished (where an error struck). */
  public String current() {
    return current;
  }

  /** The timings so far, with total_ms since the clock was made. */
  public Map<String, Long> timings() {
    Map<String, Long> all = new LinkedHashMap<>(timings);
    all.put("total_ms", (System.nanoTime() - started) / 1_000_000);
    return all;
  }
}
