package vn.mocchau.analytics.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the other language's words in what a job printed: English words in a Vietnamese run,
 * Vietnamese words in an English run. Not words: values quoted from the officer's files or typed
 * by the officer ('…', "…"), paths, file names, codes and numbers (anything with / \ . _ = | - or
 * a digit), options (--raw), and a short list of names (Spark, Excel, Mộc Châu...).
 *
 * <p>An English word is an ASCII word that cannot be a Vietnamese syllable written without its
 * marks ("arrivals", "file", "date") or a common English word that could ("the", "to", "on").
 * A Vietnamese word in English text is one with a Vietnamese letter or mark.
 */
public final class ConsoleWords {
  /** Names, formats and typed values that are the same in both languages. */
  private static final Set<String> NAMES = Set.of("spark", "excel", "utf", "csv", "gzip", "sql",
      "parquet", "table", "json", "java", "maven", "hadoop", "url", "iso", "yyyy", "mm", "p",
      "vi", "en", "local", "mộc", "châu", "sơn", "la", "việt", "nam",
      "byte", // a unit, written so in Vietnamese too ("byte lỗi")
      "kg", // likewise ("30 kg thức ăn ủ chua", #16)
      "yarn", "kubernetes"); // cluster managers, named so in Vietnamese too (#17 slice C)

  /** English words that happen to have the shape of a Vietnamese syllable. */
  private static final Set<String> ENGLISH_SHORT = Set.of("the", "to", "on", "at", "up", "can",
      "run", "set", "get", "of", "or", "is", "it");

  /** A Vietnamese syllable written in ASCII (its marks left off): onset, vowels, final. */
  private static final Pattern SYLLABLE = Pattern.compile(
      "(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?"
          + "(uye|oai|oay|uya|uay|uoi|ieu|yeu|oeo|ai|ao|au|ay|eo|ia|iu|oa|oe|oi|ua|ue|ui|uy|ye"
          + "|ie|uo|a|e|i|o|u|y)(ch|ng|nh|[cmnpt]|[iouy])?");

  private static final Pattern QUOTED =
      Pattern.compile("(?<!\\p{L})'[^'\\n]*'(?!\\p{L})|\"[^\"\\n]*\"");

  private ConsoleWords() {}

  public static List<String> english(String output) {
    List<String> found = new ArrayList<>();
    for (String word : words(output)) {
      String lower = word.toLowerCase(Locale.ROOT).replace("'", "");
      if (NAMES.contains(lower) || !lower.matches("[a-z]+")) {
        continue;
      }
      if (ENGLISH_SHORT.contains(lower) || !SYLLABLE.matcher(lower).matches()) {
        found.add(word);
      }
    }
    return found;
  }

  /** Vietnamese words in an English run, the given proper names (localities) aside. */
  public static List<String> vietnamese(String output, java.util.Collection<String> names) {
    String text = output;
    for (String name : names) {
      text = text.replace(name, " ");
    }
    return vietnamese(text);
  }

  public static List<String> vietnamese(String output) {
    List<String> found = new ArrayList<>();
    for (String word : words(output)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!NAMES.contains(lower) && lower.matches(".*[\\p{L}&&[^a-z]].*")) {
        found.add(word);
      }
    }
    return found;
  }

  private static List<String> words(String output) {
    List<String> words = new ArrayList<>();
    for (String token : QUOTED.matcher(output).replaceAll(" ").split("\\s+")) {
      String word = token.replaceAll("^[(\\[{,;:!?…–—]+|[)\\]},;:!?.…–—]+$", "");
      if (word.isEmpty() || word.matches(".*[/\\\\._=|<>@*\\[\\]0-9-].*")) {
        continue;
      }
      words.add(word);
    }
    return words;
  }
}
