package vn.mocchau.analytics.ingest;

import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.text.Language;

/**
 * A reference file (localities, aliases, establishments, targets) that cannot be used; the
 * message names file, line, column and value, in English and in Vietnamese.
 */
public final class ReferenceDataException extends RuntimeException {
  private final Notice message;

  public ReferenceDataException(Notice message) {
    super(message.en());
    this.message = message;
  }

  /** The message in the officer's language. */
  public String text(Language language) {
    return message.text(language);
  }
}
