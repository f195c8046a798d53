package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  private final Map<String, Locality> byCode = new LinkedHashMap<>();
  private final Map<String, String> codeByKey = new HashMap<>();

  /**
   * @param aliases alias text to current code; an alias naming no current unit, or a name claimed by
   *     two units, is refused with an exception naming it
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
        throw new IllegalArgumentException("Cannot use alias '" + alias
            + "': locality_code " + code + " is not in localities.csv");
      }
      claim(Text.localityKey(alias), code, alias);
    });
  }

  private void claim(String key, String code, String text) {
    String previous = codeByKey.putIfAbsent(key, code);
    if (previous != null && !previous.equals(code)) {
      throw new IllegalArgumentException("Cannot use name '" + text + "': it resolves to both "
          + previous + " and " + code);
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

  public Locality get(String code) {
    return byCode.get(code);
  }

  public Collection<Locality> all() {
    return byCode.values();
  }
}
