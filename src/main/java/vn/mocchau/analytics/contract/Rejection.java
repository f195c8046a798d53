package vn.mocchau.analytics.contract;

import java.io.Serializable;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/**
 * Why a row was rejected, in the officers' two languages, with a stable {@code code} for the kind
 * of problem ({@link ReasonCode}) so that rejected rows can be grouped by reason while the reason
 * texts keep the offending values. {@code column} is the canonical column name (or "(row)" for the
 * row as a whole) and {@code value} the offending cell as delivered.
 */
public record Rejection(String column, String value, String reasonEn, String reasonVi,
    String code) implements Serializable {

  public static final String WHOLE_ROW = "(row)";

  /** A quoted value inside a reason; masked with {@link #MASK} so that alike reasons group. */
  public static final String QUOTED_VALUE = "'[^']*'";
  public static final String MASK = "'…'";

  public Rejection {
    if (code == null || !ReasonCode.ALL.containsKey(code)) {
      throw new IllegalArgumentException("Cannot reject a row without a documented reason code: "
          + code);
    }
  }

  /** A required value is empty; {@code viName} is the column's Vietnamese name. */
  public static Rejection missing(String column, String viName) {
    return of(ReasonCode.MISSING_VALUE, column, null,
        Notice.of(Reason.MISSING_VALUE, Localized.of(viName, column)));
  }

  /** A rejection whose reason is a catalogue entry told with its arguments. */
  public static Rejection of(String code, String column, String value, Reason reason,
      Object... args) {
    return of(code, column, value, Notice.of(reason, args));
  }

  public static Rejection of(String code, String column, String value, Notice reason) {
    return new Rejection(column, value, reason.en(), reason.vi(), code);
  }
}
