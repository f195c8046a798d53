package vn.mocchau.analytics.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The month's additive tourism measures per current locality, from the curated rows of one
 * period: arrivals by origin (visitor_counts), overnight guests by origin, day-use guests and guest
 * nights (stays, attributed to the establishment's locality), revenue by sector in đồng. Rows of
 * different reporting units that resolve to the same current unit add up here.
 *
 * <p>Cost: one scan of each curated table of the period and one shuffle on locality_code; the
 * result has one row per locality.
 */
public final class MonthAggregates {
  /** The additive measures of one locality in one month; null fields mean "feed not delivered". */
  public record LocalityTotals(long arrivalsDomestic, long arrivalsInternational,
      long overnightDomestic, long overnightInternational, long dayUseGuests, long guestNights,
      Map<String, BigDecimal> revenueBySector) {}

  static final List<String> LONGS = List.of("arrivals_domestic", "arrivals_international",
      "overnight_domestic", "overnight_international", "day_use_guests", "guest_nights");

  private MonthAggregates() {}

  /** Union of the feeds' contributions, summed per locality_code. Any input may be null. */
  public static Dataset<Row> byLocality(Dataset<Row> visitors, Dataset<Row> stays,
      Dataset<Row> revenue) {
    List<Dataset<Row>> parts = new ArrayList<>();
    if (visitors != null) {
      parts.add(project(visitors,
          when(col("origin").equalTo("domestic"), col("arrivals")).otherwise(0L),
          when(col("origin").equalTo("international"), col("arrivals")).otherwise(0L),
          lit(0L), lit(0L), lit(0L), lit(0L), null));
    }
    if (stays != null) {
      Column overnight = col("overnight_arrival");
      parts.add(project(stays, lit(0L), lit(0L),
          when(overnight.and(col("origin").equalTo("domestic")), col("guests")).otherwise(0),
          when(overnight.and(col("origin").equalTo("international")), col("guests"))
              .otherwise(0),
          when(col("day_use"), col("guests")).otherwise(0), col("guest_nights"), null));
    }
    if (revenue != null) {
      parts.add(project(revenue, lit(0L), lit(0L), lit(0L), lit(0L), lit(0L), lit(0L),
          col("sector")));
    }
    if (parts.isEmpty()) {
      return null;
    }
    Dataset<Row> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.unionByName(parts.get(i));
    }
    List<Column> sums = new ArrayList<>();
    for (String name : LONGS) {
      sums.add(sum(col(name)).cast(DataTypes.LongType).as(name));
    }
    for (String sector : Measures.SECTORS) {
      sums.add(sum(col("revenue_" + sector)).as("revenue_" + sector));
    }
    return all.groupBy("locality_code")
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
  }

  private static Dataset<Row> project(Dataset<Row> rows, Column arrivalsDomestic,
      Column arrivalsInternational, Column overnightDomestic, Column overnightInternational,
      Column dayUse, Column guestNights, Column sector) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("locality_code"));
    columns.add(arrivalsDomestic.cast(DataTypes.LongType).as("arrivals_domestic"));
    columns.add(arrivalsInternational.cast(DataTypes.LongType).as("arrivals_international"));
    columns.add(overnightDomestic.cast(DataTypes.LongType).as("overnight_domestic"));
    columns.add(overnightInternational.cast(DataTypes.LongType).as("overnight_international"));
    columns.add(dayUse.cast(DataTypes.LongType).as("day_use_guests"));
    columns.add(guestNights.cast(DataTypes.LongType).as("guest_nights"));
    for (String name : Measures.SECTORS) {
      Column amount = sector == null ? lit(BigDecimal.ZERO)
          : when(sector.equalTo(name), col("amount_vnd")).otherwise(lit(BigDecimal.ZERO));
      columns.add(amount.cast(DataTypes.createDecimalType(30, 0)).as("revenue_" + name));
    }
    return rows.select(columns.toArray(Column[]::new));
  }

  /** The aggregated rows by locality_code, as Java values. */
  public static Map<String, LocalityTotals> collect(Dataset<Row> byLocality) {
    Map<String, LocalityTotals> totals = new HashMap<>();
    if (byLocality == null) {
      return totals;
    }
    for (Row row : byLocality.collectAsList()) {
      Map<String, BigDecimal> revenue = new java.util.LinkedHashMap<>();
      for (String sector : Measures.SECTORS) {
        BigDecimal value = row.getAs("revenue_" + sector);
        revenue.put(sector, value == null ? BigDecimal.ZERO : value.setScale(0));
      }
      totals.put(row.getAs("locality_code"), new LocalityTotals(
          row.<Long>getAs("arrivals_domestic"), row.<Long>getAs("arrivals_international"),
          row.<Long>getAs("overnight_domestic"), row.<Long>getAs("overnight_international"),
          row.<Long>getAs("day_use_guests"), row.<Long>getAs("guest_nights"), revenue));
    }
    return totals;
  }
}
