package vn.mocchau.analytics.contract;

import vn.mocchau.analytics.text.Reason;

/**
 * A cell that cannot be read as its column's type; carries the reason in both languages (a
 * {@link Reason} of the catalogue with its arguments) and the {@link ReasonCode} for quarantine.
 */
public final class InvalidValueException extends Exception {
  private final Notice reason;
  private final String code;

  public InvalidValueException(String code, Reason reason, Object... args) {
    this(code, Notice.of(reason, args));
  }

  private InvalidValueException(String code, Notice reason) {
    super(reason.en(), null, false, false);
    this.code = code;
    this.reason = reason;
  }

  /** The reason in both languages. */
  public Notice reason() {
    return reason;
  }

  public String reasonEn() {
    return reason.en();
  }

  public String reasonVi() {
    return reason.vi();
  }

  public String code() {
    return code;
  }
}
