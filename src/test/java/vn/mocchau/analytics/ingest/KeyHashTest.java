package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Feed;

class KeyHashTest {

  @Test
  void theKeyAloneDecidesTheHash() {
    KeyHash visitors = KeyHash.of(Feed.VISITOR_COUNTS.contract());
    LocalDate day = LocalDate.of(2026, 10, 5);
    long h = visitors.hash(new Object[] {day, "domestic", 10L}, "thao nguyen");
    assertEquals(h, visitors.hash(new Object[] {day, "domestic", 99L}, "thao nguyen"),
        "values outside the key do not count");
    assertNotEquals(h, visitors.hash(new Object[] {day, "domestic", 10L}, "moc chau"),
        "the reporting unit is part of the key");
    assertNotEquals(h, visitors.hash(new Object[] {day.plusDays(1), "domestic", 10L},
        "thao nguyen"));
    KeyHash stays = KeyHash.of(Feed.STAYS.contract());
    Object[] a = new Object[12];
    a[0] = "DK1";
    Object[] b = a.clone();
    b[1] = "CS-0002";
    assertEquals(stays.hash(a, null), stays.hash(b, null), "stays are keyed by registration_id");
  }

  @Test
  void repeatedFindsTheHashesSeenMoreThanOnceAcrossFiles() {
    long[] first = {1, 3, 5, 5, 9};
    long[] second = {2, 3, 10};
    long[] third = {5, 11};
    KeyHash.Repeated repeated = KeyHash.repeated(List.of(first, second, third));
    assertArrayEquals(new long[] {3, 5}, repeated.hashes());
    assertEquals(5, repeated.rows(), "two rows carry 3, three carry 5");
    assertArrayEquals(new boolean[] {true, true, true}, repeated.inArray());
    KeyHash.Repeated withinOne = KeyHash.repeated(List.of(new long[] {1, 2}, new long[] {4, 4}));
    assertArrayEquals(new boolean[] {false, true}, withinOne.inArray(),
        "a value repeated within one array marks only that array");
    KeyHash.Repeated zero = KeyHash.repeated(List.of(new long[] {0, 7}, new long[] {8, 0, 0}));
    assertArrayEquals(new long[] {0}, zero.hashes(), "0 is a value like any other");
    assertEquals(3, zero.rows());
    assertArrayEquals(new boolean[] {true, true}, zero.inArray());
    KeyHash.Repeated none = KeyHash.repeated(List.of(new long[] {1, 2}, new long[0]));
    assertArrayEquals(new long[0], none.hashes());
    assertEquals(0, none.rows());
    assertArrayEquals(new boolean[] {false, false}, none.inArray());
  }

  @Test
  void repeatedAgreesWithCountingInAMap() {
    java.util.Random random = new java.util.Random(29);
    for (int t = 0; t < 500; t++) {
      int arrays = 1 + random.nextInt(5);
      List<long[]> hashes = new java.util.ArrayList<>();
      java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
      for (int a = 0; a < arrays; a++) {
        long[] values = random.longs(random.nextInt(50), -20, 200).toArray();
        hashes.add(values);
        for (long v : values) {
          counts.merge(v, 1, Integer::sum);
        }
      }
      KeyHash.Repeated repeated = KeyHash.repeated(hashes);
      assertArrayEquals(counts.entrySet().stream().filter(e -> e.getValue() > 1)
          .mapToLong(java.util.Map.Entry::getKey).sorted().toArray(), repeated.hashes());
      assertEquals(counts.values().stream().filter(n -> n > 1).mapToLong(n -> n).sum(),
          repeated.rows());
      for (int a = 0; a < arrays; a++) {
        boolean holds = java.util.Arrays.stream(hashes.get(a)).anyMatch(v -> counts.get(v) > 1);
        assertEquals(holds, repeated.inArray()[a]);
      }
    }
  }

  /** A million registration numbers like the real ones: no two share a hash. */
  @Test
  void distinctKeysDoNotCollide() {
    KeyHash stays = KeyHash.of(Feed.STAYS.contract());
    Set<Long> seen = new HashSet<>();
    Object[] row = new Object[12];
    for (int i = 0; i < 1_000_000; i++) {
      row[0] = "DK202610" + String.format("%07d", i);
      seen.add(stays.hash(row, null));
    }
    assertEquals(1_000_000, seen.size());
    assertEquals(0, KeyHash.repeated(List.of(seen.stream().mapToLong(Long::longValue).sorted()
        .toArray())).hashes().length);
  }
}
