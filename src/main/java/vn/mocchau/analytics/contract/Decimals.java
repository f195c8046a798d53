package vn.mocchau.analytics.contract;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.mocchau.analytics.text.Reason;

/**
 * Decimal numbers under feeds.md §2. A cell is read on its own when it can be read only one way;
 * a cell such as "2.150" (one separator followed by exactly three digits) is ambiguous and follows
 * the style its file reveals ({@link NumberStyle}).
 *
 * <p>Refinement written down in docs/contract.md: a single separator after a leading "0" or after
 * more than three digits ("0.150", "1234.567") cannot be a digit group, so it is a decimal mark.
 */
public final class Decimals {
  /** How a cell reads on its own. */
  public enum Reading { PLAIN, VIETNAMESE, INTERNATIONAL, AMBIGUOUS }

  /** A cell's reading and, unless ambiguous, its value. */
  public record Cell(Reading reading, BigDecimal value, String ambiguousDigits) {}

  private static final Pattern PLAIN = Pattern.compile("\\d+");
  private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?");

  /**
   * The longest number text read: DECIMAL(24, 6) with thousands separators, a sign and spaces
   * fits in 48 characters; anything longer is not a figure (issue #19: a 10-million-digit amount
   * hung the run).
   */
  public static final int MAX_TEXT = 64;

  private Decimals() {}

  /** Reads one cell; the sign is allowed here and checked by the row rules. */
  public static Cell read(String text) throws InvalidValueException {
    if (text.length() > MAX_TEXT) {
      // BigDecimal's parse is quadratic in the digits (a million took 34 s): refuse first.
      throw new InvalidValueException(ReasonCode.TOO_LARGE, Reason.NUMBER_TOO_LONG,
          text.substring(0, 20), text.length());
    }
    String body = text;
    boolean negative = false;
    if (body.startsWith("-")) {
      negative = true;
      body = body.substring(1);
    }
    body = body.replace('\u00A0', ' ').replace('\u202F', ' ');
    Cell cell = readUnsigned(body, text);
    if (negative && cell.value() != null) {
      return new Cell(cell.reading(), cell.value().negate(), null);
    }
    if (negative) {
      return new Cell(cell.reading(), null, "-" + cell.ambiguousDigits());
    }
    return cell;
  }

  private static Cell readUnsigned(String body, String original) throws InvalidValueException {
    if (PLAIN.matcher(body).matches()) {
      return new Cell(Reading.PLAIN, new BigDecimal(body), null);
    }
    if (body.indexOf(' ') >= 0) {
      if (!SPACE_GROUPED.matcher(body).matches()) {
        throw notANumber(original);
      }
      String noSpaces = body.replace(" ", "");
      int mark = Math.max(noSpaces.lastIndexOf('.'), noSpaces.lastIndexOf(','));
      if (mark < 0) {
        return new Cell(Reading.PLAIN, new BigDecimal(noSpaces), null);
      }
      Reading reading = noSpaces.charAt(mark) == ',' ? Reading.VIETNAMESE : Reading.INTERNATIONAL;
      return new Cell(reading, new BigDecimal(noSpaces.replace(',', '.')), null);
    }
    int dots = count(body, '.');
    int commas = count(body, ',');
    if (dots > 0 && commas > 0) {
      char decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
      char group = decimalMark == '.' ? ',' : '.';
      String pattern = "\\d{1,3}(?:" + Pattern.quote(String.valueOf(group)) + "\\d{3})*"
          + Pattern.quote(String.valueOf(decimalMark)) + "\\d+";
      if (!body.matches(pattern)) {
        throw notANumber(original);
      }
      String canonical = body.replace(String.valueOf(group), "").replace(decimalMark, '.');
      return new Cell(decimalMark == ',' ? Reading.VIETNAMESE : Reading.INTERNATIONAL,
          new BigDecimal(canonical), null);
    }
    if (dots == 0 && commas == 0) {
      throw notANumber(original);
    }
    char separator = dots > 0 ? '.' : ',';
    int separators = Math.max(dots, commas);
    if (separators > 1) {
      String pattern = "\\d{1,3}(?:" + Pattern.quote(String.valueOf(separator)) + "\\d{3})+";
      if (!body.matches(pattern)) {
        throw notANumber(original);
      }
      return new Cell(separator == '.' ? Reading.VIETNAMESE : Reading.INTERNATIONAL,
          new BigDecimal(body.replace(String.valueOf(separator), "")), null);
    }
    int at = body.indexOf(separator);
    String whole = body.substring(0, at);
    String fraction = body.substring(at + 1);
    if (!PLAIN.matcher(whole).matches() || !PLAIN.matcher(fraction).matches()) {
      throw notANumber(original);
    }
    boolean couldBeGroup = fraction.length() == 3 && whole.length() <= 3 && whole.charAt(0) != '0';
    if (couldBeGroup) {
      return new Cell(Reading.AMBIGUOUS, null, whole + separator + fraction);
    }
    return new Cell(separator == ',' ? Reading.VIETNAMESE : Reading.INTERNATIONAL,
        new BigDecimal(whole + "." + fraction), null);
  }

  /**
   * The number of a per-cent cell ("95,5%", "95 %"): the text before a trailing '%', spaces
   * before the sign dropped; null when the cell has no trailing '%'. Used by the file's style
   * pass too, so that "95,5%" reveals the Vietnamese style as "95,5" would (programme.md §1).
   */
  public static String percentBody(String text) {
    if (text == null || !text.endsWith("%")) {
      return null;
    }
    return text.substring(0, text.length() - 1).replace('\u00A0', ' ').replace('\u202F', ' ')
        .stripTrailing();
  }

  /** The value of an ambiguous cell under a file's style. */
  public static BigDecimal resolve(Cell cell, NumberStyle style, String original)
      throws InvalidValueException {
    if (cell.reading() != Reading.AMBIGUOUS) {
      return cell.value();
    }
    String digits = cell.ambiguousDigits();
    char separator = digits.indexOf('.') >= 0 ? '.' : ',';
    switch (style) {
      case VIETNAMESE:
      case ASSUMED_VIETNAMESE:
        // '.' groups digits, ',' marks decimals
        return separator == '.' ? new BigDecimal(digits.replace(".", ""))
            : new BigDecimal(digits.replace(',', '.'));
      case INTERNATIONAL:
        return separator == ',' ? new BigDecimal(digits.replace(",", ""))
            : new BigDecimal(digits);
      default:
        throw new InvalidValueException(ReasonCode.AMBIGUOUS_NUMBER, Reason.AMBIGUOUS_NUMBER,
            original);
    }
  }

  private static InvalidValueException notANumber(String text) {
    return new InvalidValueException(ReasonCode.BAD_NUMBER, Reason.NOT_A_NUMBER, text);
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
