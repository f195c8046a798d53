package vn.mocchau.analytics.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/**
 * revenue: monthly tourism revenue by locality and sector (feeds.md §4). Amounts are exact decimals;
 * {@code amount_vnd} is the amount converted to đồng and rounded half-up to a whole đồng.
 */
public final class RevenueContract extends FeedContract {
  public static final Enumeration SECTOR = new Enumeration("sector", "lĩnh vực")
      .value("accommodation", "lưu trú")
      .value("food_beverage", "ăn uống")
      .value("transport", "vận chuyển", "lữ hành", "vận chuyển, lữ hành")
      .value("attractions", "tham quan", "vui chơi giải trí", "tham quan, vui chơi giải trí")
      .value("shopping", "mua sắm")
      .value("other", "khác");

  public static final Enumeration UNIT = new Enumeration("unit", "đơn vị")
      .value("dong", "đồng", "VND")
      .value("million_dong", "triệu đồng")
      .value("billion_dong", "tỷ đồng");

  public static final DecimalType AMOUNT_TYPE = DataTypes.createDecimalType(24, 6);
  public static final DecimalType VND_TYPE = DataTypes.createDecimalType(20, 0);

  private static final List<ColumnSpec> COLUMNS = List.of(
      ColumnSpec.required("month", "month", "equals the delivery month", "tháng"),
      ColumnSpec.required("locality", "locality", "resolvable", "địa bàn"),
      ColumnSpec.required("sector", "enum sector", "six sectors", "lĩnh vực", "ngành"),
      ColumnSpec.required("amount", "decimal", ">= 0", "doanh thu", "số tiền"),
      ColumnSpec.required("unit", "enum unit", "dong / million_dong / billion_dong", "đơn vị"));

  private static final StructType TYPED = new StructType()
      .add("month", DataTypes.StringType, false)
      .add("sector", DataTypes.StringType, false)
      .add("amount", AMOUNT_TYPE, false)
      .add("unit", DataTypes.StringType, false)
      .add("amount_vnd", VND_TYPE, false);

  public RevenueContract() {
    super("revenue", COLUMNS, TYPED, List.of("month", "sector"),
        List.of("amount_vnd"),
        DuplicatePolicy.CONFLICTS_REJECT_ALL, true);
  }

  /** The amount in whole đồng, rounded half-up (outputs.md §3). */
  public static BigDecimal toDong(BigDecimal amount, String unit) {
    BigDecimal factor = switch (unit) {
      case "dong" -> BigDecimal.ONE;
      case "million_dong" -> BigDecimal.TEN.pow(6);
      case "billion_dong" -> BigDecimal.TEN.pow(9);
      default -> throw new IllegalArgumentException("Cannot convert unit " + unit);
    };
    return amount.multiply(factor).setScale(0, RoundingMode.HALF_UP);
  }

  @Override
  public ValidRow validate(String[] cells, RowContext context) throws RowRejectedException {
    String monthText = require(cells, 0, "month");
    YearMonth month = month("month", monthText);
    if (!month.equals(context.deliveryMonth())) {
      throw new RowRejectedException(Rejection.of(ReasonCode.OUTSIDE_MONTH, "month", monthText,
          Reason.MONTH_NOT_DELIVERY_MONTH, monthText,
          Localized.dataMonth(context.deliveryMonth())));
    }
    LocalityRegistry.Resolution place = locality(require(cells, 1, "locality"), context);
    String sector = enumValue(SECTOR, "sector", require(cells, 2, "sector"));
    String amountText = require(cells, 3, "amount");
    BigDecimal amount = nonNegativeDecimal("amount", amountText, context.numberStyle());
    String unit = enumValue(UNIT, "unit", require(cells, 4, "unit"));
    BigDecimal dong = toDong(amount, unit);
    BigDecimal stored = amount.setScale(AMOUNT_TYPE.scale(), RoundingMode.HALF_UP);
    if (dong.precision() > VND_TYPE.precision() || stored.precision() > AMOUNT_TYPE.precision()) {
      throw new RowRejectedException(Rejection.of(ReasonCode.TOO_LARGE, "amount", amountText,
          Reason.TOO_LARGE, amountText));
    }
    return new ValidRow(new Object[] {month.toString(), sector, stored, unit, dong},
        place.reportingUnit(), place.localityCode());
  }
}
