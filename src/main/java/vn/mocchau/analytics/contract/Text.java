package vn.mocchau.analytics.contract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by every contract. Offices mix NFC and NFD Vietnamese, upper and lower
 * case, and spell names with or without diacritics; these functions give the keys that matching uses.
 */
public final class Text {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LOCALITY_PREFIX =
      Pattern.compile("^(thi tran\\s+|phuong\\s+|xa\\s+|tt\\.\\s*|p\\.\\s*|x\\.\\s*)");

  private Text() {}

  /** Unicode NFC, or null for null. */
  public static String nfc(String value) {
    return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
  }

  /** NFC and trimmed; an empty or blank value becomes null (missing). */
  public static String cell(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = (isAscii(value) ? value : nfc(value)).strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** ASCII text is its own NFC form, so the normaliser can be skipped for it. */
  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without diacritics ("Đoàn Kết" becomes "doan ket"), spaces collapsed. */
  public static String fold(String value) {
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
        .replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Header key: folded, with '_' and spaces treated alike ("Mã_xã" equals "ma xa"). */
  public static String headerKey(String value) {
    return SPACES.matcher(fold(value).replace('_', ' ')).replaceAll(" ").strip();
  }

  /** Enumeration key: folded with every space and '_' removed ("Vụ hè thu" equals "vuhethu"). */
  public static String enumKey(String value) {
    return fold(value).replace("_", "").replace(" ", "");
  }

  /**
   * Locality key (feeds.md §3): folded, administrative prefixes (phường, xã, thị trấn, p., x., tt.)
   * dropped, spaces collapsed. "P. Thảo Nguyên" and "phuong thao nguyen" both give "thao nguyen".
   */
  public static String localityKey(String value) {
    String folded = fold(value);
    String withoutPrefix = LOCALITY_PREFIX.matcher(folded).replaceFirst("");
    return SPACES.matcher(withoutPrefix).replaceAll(" ").strip();
  }
}
