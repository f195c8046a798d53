package vn.mocchau.analytics.text;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a catalogue pattern with its arguments, written as the language writes them: a count
 * {@code %,d} as "19.333" (vi) or "19,333" (en), a decimal {@code %.2f} as "0,76" or "0.76", a
 * {@link YearMonth} as "10/2026" or "Oct 2026", a {@link Localized} text in the pattern's
 * language. A plain {@code %d} stays as it is (years, exit codes), and a month the officer types
 * (a command to run, a folder) is passed as a String, so it stays YYYY-MM.
 */
final class Patterns {
  private Patterns() {}

  /** A java.util.Formatter specifier: flags, width, precision, conversion. */
  static final Pattern SPECIFIER =
      Pattern.compile("%([-#+ 0,(]*)(\\d+)?(?:\\.(\\d+))?([a-zA-Z%])");

  static String format(String template, Language lang, Object... args) {
    StringBuilder text = new StringBuilder();
    Matcher m = SPECIFIER.matcher(template);
    int next = 0;
    int end = 0;
    while (m.find()) {
      text.append(template, end, m.start());
      end = m.end();
      String flags = m.group(1);
      String conversion = m.group(4);
      if (conversion.equals("%")) {
        text.append('%');
        continue;
      }
      if (conversion.equals("n")) {
        text.append(System.lineSeparator());
        continue;
      }
      Object arg = args[next++];
      boolean plain = flags.isEmpty() && m.group(2) == null;
      if (conversion.equals("d") && flags.equals(",") && m.group(2) == null
          && arg instanceof Number n) {
        text.append(lang.number(n.doubleValue(), 0));
      } else if (conversion.equals("f") && plain && arg instanceof Number n) {
        text.append(lang.number(n.doubleValue(), m.group(3) == null ? 6
            : Integer.parseInt(m.group(3))));
      } else if (conversion.equals("s") && plain && arg instanceof YearMonth month) {
        text.append(lang.month(month));
      } else if (conversion.equals("s") && plain && arg instanceof Localized localized) {
        text.append(localized.in(lang));
      } else {
        text.append(String.format(Locale.ROOT, m.group(), arg));
      }
    }
    return text.append(template.substring(end)).toString();
  }

  /** The placeholders of a pattern in order ("%s", "%,d"), to compare the two languages'. */
  static java.util.List<String> placeholders(String template) {
    java.util.List<String> found = new java.util.ArrayList<>();
    Matcher m = SPECIFIER.matcher(template);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
