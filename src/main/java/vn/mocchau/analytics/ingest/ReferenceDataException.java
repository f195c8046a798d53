package vn.mocchau.analytics.ingest;

/**
 * A reference file (localities, aliases, establishments, targets) that cannot be used; the
 * message names file, line, column and value, in English and in Vietnamese.
 */
public final class ReferenceDataException extends RuntimeException {
  private final String messageVi;

  public ReferenceDataException(String messageEn, String messageVi) {
    super(messageEn);
    this.messageVi = messageVi;
  }

  /** The message in the officer's language. */
  public String text(boolean vietnamese) {
    return vietnamese ? messageVi : getMessage();
  }
}
