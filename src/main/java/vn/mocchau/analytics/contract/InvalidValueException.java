package vn.mocchau.analytics.contract;

/**
 * A cell that cannot be read as its column's type; carries the bilingual reason and the
 * {@link ReasonCode} for quarantine.
 */
public final class InvalidValueException extends Exception {
  private final String reasonVi;
  private final String code;

  public InvalidValueException(String code, String reasonEn, String reasonVi) {
    super(reasonEn, null, false, false);
    this.code = code;
    this.reasonVi = reasonVi;
  }

  public String reasonEn() {
    return getMessage();
  }

  public String reasonVi() {
    return reasonVi;
  }

  public String code() {
    return code;
  }
}
