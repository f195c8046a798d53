package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.text.Reason;

/**
 * Current administrative units (after 1 Jul 2025) and every other name that points to one
 * (feeds.md §3). Resolves a delivered locality by current code, name or alias; legacy units resolve
 * to the unit they were merged into, so history is restated on current boundaries.
 */
public final class LocalityRegistry implements Serializable {

  /** A current unit, from localities.csv. */
  public record Locality(String code, String name, String unitType, String formerDistrict,
      boolean inTourismArea) implements Serializable {}

  /** The current unit a delivered text resolves to, and the row's reporting unit. */
  public record Resolution(String localityCode, String reportingUnit) implements Serializable {}

  /** A reference name or alias that cannot be used, said in both languages. */
  public static final class ConflictingNames extends IllegalArgumentException {
    private final Notice message;

    ConflictingNames(Reason reason, Object... args) {
      this(Notice.of(reason, args));
    }

    private ConflictingNames(Notice message) {
      super(message.en());
      this.message = message;
    }

    /** Why, in both languages. */
    public Notice message() {
      return message;
    }
  }

  private final Map<String, Locality> byCode = new LinkedHashMap<>();
  private final Map<String, String> codeByKey = new HashMap<>();
  /** Per key, the name or alias as localities.csv or locality_aliases.csv writes it. */
  private final Map<String, String> textByKey = new LinkedHashMap<>();

  /**
   * @param aliases alias text to current code; an alias naming no current unit, or a name claimed by
   *     two units, is refused with a {@link ConflictingNames} naming it
   */
  public LocalityRegistry(List<Locality> localities, Map<String, String> aliases) {
    for (Locality locality : localities) {
      byCode.put(locality.code(), locality);
    }
    for (Locality locality : localities) {
      claim(Text.localityKey(locality.name()), locality.code(), locality.name());
    }
    aliases.forEach((alias, code) -> {
      if (!byCode.containsKey(code)) {
        throw new ConflictingNames(Reason.ALIAS_UNKNOWN_CODE, alias, code);
      }
      claim(Text.localityKey(alias), code, alias);
    });
  }

  private void claim(String key, String code, String text) {
    textByKey.putIfAbsent(key, text);
    String previous = codeByKey.putIfAbsent(key, code);
    if (previous != null && !previous.equals(code)) {
      throw new ConflictingNames(Reason.NAME_TWO_UNITS, text, previous, code);
    }
  }

  /** The resolution of a delivered locality text, or null when nothing matches. */
  public Resolution resolve(String text) {
    Locality current = byCode.get(text.strip());
    if (current != null) {
      return new Resolution(current.code(), Text.localityKey(current.name()));
    }
    String key = Text.localityKey(text);
    String code = codeByKey.get(key);
    return code == null ? null : new Resolution(code, key);
  }

  /**
   * For a text that resolves to nothing, the known names or aliases it is most likely a typo of:
   * those at the smallest edit distance between locality keys (diacritics, case and prefixes
   * ignored), when that distance is at most 1, or 2 for a key of 10 characters or more — "Phường
   * Mộc Chuau" gives "Phường Mộc Châu". Empty when nothing is that close: the text is then more
   * likely a real name the registry lacks (a legacy unit needing an alias).
   */
  public java.util.List<String> suggest(String text) {
    String key = Text.localityKey(text);
    if (key.length() < 4) {
      return java.util.List.of();
    }
    int threshold = key.length() >= 10 ? 2 : 1;
    int best = threshold + 1;
    java.util.List<String> nearest = new java.util.ArrayList<>();
    for (Map.Entry<String, String> known : textByKey.entrySet()) {
      int distance = editDistance(key, known.getKey(), best);
      if (distance < best) {
        best = distance;
        nearest.clear();
      }
      if (distance == best && distance <= threshold && nearest.size() < 3) {
        nearest.add(known.getValue());
      }
    }
    return nearest;
  }

  /** Levenshtein distance, or any value above {@code limit} once it is certainly above it. */
  static int editDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  public Locality get(String code) {
    return byCode.get(code);
  }

  public Collection<Locality> all() {
    return byCode.values();
  }
}
