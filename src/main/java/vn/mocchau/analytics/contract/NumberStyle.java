package vn.mocchau.analytics.contract;

import java.util.Collection;

/**
 * A file's decimal style, decided from its cells that can be read only one way (feeds.md §2):
 * Vietnamese ("," decimal, "." groups) or international; assumed Vietnamese when nothing reveals
 * it; conflicting when revealing cells disagree, in which case ambiguous cells are rejected.
 */
public enum NumberStyle {
  VIETNAMESE, INTERNATIONAL, ASSUMED_VIETNAMESE, CONFLICTING;

  public static NumberStyle decide(Collection<Decimals.Reading> readings) {
    boolean vietnamese = readings.contains(Decimals.Reading.VIETNAMESE);
    boolean international = readings.contains(Decimals.Reading.INTERNATIONAL);
    if (vietnamese && international) {
      return CONFLICTING;
    }
    if (vietnamese) {
      return VIETNAMESE;
    }
    return international ? INTERNATIONAL : ASSUMED_VIETNAMESE;
  }
}
