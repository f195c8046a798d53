package vn.mocchau.analytics.text;

/**
 * One text of the catalogue ({@link Msg}, {@link Word}): a Vietnamese and an English pattern with
 * the same placeholders, told in a {@link Language} with its arguments written as that language
 * writes them ({@link Patterns}).
 */
public interface Entry extends Localized {
  /** The Vietnamese pattern. */
  String vi();

  /** The English pattern. */
  String en();

  /** The pattern in one language, unformatted. */
  @Override
  default String in(Language language) {
    return language.pick(vi(), en());
  }

  /** The text in one language, its arguments written as that language writes them. */
  default String format(Language language, Object... args) {
    return Patterns.format(in(language), language, args);
  }
}
