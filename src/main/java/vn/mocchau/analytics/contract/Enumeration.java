package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/**
 * A closed list of canonical values with their aliases, matched case-, diacritic- and
 * space-insensitively ("Vụ hè thu", "HE THU" and "summer_autumn" are the same value).
 */
public final class Enumeration implements Serializable {
  private final String name;
  private final String viName;
  private final Map<String, String> canonicalByKey = new LinkedHashMap<>();
  private final Map<String, List<String>> aliases = new LinkedHashMap<>();

  /** A list named the same in both languages (reference files, whose columns are English). */
  public Enumeration(String name) {
    this(name, name);
  }

  /** @param viName what the officer calls it, for the Vietnamese reason ("nguồn khách") */
  public Enumeration(String name, String viName) {
    this.name = name;
    this.viName = viName;
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

  /** Each value as the officer writes it in Vietnamese: its first alias, else the value itself. */
  List<String> vietnameseValues() {
    return aliases.entrySet().stream()
        .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getValue().get(0)).toList();
  }

  public String match(String text) throws InvalidValueException {
    String canonical = canonicalByKey.get(Text.enumKey(text));
    if (canonical == null) {
      // The enumeration and its values as each language names them (data, not sentences).
      throw new InvalidValueException(ReasonCode.UNKNOWN_VALUE, Reason.NOT_LISTED, text,
          Localized.of(viName, name),
          Localized.of(String.join(", ", vietnameseValues()), aliases.keySet().toString()));
    }
    return canonical;
  }
}
