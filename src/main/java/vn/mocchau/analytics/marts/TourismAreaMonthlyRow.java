package vn.mocchau.analytics.marts;

/** One row of tourism_area_monthly: the tourism area or a former district in a month. */
public record TourismAreaMonthlyRow(
    @MartColumn(unit = "yyyy-MM", meaning = "the month") String period,
    @MartColumn(meaning = "calendar year") Integer year,
    @MartColumn(unit = "1-12", meaning = "calendar month") Integer month,
    @MartColumn(meaning = "tourism_area (units with in_tourism_area) or former_district:<name>")
    String scope,
    MeasureValues measures,
    FeedsDelivered delivery) {

  public static final MartTable<TourismAreaMonthlyRow> TABLE = MartTable.of(
      MartSchemas.TOURISM_AREA_MONTHLY, TourismAreaMonthlyRow.class, "period", "scope");
}
