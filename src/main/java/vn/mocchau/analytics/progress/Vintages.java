package vn.mocchau.analytics.progress;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vintages of indicator values (programme.md §1): a value delivered in month d is known from d
 * on, a later delivery of the same key supersedes an earlier one, and nothing is deleted.
 */
public final class Vintages {
  private Vintages() {}

  /** A vintage with the delivery month that replaced it (null for the latest). */
  public record Vintage(Observation observation, YearMonth supersededBy) {}

  /**
   * Every vintage with its {@code superseded_by}: the next delivery month, among those given,
   * that has a row for the key. Only accepted rows are observations, so a delivery whose row for
   * the key was rejected supersedes nothing. Ordered by key, then delivery month.
   */
  public static List<Vintage> withSupersededBy(List<Observation> all) {
    Map<Observation.Key, TreeMap<YearMonth, Observation>> byKey = byKey(all);
    List<Vintage> vintages = new ArrayList<>();
    byKey.forEach((key, deliveries) -> deliveries.forEach((delivered, o) -> vintages.add(
        new Vintage(o, deliveries.higherKey(delivered)))));
    return vintages;
  }

  /**
   * What was known as of month {@code asOf}: for every key, the value of the latest delivery
   * month ≤ asOf. Re-running an old month later, with later deliveries curated, gives the same
   * values. Ordered by key.
   */
  public static List<Observation> asOf(List<Observation> all, YearMonth asOf) {
    List<Observation> known = new ArrayList<>();
    byKey(all).forEach((key, deliveries) -> {
      Map.Entry<YearMonth, Observation> latest = deliveries.floorEntry(asOf);
      if (latest != null) {
        known.add(latest.getValue());
      }
    });
    return known;
  }

  private static Map<Observation.Key, TreeMap<YearMonth, Observation>> byKey(
      List<Observation> all) {
    List<Observation> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Observation::indicatorId).thenComparing(Observation::scope)
        .thenComparing(Observation::period).thenComparing(Observation::delivered)
        .thenComparing(o -> o.sourceFile() == null ? "" : o.sourceFile())
        .thenComparing(o -> o.sourceLine() == null ? 0L : o.sourceLine()));
    Map<Observation.Key, TreeMap<YearMonth, Observation>> byKey = new LinkedHashMap<>();
    for (Observation o : sorted) {
      TreeMap<YearMonth, Observation> deliveries = byKey.computeIfAbsent(o.key(),
          k -> new TreeMap<>());
      // The contract keeps one row per key and delivery month (the first of duplicates); should
      // two reach here anyway, the first in file and line order is the delivery's value.
      deliveries.putIfAbsent(o.delivered(), o);
    }
    return byKey;
  }
}
