package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.text.Reason;

/**
 * The written contract of one feed (feeds.md §4) as code: its columns with Vietnamese header names,
 * the typed schema of its curated rows, the row rules, and the key on which duplicate and conflict
 * rules work. Implementations are pure and serializable: they run inside Spark tasks.
 */
public abstract class FeedContract implements Serializable {
  private final String feed;
  private final List<ColumnSpec> columns;
  private final StructType typedSchema;
  private final List<String> keyColumns;
  private final List<String> valueColumns;
  private final DuplicatePolicy duplicatePolicy;
  private final boolean keyedByReportingUnit;
  private final boolean hasLocalityColumn;

  /**
   * @param keyColumns typed columns that, with the reporting unit when
   *     {@code keyedByReportingUnit}, form the duplicate/conflict key
   * @param valueColumns typed columns compared to tell a duplicate from a conflict
   */
  protected FeedContract(String feed, List<ColumnSpec> columns, StructType typedSchema,
      List<String> keyColumns, List<String> valueColumns, DuplicatePolicy duplicatePolicy,
      boolean keyedByReportingUnit) {
    this.feed = feed;
    this.columns = columns;
    this.typedSchema = typedSchema;
    this.keyColumns = keyColumns;
    this.valueColumns = valueColumns;
    this.duplicatePolicy = duplicatePolicy;
    this.keyedByReportingUnit = keyedByReportingUnit;
    this.hasLocalityColumn = columns.stream().anyMatch(c -> c.name().equals("locality"));
  }

  /** How rows sharing a key are settled within one delivery. */
  public enum DuplicatePolicy {
    /** Equal values: first kept, later ones duplicates. Different values: all rejected. */
    CONFLICTS_REJECT_ALL,
    /** Equal rows: first kept. Different rows: the last in file order wins, earlier ones replaced. */
    LAST_ROW_WINS
  }

  /** Folder name under data-raw/ and curated/. */
  public final String feed() {
    return feed;
  }

  public final List<ColumnSpec> columns() {
    return columns;
  }

  /** Typed columns of a curated row, in the order {@link ValidRow#typedValues()} gives them. */
  public final StructType typedSchema() {
    return typedSchema;
  }

  public final List<String> keyColumns() {
    return keyColumns;
  }

  public final List<String> valueColumns() {
    return valueColumns;
  }

  public final DuplicatePolicy duplicatePolicy() {
    return duplicatePolicy;
  }

  public final boolean keyedByReportingUnit() {
    return keyedByReportingUnit;
  }

  /** Whether a file of this feed has a decimal style to decide (feeds.md: revenue, corn). */
  public final boolean hasDecimalColumns() {
    return columns().stream().anyMatch(ColumnSpec::decimal);
  }

  /**
   * The months a delivery of this feed is due; {@link DeliveryCalendar#MONTHLY} unless a feed
   * says otherwise.
   */
  public DeliveryCalendar deliveryCalendar() {
    return DeliveryCalendar.MONTHLY;
  }

  /**
   * The columns an office fills in on a pre-filled form (jobs/template): a row of the form
   * whose every one of them is empty was left unfilled and reads as a blank line — ignored, and
   * counted among the file's blank lines — instead of a row rejected for its missing value. Empty
   * for a feed without such a form (every non-blank row is checked).
   */
  public List<String> filledInColumns() {
    return List.of();
  }

  /** Whether a delivery of this feed is due for {@code month}. */
  public final boolean expectedIn(YearMonth month) {
    return deliveryCalendar().expects(month);
  }

  /**
   * What the officer calls a column: the contract's first Vietnamese header name ("lượt khách");
   * for a derived column, its Vietnamese description.
   */
  public final String viName(String column) {
    for (ColumnSpec spec : columns) {
      if (spec.name().equals(column)) {
        return spec.viName();
      }
    }
    return switch (column) {
      case "amount_vnd" -> "số tiền quy ra đồng";
      case "reporting_unit" -> "địa bàn";
      default -> column;
    };
  }

  /** Whether the feed has a {@code locality} column resolved through the locality registry. */
  public final boolean hasLocalityColumn() {
    return hasLocalityColumn;
  }

  /**
   * Checks one row. {@code cells} are in {@link #columns()} order, NFC and trimmed, null when
   * empty or absent.
   */
  public abstract ValidRow validate(String[] cells, RowContext context) throws RowRejectedException;

  // ---- helpers shared by the feed contracts ----

  protected final int index(String column) {
    List<ColumnSpec> columns = columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Cannot find column " + column + " in " + feed());
  }

  protected final String require(String[] cells, int index, String column)
      throws RowRejectedException {
    String value = cells[index];
    if (value == null) {
      throw new RowRejectedException(Rejection.missing(column, viName(column)));
    }
    return value;
  }

  protected static LocalDate date(String column, String value) throws RowRejectedException {
    try {
      return Values.date(value);
    } catch (InvalidValueException e) {
      throw new RowRejectedException(column, value, e);
    }
  }

  protected static YearMonth month(String column, String value) throws RowRejectedException {
    try {
      return Values.month(value);
    } catch (InvalidValueException e) {
      throw new RowRejectedException(column, value, e);
    }
  }

  protected static long count(String column, String value, long minimum)
      throws RowRejectedException {
    long parsed;
    try {
      parsed = Values.integer(value);
    } catch (InvalidValueException e) {
      throw new RowRejectedException(column, value, e);
    }
    if (parsed < minimum) {
      throw new RowRejectedException(Rejection.of(
          minimum == 0 ? ReasonCode.NEGATIVE_VALUE : ReasonCode.BELOW_MINIMUM, column, value,
          Reason.BELOW_MINIMUM, value, minimum));
    }
    return parsed;
  }

  protected static BigDecimal nonNegativeDecimal(String column, String value, NumberStyle style)
      throws RowRejectedException {
    BigDecimal parsed;
    try {
      parsed = Decimals.resolve(Decimals.read(value), style, value);
    } catch (InvalidValueException e) {
      throw new RowRejectedException(column, value, e);
    }
    if (parsed.signum() < 0) {
      throw new RowRejectedException(Rejection.of(ReasonCode.NEGATIVE_VALUE, column, value,
          Reason.NEGATIVE, value));
    }
    return parsed;
  }

  protected static String enumValue(Enumeration enumeration, String column, String value)
      throws RowRejectedException {
    try {
      return enumeration.match(value);
    } catch (InvalidValueException e) {
      throw new RowRejectedException(column, value, e);
    }
  }

  /**
   * Resolves a delivered locality. An unknown name close to a known one (a typo such as
   * "Phường Mộc Chuau") is answered with the nearest known name; only a name close to none may be
   * a real legacy name, for which the fix is an alias.
   */
  protected static LocalityRegistry.Resolution locality(String value, RowContext context)
      throws RowRejectedException {
    LocalityRegistry registry = context.reference().localities();
    LocalityRegistry.Resolution resolution = registry.resolve(value);
    if (resolution != null) {
      return resolution;
    }
    List<String> near = registry.suggest(value);
    if (!near.isEmpty()) {
      String quoted = "'" + String.join("' / '", near) + "'";
      throw new RowRejectedException(Rejection.of(ReasonCode.UNKNOWN_LOCALITY, "locality", value,
          Reason.LOCALITY_NEAR, value, quoted));
    }
    throw new RowRejectedException(Rejection.of(ReasonCode.UNKNOWN_LOCALITY, "locality", value,
        Reason.LOCALITY_UNKNOWN, value));
  }
}
