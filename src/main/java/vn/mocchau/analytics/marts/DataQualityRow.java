package vn.mocchau.analytics.marts;

/** One row of data_quality: a delivered file of a feed in a month, or the feed not delivered. */
public record DataQualityRow(
    @MartColumn(unit = "yyyy-MM", meaning = "delivery month") String period,
    @MartColumn(meaning = "visitor_counts, stays, revenue, biomass_corn") String feed,
    @MartColumn(meaning = "file as delivered (empty when not delivered)") String sourceFile,
    @MartColumn(unit = "rows", meaning = "") Long rowsRead,
    @MartColumn(unit = "rows", meaning = "") Long rowsAccepted,
    @MartColumn(unit = "rows", meaning = "") Long rowsRejected,
    @MartColumn(unit = "rows", meaning = "") Long rowsDuplicate,
    @MartColumn(unit = "fraction", meaning = "rows_rejected / rows_read") Double rejectedShare,
    @MartColumn(meaning = "ok, with_rejects, failed_file, not_delivered") String status) {

  public static final MartTable<DataQualityRow> TABLE = MartTable.of(MartSchemas.DATA_QUALITY,
      DataQualityRow.class, "period", "feed", "source_file");
}
