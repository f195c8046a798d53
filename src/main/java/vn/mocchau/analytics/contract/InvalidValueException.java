package vn.mocchau.analytics.contract;

/** A cell that cannot be read as its column's type; carries the bilingual reason for quarantine. */
public final class InvalidValueException extends Exception {
  private final String reasonVi;

  public InvalidValueException(String reasonEn, String reasonVi) {
    super(reasonEn, null, false, false);
    this.reasonVi = reasonVi;
  }

  public String reasonEn() {
    return getMessage();
  }

  public String reasonVi() {
    return reasonVi;
  }
}
