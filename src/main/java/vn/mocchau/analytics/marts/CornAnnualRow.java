package vn.mocchau.analytics.marts;

import java.math.BigDecimal;

/** One row of corn_annual: a current unit, or ALL for the area, in a calendar year. */
public record CornAnnualRow(
    @MartColumn(meaning = "calendar year of the seasons") Integer year,
    @MartColumn(meaning = "current unit, or ALL for the area") String localityCode,
    @MartColumn(unit = "ha", precision = 18, scale = 4,
        meaning = "sown area summed over the year's seasons")
    BigDecimal plantedHa,
    @MartColumn(unit = "ha", precision = 18, scale = 4,
        meaning = "harvested area over the seasons that report it")
    BigDecimal harvestedHa,
    @MartColumn(unit = "t", precision = 18, scale = 4, meaning = "output summed over the seasons")
    BigDecimal outputTonnes,
    @MartColumn(unit = "t/ha",
        meaning = "output / harvested area, both over the seasons that report a harvested area")
    Double yieldTPerHa,
    @MartColumn(unit = "households", meaning = "largest single season's count") Long households,
    @MartColumn(unit = "0-3", meaning = "seasons with a report") Integer seasonsReported,
    @MartColumn(unit = "yyyy-MM", meaning = "latest delivery month used")
    String latestDelivery) {

  public static final MartTable<CornAnnualRow> TABLE = MartTable.of(MartSchemas.CORN_ANNUAL,
      CornAnnualRow.class, "year", "locality_code");
}
