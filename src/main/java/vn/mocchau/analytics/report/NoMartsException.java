package vn.mocchau.analytics.report;

/**
 * The output folder has no marts for the month asked for: the report cannot be drawn. The
 * message is in the report's language; jobs/report says it in the officer's words and exits 2.
 */
public final class NoMartsException extends IllegalArgumentException {
  public NoMartsException(String message) {
    super(message);
  }
}
