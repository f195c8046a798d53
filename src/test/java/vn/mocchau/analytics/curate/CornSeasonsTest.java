package vn.mocchau.analytics.curate;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.testing.SparkTestSession;

/** feeds.md §4 biomass_corn: the latest delivery of a season and unit replaces earlier ones. */
class CornSeasonsTest {
  private final SparkSession spark = SparkTestSession.get();
  private final StructType schema = new StructType()
      .add("period", DataTypes.StringType).add("year", DataTypes.IntegerType)
      .add("season", DataTypes.StringType).add("locality_code", DataTypes.StringType)
      .add("reporting_unit", DataTypes.StringType)
      .add("planted_ha", DataTypes.createDecimalType(18, 4));

  private Row row(String period, String season, String code, String unit, String ha) {
    return RowFactory.create(period, 2025, season, code, unit, new BigDecimal(ha));
  }

  @Test
  void aLaterDeliveryReplacesTheWholeSeasonOfAUnitIncludingItsLegacyUnits() {
    Dataset<Row> curated = spark.createDataFrame(List.of(
        // May: growing report by two legacy units of 03979.
        row("2025-05", "spring", "03979", "dong sang", "200.0000"),
        row("2025-05", "spring", "03979", "moc son", "180.0000"),
        // July: the merged unit reports the harvested season once.
        row("2025-07", "spring", "03979", "moc son", "395.0000"),
        // Another unit only reported in May: kept.
        row("2025-05", "spring", "03985", "chieng son", "300.0000"),
        // Another season of 03979, only in May: kept.
        row("2025-05", "summer_autumn", "03979", "dong sang", "50.0000")), schema);
    Dataset<Row> expected = spark.createDataFrame(List.of(
        row("2025-07", "spring", "03979", "moc son", "395.0000"),
        row("2025-05", "spring", "03985", "chieng son", "300.0000"),
        row("2025-05", "summer_autumn", "03979", "dong sang", "50.0000")), schema);
    SparkTestSession.assertSameRows(expected, CornSeasons.latestDeliveryWins(curated));
  }
}
