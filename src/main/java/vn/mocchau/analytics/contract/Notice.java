package vn.mocchau.analytics.contract;

import vn.mocchau.analytics.text.Entry;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Localized;

/**
 * A warning or message in both languages the tool speaks: Vietnamese and English. Both are kept
 * (the run manifest records both); built from a catalogue entry and its arguments.
 */
public record Notice(String en, String vi) implements Localized, java.io.Serializable {
  /** The entry told in both languages with the same arguments. */
  public static Notice of(Entry entry, Object... args) {
    return told(language -> entry.format(language, args));
  }

  /**
   * A text made of catalogue texts (several notices joined), told in both languages; the one
   * place a Notice is built, so that every Notice comes from the catalogue.
   */
  public static Notice told(Localized text) {
    return new Notice(text.in(Language.EN), text.in(Language.VI));
  }

  public String text(Language language) {
    return language.pick(vi, en);
  }

  @Override
  public String in(Language language) {
    return text(language);
  }
}
