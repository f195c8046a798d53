package vn.mocchau.analytics.ingest;

import java.util.Arrays;
import java.util.List;
import vn.mocchau.analytics.contract.FeedContract;

/**
 * A 64-bit hash of a row's key (the contract's key columns and, where the contract says so, the
 * reporting unit). The parser records the hash of every accepted row so that the keys occurring
 * more than once in a delivery can be found without a Spark job; the key rules then run, exactly,
 * over the rows whose hash repeats. Two different keys sharing a hash only send a few more rows
 * through the exact rules, so a collision costs time, never correctness.
 */
public final class KeyHash {
  private final int[] keyPositions;
  private final boolean withReportingUnit;

  private KeyHash(int[] keyPositions, boolean withReportingUnit) {
    this.keyPositions = keyPositions;
    this.withReportingUnit = withReportingUnit;
  }

  public static KeyHash of(FeedContract contract) {
    List<String> names = Arrays.asList(contract.typedSchema().fieldNames());
    int[] positions = contract.keyColumns().stream().mapToInt(names::indexOf).toArray();
    return new KeyHash(positions, contract.keyedByReportingUnit());
  }

  /** The hash of the key of a row with these typed values and reporting unit. */
  public long hash(Object[] typedValues, String reportingUnit) {
    long h = 0x9E3779B97F4A7C15L;
    for (int position : keyPositions) {
      h = mix(h ^ text(typedValues[position]));
    }
    if (withReportingUnit) {
      h = mix(h ^ text(reportingUnit));
    }
    return h;
  }

  private static long text(Object value) {
    if (value == null) {
      return 0x5851F42D4C957F2DL;
    }
    String s = value.toString();
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return mix(h + s.length());
  }

  /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The hashes that occur more than once, in ascending order; how many values carry them; and,
   * for each input array, whether it holds any of them.
   */
  public record Repeated(long[] hashes, long rows, boolean[] inArray) {}

  /**
   * The values that occur more than once across the given arrays. One pass over an
   * open-addressing table of primitive longs (one array, 0 for an empty slot: the value 0 is
   * counted apart), then, only when something repeats, a pass over the arrays not yet known to
   * hold a repeated value, looking each value up among the few repeated ones.
   */
  public static Repeated repeated(List<long[]> hashes) {
    long total = hashes.stream().mapToLong(h -> h.length).sum();
    int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 30, total * 2)) - 1) << 1;
    long[] table = new long[capacity];
    int mask = capacity - 1;
    boolean zeroSeen = false;
    long[] again = new long[16]; // every occurrence after the first, of any value
    int againCount = 0;
    boolean[] inArray = new boolean[hashes.size()];
    for (int array = 0; array < hashes.size(); array++) {
      for (long value : hashes.get(array)) {
        boolean seen;
        if (value == 0) {
          seen = zeroSeen;
          zeroSeen = true;
        } else {
          int slot = (int) mix(value) & mask;
          long held = table[slot];
          while (held != 0 && held != value) {
            slot = (slot + 1) & mask;
            held = table[slot];
          }
          seen = held == value;
          table[slot] = value;
        }
        if (seen) {
          if (againCount == again.length) {
            again = Arrays.copyOf(again, againCount * 2);
          }
          again[againCount++] = value;
          inArray[array] = true;
        }
      }
    }
    long[] repeated = Arrays.stream(again, 0, againCount).sorted().distinct().toArray();
    if (repeated.length > 0) {
      // The arrays holding only the first occurrence of a repeated value.
      for (int array = 0; array < hashes.size(); array++) {
        if (!inArray[array]) {
          for (long value : hashes.get(array)) {
            if (Arrays.binarySearch(repeated, value) >= 0) {
              inArray[array] = true;
              break;
            }
          }
        }
      }
    }
    return new Repeated(repeated, againCount + repeated.length, inArray);
  }
}
