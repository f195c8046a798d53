package vn.mocchau.analytics.marts;

/** One row of tourism_annual: a scope of tourism_area_monthly in a calendar year. */
public record TourismAnnualRow(
    @MartColumn(meaning = "calendar year") Integer year,
    @MartColumn(meaning = "as in tourism_area_monthly") String scope,
    MeasureValues measures,
    @MartColumn(unit = "0-12", meaning = "months with at least one tourism feed")
    Integer monthsWithData,
    @MartColumn(unit = "0-12", meaning = "months with all three tourism feeds")
    Integer monthsComplete,
    @MartColumn(meaning = "all 12 months have all three tourism feeds") Boolean complete) {

  public static final MartTable<TourismAnnualRow> TABLE = MartTable.of(
      MartSchemas.TOURISM_ANNUAL, TourismAnnualRow.class, "year", "scope");
}
