package vn.mocchau.analytics.contract;

import java.io.Serializable;

/**
 * Why a row was rejected, in the officers' two languages. {@code column} is the canonical column
 * name (or "(row)" for the row as a whole) and {@code value} the offending cell as delivered.
 */
public record Rejection(String column, String value, String reasonEn, String reasonVi)
    implements Serializable {

  public static final String WHOLE_ROW = "(row)";

  /** A quoted value inside a reason; masked with {@link #MASK} so that alike reasons group. */
  public static final String QUOTED_VALUE = "'[^']*'";
  public static final String MASK = "'…'";

  public static Rejection missing(String column) {
    return new Rejection(column, null,
        "required value '" + column + "' is empty",
        "thiếu giá trị bắt buộc '" + column + "'");
  }

  public static Rejection of(String column, String value, String reasonEn, String reasonVi) {
    return new Rejection(column, value, reasonEn, reasonVi);
  }
}
