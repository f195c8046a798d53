package vn.mocchau.analytics.ingest;

/** A reference file (localities, aliases, establishments, targets) that cannot be used. */
public final class ReferenceDataException extends RuntimeException {
  public ReferenceDataException(String message) {
    super(message);
  }
}
