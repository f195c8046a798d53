package vn.mocchau.analytics.marts;

/** One row of tourism_monthly: a current unit in a month (outputs.md §3). */
public record TourismMonthlyRow(
    @MartColumn(unit = "yyyy-MM", meaning = "the month") String period,
    @MartColumn(meaning = "calendar year") Integer year,
    @MartColumn(unit = "1-12", meaning = "calendar month") Integer month,
    @MartColumn(meaning = "current unit (post 1 Jul 2025)") String localityCode,
    @MartColumn(meaning = "its official name") String localityName,
    @MartColumn(meaning = "district before 2025") String formerDistrict,
    MeasureValues measures,
    FeedsDelivered delivery) {

  public static final MartTable<TourismMonthlyRow> TABLE = MartTable.of(
      MartSchemas.TOURISM_MONTHLY, TourismMonthlyRow.class, "period", "locality_code");
}
