package vn.mocchau.analytics.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/** visitor_counts: daily arrivals reported by locality tourism offices (feeds.md §4). */
public final class VisitorCountsContract extends FeedContract {
  public static final Enumeration ORIGIN = new Enumeration("origin", "nguồn khách")
      .value("domestic", "nội địa", "trong nước")
      .value("international", "quốc tế", "nước ngoài");

  private static final List<ColumnSpec> COLUMNS = List.of(
      ColumnSpec.required("date", "date", "inside the delivery month", "ngày"),
      ColumnSpec.required("locality", "locality", "resolvable", "địa bàn", "xã phường", "mã xã"),
      ColumnSpec.required("origin", "enum origin", "domestic / international", "nguồn khách", "loại khách"),
      ColumnSpec.required("arrivals", "integer", ">= 0", "lượt khách", "số lượt"));

  private static final StructType TYPED = new StructType()
      .add("date", DataTypes.DateType, false)
      .add("origin", DataTypes.StringType, false)
      .add("arrivals", DataTypes.LongType, false);

  public VisitorCountsContract() {
    super("visitor_counts", COLUMNS, TYPED, List.of("date", "origin"),
        List.of("arrivals"),
        DuplicatePolicy.CONFLICTS_REJECT_ALL, true);
  }

  @Override
  public ValidRow validate(String[] cells, RowContext context) throws RowRejectedException {
    String dateText = require(cells, 0, "date");
    LocalDate date = date("date", dateText);
    YearMonth month = context.deliveryMonth();
    if (!YearMonth.from(date).equals(month)) {
      throw new RowRejectedException(Rejection.of(ReasonCode.OUTSIDE_MONTH, "date", dateText,
          Reason.DATE_OUTSIDE_MONTH, dateText, Localized.dataMonth(month)));
    }
    LocalityRegistry.Resolution place = locality(require(cells, 1, "locality"), context);
    String origin = enumValue(ORIGIN, "origin", require(cells, 2, "origin"));
    long arrivals = count("arrivals", require(cells, 3, "arrivals"), 0);
    return new ValidRow(new Object[] {date, origin, arrivals}, place.reportingUnit(),
        place.localityCode());
  }
}
