package vn.mocchau.analytics.curate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Across deliveries, the latest delivery month that reports a (year, season, current unit) wins as
 * a whole and replaces everything earlier for that season and unit (feeds.md §4, biomass_corn): a
 * season is reported while growing and again after harvest, and after the 2025 merger a new unit
 * re-reports what its legacy units reported before.
 *
 * <p>Input: curated biomass_corn rows of any number of periods, with {@code period},
 * {@code year}, {@code season}, {@code locality_code}. Output: only the rows of the winning
 * delivery of each (year, season, locality_code). Cost: one shuffle.
 */
public final class CornSeasons {
  private CornSeasons() {}

  public static Dataset<Row> latestDeliveryWins(Dataset<Row> curatedCorn) {
    return curatedCorn
        .withColumn("_latest_period", max(col("period"))
            .over(Window.partitionBy("year", "season", "locality_code")))
        .filter(col("period").equalTo(col("_latest_period")))
        .drop("_latest_period");
  }
}
