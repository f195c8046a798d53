package vn.mocchau.analytics.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/**
 * indicator_values (programme.md §1): the values the offices report for any indicator of
 * targets.csv — annual statistics, survey results, counts, yes/no facts — each with its status
 * (official, preliminary, estimate) and source. The month folder is the month of delivery; a
 * value is checked against the indicator's registry row: its frequency (the period's kind), its
 * scope, and its unit (a share as 95% or 0.95, yes/no as có/không).
 *
 * <p>Key (indicator_id, period, scope) with the scope resolved ("03982", "P. Thảo Nguyên" and
 * "thao_nguyen_ward" are one key); the only compared value is {@code value}, so two rows of a
 * key with the same value are a duplicate whatever their status, source or note, and two
 * different values a conflict. Vintages across delivery months are kept downstream (the mart
 * indicator_observations), never decided here.
 */
public final class IndicatorValuesContract extends FeedContract {
  public static final String FEED = "indicator_values";

  public static final Enumeration STATUS = new Enumeration("status", "tình trạng")
      .value("official", "chính thức")
      .value("preliminary", "sơ bộ")
      .value("estimate", "ước", "ước tính", "ước thực hiện");

  /** Unit {@code yes_no}: 1 for held/yes, 0 for not held/no. */
  static final Enumeration YES_NO = new Enumeration("yes_no", "có/không")
      .value("1", "có", "yes", "x")
      .value("0", "không", "no");

  /** A share: delivered as 95% or 0.95, stored as 0.95. */
  public static final String UNIT_FRACTION = "fraction";
  public static final String UNIT_YES_NO = "yes_no";

  /** The ward's own scope is the locality 03982 (programme.md §1). */
  public static final String WARD_SCOPE = "thao_nguyen_ward";
  public static final String WARD_LOCALITY_CODE = "03982";

  /**
   * The registry's scopes with the names an office may write for them (matched case-, space- and
   * diacritic-insensitively), the first Vietnamese name being how a Vietnamese reason names the
   * scope. The ward is also named by any name, alias or code of locality 03982.
   */
  static final Enumeration SCOPE = new Enumeration("scope", "phạm vi")
      .value("tourism_area", "khu du lịch quốc gia Mộc Châu", "khu du lịch")
      .value("moc_chau_area", "vùng Mộc Châu", "toàn vùng")
      .value(WARD_SCOPE, "phường Thảo Nguyên");

