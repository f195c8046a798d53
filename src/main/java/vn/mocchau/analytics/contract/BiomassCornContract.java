package vn.mocchau.analytics.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.text.Reason;

/**
 * biomass_corn: season reports of biomass corn for dairy feed (feeds.md §4). Across deliveries the
 * latest delivery of a (year, season, unit) replaces earlier ones; that rule is applied downstream
 * by {@code curate.CornSeasons} over all curated periods.
 */
public final class BiomassCornContract extends FeedContract {
  public static final Enumeration SEASON = new Enumeration("season", "vụ")
      .value("spring", "vụ xuân", "xuân")
      .value("summer_autumn", "vụ hè thu", "hè thu")
      .value("winter", "vụ đông", "đông");

  public static final DecimalType MEASURE_TYPE = DataTypes.createDecimalType(18, 4);

  private static final List<ColumnSpec> COLUMNS = List.of(
      ColumnSpec.required("year", "integer", "2000-2100, <= delivery year", "năm"),
      ColumnSpec.required("season", "enum season", "spring / summer_autumn / winter", "vụ"),
      ColumnSpec.required("locality", "locality", "resolvable", "địa bàn"),
      ColumnSpec.required("planted_ha", "decimal", ">= 0", "diện tích gieo trồng"),
      ColumnSpec.optional("harvested_ha", "decimal or empty", ">= 0, <= planted_ha", "diện tích thu hoạch"),
      ColumnSpec.optional("output_tonnes", "decimal or empty", ">= 0", "sản lượng"),
      ColumnSpec.optional("households", "integer or empty", ">= 0", "số hộ"));

  private static final StructType TYPED = new StructType()
      .add("year", DataTypes.IntegerType, false)
      .add("season", DataTypes.StringType, false)
      .add("planted_ha", MEASURE_TYPE, false)
      .add("harvested_ha", MEASURE_TYPE, true)
      .add("output_tonnes", MEASURE_TYPE, true)
      .add("households", DataTypes.LongType, true);

  public BiomassCornContract() {
    super("biomass_corn", COLUMNS, TYPED, List.of("year", "season"),
        List.of("planted_ha", "harvested_ha", "output_tonnes", "households"),
        DuplicatePolicy.CONFLICTS_REJECT_ALL, true);
  }

  /** Corn is reported by season, not by month: a delivery is due after each harvest. */
  @Override
  public DeliveryCalendar deliveryCalendar() {
    return DeliveryCalendar.AFTER_EACH_HARVEST;
  }

  @Override
  public ValidRow validate(String[] cells, RowContext context) throws RowRejectedException {
    String yearText = require(cells, 0, "year");
    long year = count("year", yearText, Long.MIN_VALUE);
    if (year < 2000 || year > 2100 || year > context.deliveryMonth().getYear()) {
      throw new RowRejectedException(Rejection.of(ReasonCode.BAD_YEAR, "year", yearText,
          Reason.BAD_SEASON_YEAR, yearText, context.deliveryMonth().getYear()));
    }
    String season = enumValue(SEASON, "season", require(cells, 1, "season"));
    LocalityRegistry.Resolution place = locality(require(cells, 2, "locality"), context);
    BigDecimal planted = measure("planted_ha", require(cells, 3, "planted_ha"), context);
    BigDecimal harvested = cells[4] == null ? null : measure("harvested_ha", cells[4], context);
    if (harvested != null && harvested.compareTo(planted) > 0) {
      throw new RowRejectedException(Rejection.of(ReasonCode.HARVESTED_ABOVE_PLANTED,
          "harvested_ha", cells[4],
          Reason.HARVESTED_ABOVE_PLANTED, cells[4], cells[3]));
    }
    BigDecimal output = cells[5] == null ? null : measure("output_tonnes", cells[5], context);
    Long households = cells[6] == null ? null : count("households", cells[6], 0);
    Object[] values = {(int) year, season, planted, harvested, output, households};
    return new ValidRow(values, place.reportingUnit(), place.localityCode());
  }

  private static BigDecimal measure(String column, String text, RowContext context)
      throws RowRejectedException {
    BigDecimal value = nonNegativeDecimal(column, text, context.numberStyle())
        .setScale(MEASURE_TYPE.scale(), RoundingMode.HALF_UP);
    if (value.precision() > MEASURE_TYPE.precision()) {
      throw new RowRejectedException(Rejection.of(ReasonCode.TOO_LARGE, column, text,
          Reason.TOO_LARGE, text));
    }
    return value;
  }
}
