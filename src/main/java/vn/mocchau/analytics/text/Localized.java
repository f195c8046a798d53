package vn.mocchau.analytics.text;

import java.time.YearMonth;

/**
 * A text that exists in both languages, told in one of them. Passed as an argument to an
 * {@link Entry}, it is told in the language the entry is formatted in: a feed's name, a notice, a
 * file's error inside a sentence.
 */
public interface Localized {
  String in(Language language);

  /** A text given in both languages (Vietnamese first, like the catalogue). */
  static Localized of(String vi, String en) {
    return language -> language.pick(vi, en);
  }

  /**
   * A month as the stages' notices write it: "01/2026" in Vietnamese and as the data write it,
   * "2026-01", in English (the console's own lines write "Jan 2026": {@link Language#month}).
   */
  static Localized dataMonth(YearMonth month) {
    return of(Language.VI.month(month), month.toString());
  }

  /** A day as the stages' notices write it: "13/01/2026" in Vietnamese, "2026-01-13" in English. */
  static Localized dataDay(java.time.LocalDate day) {
    return of(Language.VI.date(day), day.toString());
  }
}
