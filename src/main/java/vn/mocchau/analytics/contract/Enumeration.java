package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed list of canonical values with their aliases, matched case-, diacritic- and
 * space-insensitively ("Vụ hè thu", "HE THU" and "summer_autumn" are the same value).
 */
public final class Enumeration implements Serializable {
  private final String name;
  private final Map<String, String> canonicalByKey = new LinkedHashMap<>();
  private final Map<String, List<String>> aliases = new LinkedHashMap<>();

  public Enumeration(String name) {
    this.name = name;
  }

  public Enumeration value(String canonical, String... aliasList) {
    canonicalByKey.put(Text.enumKey(canonical), canonical);
    for (String alias : aliasList) {
      canonicalByKey.put(Text.enumKey(alias), canonical);
    }
    aliases.put(canonical, List.of(aliasList));
    return this;
  }

  public String name() {
    return name;
  }

  /** Canonical values with their aliases, in declaration order. */
  public Map<String, List<String>> values() {
    return aliases;
  }

  public String match(String text) throws InvalidValueException {
    String canonical = canonicalByKey.get(Text.enumKey(text));
    if (canonical == null) {
      throw new InvalidValueException(
          "'" + text + "' is not a known " + name + " (expected one of " + aliases.keySet() + ")",
          "'" + text + "' không phải là " + name + " hợp lệ (cần một trong " + aliases.keySet() + ")");
    }
    return canonical;
  }
}