  /**
   * A registry scope as an office writes it in Vietnamese ("Khu du lịch quốc gia Mộc Châu"), the
   * scope code itself when it has no Vietnamese name: read back as the same scope.
   */
  public static String scopeInVietnamese(String scope) {
    List<String> names = SCOPE.values().get(scope);
    if (names == null || names.isEmpty()) {
      return scope;
    }
    String name = names.get(0);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  public static final DecimalType VALUE_TYPE = DataTypes.createDecimalType(24, 6);

  private static final List<ColumnSpec> COLUMNS = List.of(
      ColumnSpec.required("indicator_id", "text", "an indicator_id of targets.csv",
          "mã chỉ tiêu"),
      ColumnSpec.required("period", "period",
          "yyyy (year) | yyyy-Qn (quarter) | yyyy-MM or MM/yyyy (month); the indicator's"
              + " frequency; started by the delivery month", "kỳ", "năm"),
      ColumnSpec.required("scope", "scope",
          "the indicator's scope: tourism_area | moc_chau_area | thao_nguyen_ward (also 03982"
              + " or any name of that locality)", "phạm vi", "địa bàn"),
      ColumnSpec.required("value", "decimal",
          ">= 0 in the indicator's unit; fraction: 95% or 0.95; yes_no: có/yes/1/x or"
              + " không/no/0", "giá trị", "số liệu"),
      ColumnSpec.optional("status", "enum status or empty",
          "official (chính thức) / preliminary (sơ bộ) / estimate (ước); empty = official",
          "tình trạng", "loại số liệu"),
      ColumnSpec.required("source", "text", "required: who published the figure", "nguồn"),
      ColumnSpec.optional("note", "text or empty", "free text", "ghi chú"),
      // Informational (the template pre-fills them); read, never checked, never extra.
      ColumnSpec.optional("indicator_name", "text, ignored", "informational", "tên chỉ tiêu"),
      ColumnSpec.optional("unit", "text, ignored", "informational", "đơn vị tính", "đơn vị"));

  private static final StructType TYPED = new StructType()
      .add("indicator_id", DataTypes.StringType, false)
      .add("period", DataTypes.StringType, false)
      .add("scope", DataTypes.StringType, false)
      .add("value", VALUE_TYPE, false)
      .add("status", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("note", DataTypes.StringType, true);

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

  public IndicatorValuesContract() {
    super(FEED, COLUMNS, TYPED, List.of("indicator_id", "period", "scope"), List.of("value"),
        DuplicatePolicy.CONFLICTS_REJECT_ALL, false);
  }

  /** Values come when the offices have them: no month is due. */
  /**
   * The form of jobs/template comes with every indicator's id, name, unit, scope and period
   * filled in; an office fills value, status, source and note for the indicators it reports and
   * leaves the other rows as they are. Those rows are not deliveries (a whole form of them
   * rejected would stop the month at the 2 % gate).
   */
  @Override
  public List<String> filledInColumns() {
    return List.of("value", "status", "source", "note");
  }

  @Override
  public DeliveryCalendar deliveryCalendar() {
    return DeliveryCalendar.WHEN_AVAILABLE;
  }

  @Override
  public ValidRow validate(String[] cells, RowContext context) throws RowRejectedException {
    Target target = indicator(require(cells, 0, "indicator_id"), context.reference().targets());
    String period = period(require(cells, 1, "period"), target, context.deliveryMonth());
    String scope = scope(require(cells, 2, "scope"), target, context.reference().localities());
    BigDecimal value = value(require(cells, 3, "value"), target, context.numberStyle());
    String status = cells[4] == null ? "official" : enumValue(STATUS, "status", cells[4]);
    String source = require(cells, 5, "source");
    String note = cells[6];
    Object[] values = {target.indicatorId(), period, scope, value, status, source, note};
    return new ValidRow(values, null, WARD_SCOPE.equals(scope) ? WARD_LOCALITY_CODE : null);
  }

  // ---- the row rules, one function each ----

  /**
   * The registry row of a delivered id: exactly, else the one id equal to it ignoring case,
   * spaces and '_' ("Ward_Tea_Output"). An unknown id is answered with the ids one or two edits
   * away, when there are any.
   */
  static Target indicator(String text, Map<String, Target> targets) throws RowRejectedException {
    Target exact = targets.get(text);
    if (exact != null) {
      return exact;
    }
    String key = Text.enumKey(text);
    List<String> near = new ArrayList<>();
    for (Target target : targets.values()) {
      String known = Text.enumKey(target.indicatorId());
      if (known.equals(key)) {
        return target;
      }
      if (near.size() < 3 && LocalityRegistry.editDistance(key, known, 2) <= 2) {
        near.add(target.indicatorId());
      }
    }
    if (!near.isEmpty()) {
      throw new RowRejectedException(Rejection.of(ReasonCode.UNKNOWN_INDICATOR, "indicator_id",
          text, Reason.INDICATOR_NEAR, text, "'" + String.join("' / '", near) + "'"));
    }
    throw new RowRejectedException(Rejection.of(ReasonCode.UNKNOWN_INDICATOR, "indicator_id",
        text, Reason.UNKNOWN_INDICATOR, text));
  }

  /** A period read: its canonical text, its kind (a frequency name) and its first month. */
  record Period(String canonical, String frequency, YearMonth start) {}

  /** "2025", "2026-Q1", "2026-03" or "03/2026"; years 2000–2100. */
  static Period readPeriod(String text) throws RowRejectedException {
    Matcher year = YEAR.matcher(text);
    Matcher quarter = QUARTER.matcher(text);
    Period period;
    if (year.matches()) {
      int y = Integer.parseInt(year.group(1));
      period = new Period(String.valueOf(y), "annual", YearMonth.of(y, 1));
    } else if (quarter.matches()) {
      int y = Integer.parseInt(quarter.group(1));
      int q = Integer.parseInt(quarter.group(2));
      period = new Period(y + "-Q" + q, "quarterly", YearMonth.of(y, 3 * q - 2));
    } else {
      try {
        YearMonth month = Values.month(text);
        period = new Period(month.toString(), "monthly", month);
      } catch (InvalidValueException notAMonth) {
        throw badPeriod(text);
      }
    }
    if (period.start().getYear() < 2000 || period.start().getYear() > 2100) {
      throw badPeriod(text);
    }
    return period;
  }

  /**
   * The canonical period: of the indicator's frequency (the five monthly-feed indicators are
   * annual in the registry: their indicator values are official annual figures, §4), and started
   * by the delivery month (an estimate for the running year is fine; next year's is not).
   */
  static String period(String text, Target target, YearMonth delivery)
      throws RowRejectedException {
    Period period = readPeriod(text);
    if (!period.frequency().equals(target.frequency())) {
      Reason reason = switch (target.frequency()) {
        case "quarterly" -> Reason.PERIOD_NOT_A_QUARTER;
        case "monthly" -> Reason.PERIOD_NOT_A_MONTH;
        default -> Reason.PERIOD_NOT_A_YEAR;
      };
      throw new RowRejectedException(Rejection.of(ReasonCode.WRONG_FREQUENCY, "period", text,
          reason, target.indicatorId(), text));
    }
    if (period.start().isAfter(delivery)) {
      throw new RowRejectedException(Rejection.of(ReasonCode.PERIOD_NOT_STARTED, "period", text,
          Reason.PERIOD_NOT_STARTED, text, Localized.dataMonth(delivery)));
    }
    return period.canonical();
  }

  private static RowRejectedException badPeriod(String text) {
    return new RowRejectedException(Rejection.of(ReasonCode.BAD_PERIOD, "period", text,
        Reason.NOT_A_PERIOD, text));
  }

  /**
   * The registry scope a delivered scope names, which must be the indicator's: a scope name
   * (or a Vietnamese name of it), else a locality — 03982 by any code, name or alias is the
   * ward; any other locality is not a scope of the registry and is named in the reason.
   */
  static String scope(String text, Target target, LocalityRegistry localities)
      throws RowRejectedException {
    String scope = null;
    Localized named = null;
    String key = Text.enumKey(text);
    if (key.equals(Text.enumKey(target.scope()))) {
      scope = target.scope();
    } else {
      try {
        scope = SCOPE.match(text);
      } catch (InvalidValueException notAScopeName) {
        LocalityRegistry.Resolution place = localities.resolve(text);
        if (place != null && WARD_LOCALITY_CODE.equals(place.localityCode())) {
          scope = WARD_SCOPE;
        } else if (place != null) {
          String name = localities.get(place.localityCode()).name() + " ("
              + place.localityCode() + ")";
          named = Localized.of(name, name);
        }
      }
    }
    if (scope == null && named == null) {
      throw new RowRejectedException(Rejection.of(ReasonCode.UNKNOWN_SCOPE, "scope", text,
          Reason.SCOPE_UNKNOWN, text, target.indicatorId(), scopeName(target.scope())));
    }
    if (scope == null || !scope.equals(target.scope())) {
      throw new RowRejectedException(Rejection.of(ReasonCode.WRONG_SCOPE, "scope", text,
          Reason.WRONG_SCOPE, text, named != null ? named : scopeName(scope),
          target.indicatorId(), scopeName(target.scope())));
    }
    return scope;
  }

  /** A registry scope as each language names it: "vùng Mộc Châu (moc_chau_area)". */
  static Localized scopeName(String scope) {
    List<String> names = SCOPE.values().get(scope);
    String vi = names == null || names.isEmpty() ? "'" + scope + "'"
        : names.get(0) + " (" + scope + ")";
    return Localized.of(vi, "'" + scope + "'");
  }

  /**
   * The value in the indicator's unit, at the curated scale: yes/no words as 1/0; a share as
   * 95% / 95,5% (÷ 100) or a number ≤ 1; any other unit a number ≥ 0 without '%'. Numbers follow
   * the file's decimal style (feeds.md §2).
   */
  static BigDecimal value(String text, Target target, NumberStyle style)
      throws RowRejectedException {
    if (UNIT_YES_NO.equals(target.unit())) {
      return new BigDecimal(enumValue(YES_NO, "value", text)).setScale(VALUE_TYPE.scale());
    }
    String percentBody = Decimals.percentBody(text);
    boolean percent = percentBody != null;
    boolean share = UNIT_FRACTION.equals(target.unit());
    if (percent && !share) {
      throw new RowRejectedException(Rejection.of(ReasonCode.UNEXPECTED_PERCENT, "value", text,
          Reason.UNEXPECTED_PERCENT, text, target.indicatorId()));
    }
    BigDecimal number;
    try {
      number = Decimals.resolve(Decimals.read(percent ? percentBody : text), style, text);
    } catch (InvalidValueException e) {
      // The reason quotes the cell as delivered, '%' included ("'abc%' is not a number").
      throw new RowRejectedException(percent && ReasonCode.BAD_NUMBER.equals(e.code())
          ? Rejection.of(ReasonCode.BAD_NUMBER, "value", text, Reason.NOT_A_NUMBER, text)
          : Rejection.of(e.code(), "value", text, e.reason()));
    }
    if (number.signum() < 0) {
      throw new RowRejectedException(Rejection.of(ReasonCode.NEGATIVE_VALUE, "value", text,
          Reason.NEGATIVE, text));
    }
    BigDecimal value = percent ? number.movePointLeft(2) : number;
    if (share && value.compareTo(BigDecimal.ONE) > 0) {
      throw new RowRejectedException(Rejection.of(ReasonCode.BAD_SHARE, "value", text,
          percent ? Reason.SHARE_ABOVE_100 : Reason.SHARE_WITHOUT_PERCENT, text));
    }
    value = value.setScale(VALUE_TYPE.scale(), RoundingMode.HALF_UP);
    if (value.precision() > VALUE_TYPE.precision()) {
      throw new RowRejectedException(Rejection.of(ReasonCode.TOO_LARGE, "value", text,
          Reason.TOO_LARGE, text));
    }
    return value;
  }
}
