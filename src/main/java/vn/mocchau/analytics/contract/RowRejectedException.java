package vn.mocchau.analytics.contract;

/** Thrown by row validation: the row goes to quarantine with this rejection. */
public final class RowRejectedException extends Exception {
  private final Rejection rejection;

  public RowRejectedException(Rejection rejection) {
    super(rejection.reasonEn(), null, false, false);
    this.rejection = rejection;
  }

  public RowRejectedException(String column, String value, InvalidValueException cause) {
    this(Rejection.of(cause.code(), column, value, cause.reason()));
  }

  public Rejection rejection() {
    return rejection;
  }
}
