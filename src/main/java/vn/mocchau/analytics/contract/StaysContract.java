package vn.mocchau.analytics.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/**
 * stays: lodging registrations (feeds.md §4). Each delivery lists every registration overlapping its
 * month; the month's own measures (nights in the month, overnight arrival, day use) are computed
 * here from that delivery alone, so a stay crossing a month boundary counts its nights in each month
 * exactly once.
 */
public final class StaysContract extends FeedContract {
  public static final int MAX_NIGHTS = 90;
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> VIET_NAM_NAMES = Set.of("vietnam", "viet nam");

  private static final List<ColumnSpec> COLUMNS = List.of(
      ColumnSpec.required("registration_id", "text", "key within the delivery", "mã đăng ký"),
      ColumnSpec.required("establishment_id", "text", "exists in establishments.csv", "mã cơ sở"),
      ColumnSpec.required("check_in", "date", "<= last day of the delivery month", "ngày đến"),
      ColumnSpec.required("check_out", "date or empty", ">= check_in; empty = in house", "ngày đi"),
      ColumnSpec.required("guests", "integer", ">= 1", "số khách"),
      ColumnSpec.required("nationality", "ISO 3166-1 alpha-2", "VN = domestic", "quốc tịch"));

  private static final StructType TYPED = new StructType()
      .add("registration_id", DataTypes.StringType, false)
      .add("establishment_id", DataTypes.StringType, false)
      .add("check_in", DataTypes.DateType, false)
      .add("check_out", DataTypes.DateType, true)
      .add("guests", DataTypes.IntegerType, false)
      .add("nationality", DataTypes.StringType, false)
      .add("origin", DataTypes.StringType, false)
      .add("nights_in_month", DataTypes.IntegerType, false)
      .add("guest_nights", DataTypes.LongType, false)
      .add("overnight_arrival", DataTypes.BooleanType, false)
      .add("day_use", DataTypes.BooleanType, false)
      .add("in_house", DataTypes.BooleanType, false);

  public StaysContract() {
    super("stays", COLUMNS, TYPED, List.of("registration_id"),
        List.of("establishment_id", "check_in", "check_out", "guests", "nationality"),
        DuplicatePolicy.LAST_ROW_WINS, false);
  }

  @Override
  public ValidRow validate(String[] cells, RowContext context) throws RowRejectedException {
    String registrationId = require(cells, 0, "registration_id");
    String establishmentId = require(cells, 1, "establishment_id");
    Establishment establishment = context.reference().establishments().get(establishmentId);
    if (establishment == null) {
      throw new RowRejectedException(Rejection.of(ReasonCode.UNKNOWN_ESTABLISHMENT,
          "establishment_id", establishmentId,
          Reason.UNKNOWN_ESTABLISHMENT, establishmentId));
    }
    YearMonth month = context.deliveryMonth();
    LocalDate firstDay = month.atDay(1);
    LocalDate dayAfterMonth = month.plusMonths(1).atDay(1);
    String checkInText = require(cells, 2, "check_in");
    LocalDate checkIn = date("check_in", checkInText);
    if (!checkIn.isBefore(dayAfterMonth)) {
      throw new RowRejectedException(Rejection.of(ReasonCode.OUTSIDE_MONTH, "check_in", checkInText,
          Reason.CHECK_IN_AFTER_MONTH, checkInText, Localized.dataMonth(month)));
    }
    String checkOutText = cells[3];
    LocalDate checkOut = checkOutText == null ? null : date("check_out", checkOutText);
    if (checkOut != null && checkOut.isBefore(checkIn)) {
      throw new RowRejectedException(Rejection.of(ReasonCode.CHECK_OUT_BEFORE_CHECK_IN,
          "check_out", checkOutText,
          Reason.CHECK_OUT_BEFORE_CHECK_IN, checkOutText, checkInText));
    }
    String guestsText = require(cells, 4, "guests");
    int guests = (int) Math.min(Integer.MAX_VALUE, count("guests", guestsText, 1));
    String nationality = nationality(require(cells, 5, "nationality"));

    LocalDate stayEnd = checkOut == null ? dayAfterMonth : checkOut;
    long totalNights = ChronoUnit.DAYS.between(checkIn, stayEnd);
    if (totalNights > MAX_NIGHTS) {
      throw new RowRejectedException(Rejection.of(ReasonCode.STAY_TOO_LONG,
          Rejection.WHOLE_ROW, checkInText,
          Reason.STAY_TOO_LONG, totalNights, MAX_NIGHTS));
    }
    boolean dayUse = checkOut != null && checkOut.equals(checkIn);
    LocalDate nightsFrom = checkIn.isBefore(firstDay) ? firstDay : checkIn;
    LocalDate nightsUntil = stayEnd.isAfter(dayAfterMonth) ? dayAfterMonth : stayEnd;
    int nightsInMonth = (int) Math.max(0, ChronoUnit.DAYS.between(nightsFrom, nightsUntil));
    boolean checkInInMonth = !checkIn.isBefore(firstDay);
    if (dayUse ? !checkInInMonth : nightsInMonth == 0) {
      throw new RowRejectedException(Rejection.of(ReasonCode.OUTSIDE_MONTH,
          Rejection.WHOLE_ROW, checkInText,
          Reason.STAY_OUTSIDE_MONTH, checkInText,
          checkOutText == null ? Reason.IN_HOUSE : checkOutText, Localized.dataMonth(month)));
    }
    warnIfClosed(establishment, dayUse ? checkIn : nightsFrom,
        dayUse ? checkIn.plusDays(1) : nightsUntil, registrationId, context);
    boolean overnightArrival = checkInInMonth && !dayUse;
    String origin = "VN".equals(nationality) ? "domestic" : "international";
    Object[] values = {registrationId, establishmentId, checkIn, checkOut, guests, nationality,
        origin, nightsInMonth, (long) guests * nightsInMonth, overnightArrival, dayUse,
        checkOut == null};
    return new ValidRow(values, null, establishment.localityCode());
  }

  private static void warnIfClosed(Establishment establishment, LocalDate from, LocalDate until,
      String registrationId, RowContext context) {
    LocalDate day = establishment.firstClosedDay(from, until);
    if (day != null) {
      context.warnings().add(Notice.of(Reason.STAY_AT_CLOSED, registrationId, establishment.id(),
          Localized.dataDay(day)));
    }
  }

  static String nationality(String text) throws RowRejectedException {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (upper.length() == 2 && ISO_COUNTRIES.contains(upper)) {
      return upper;
    }
    if (VIET_NAM_NAMES.contains(Text.fold(text))) {
      return "VN";
    }
    throw new RowRejectedException(Rejection.of(ReasonCode.BAD_NATIONALITY, "nationality", text,
        Reason.NOT_A_COUNTRY, text, "VN"));
  }
}
