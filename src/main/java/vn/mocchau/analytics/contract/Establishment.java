package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A lodging establishment from establishments.csv; open on every day from {@code opened} through
 * {@code closed} inclusive (closed null = still open).
 */
public record Establishment(String id, String name, String localityCode, String type, int rooms,
    int beds, Integer stars, LocalDate opened, LocalDate closed) implements Serializable {

  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opened) && (closed == null || !day.isAfter(closed));
  }

  /** The first day in [from, until) the establishment is not open, or null if it is open on all. */
  public LocalDate firstClosedDay(LocalDate from, LocalDate until) {
    if (!from.isBefore(until)) {
      return null;
    }
    if (from.isBefore(opened)) {
      return from;
    }
    if (closed == null) {
      return null;
    }
    LocalDate afterClosing = closed.plusDays(1);
    LocalDate first = from.isAfter(afterClosing) ? from : afterClosing;
    return first.isBefore(until) ? first : null;
  }
}
