package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.io.ParquetTables.Column;
import vn.mocchau.analytics.io.ParquetTables.Type;

/** A mart's columns come from its row record; rows go to column values and back unchanged. */
class MartTableTest {
  @Test
  void columnNamesAreTheComponentsInSnakeCase() {
    assertEquals("revenue_per_arrival_vnd", MartTable.snakeCase("revenuePerArrivalVnd"));
    assertEquals("rolling_12m_value", MartTable.snakeCase("rolling12mValue"));
    assertEquals("lower_80", MartTable.snakeCase("lower80"));
    assertEquals("yield_t_per_ha", MartTable.snakeCase("yieldTPerHa"));
    assertEquals("alos", MartTable.snakeCase("alos"));
  }

  @Test
  void aGroupOfColumnsIsLaidOutInPlaceWithItsTypes() {
    List<Column> columns = TourismAnnualRow.TABLE.columns();
    assertEquals(2 + 20 + 3, columns.size());
    assertEquals(List.of("year", "scope", "arrivals_domestic"),
        TourismAnnualRow.TABLE.columnNames().subList(0, 3));
    assertEquals(List.of("revenue_per_arrival_vnd", "months_with_data", "months_complete",
        "complete"), TourismAnnualRow.TABLE.columnNames().subList(21, 25));
    assertEquals(Column.of("year", Type.INT, "", "calendar year"), columns.get(0));
    assertEquals(Column.decimal("revenue_vnd", 20, 0, "VND",
        "tourism revenue, exact đồng; null without revenue"), columns.get(14));
    assertEquals(TourismMonthlyRow.TABLE.columnNames().subList(6, 29),
        TourismAreaMonthlyRow.TABLE.columnNames().subList(4, 27),
        "the measures and the delivery columns are the same in both monthly marts");
  }

  @Test
  void aRowGoesToColumnValuesAndBack() {
    CornAnnualRow corn = new CornAnnualRow(2026, "ALL", new BigDecimal("1400.0000"), null,
        new BigDecimal("49000.0000"), null, 310L, 2, "2026-07");
    Object[] values = CornAnnualRow.TABLE.values(corn);
    assertEquals(List.of(2026, "ALL", new BigDecimal("1400.0000")),
        java.util.Arrays.asList(values).subList(0, 3));
    assertEquals(corn, CornAnnualRow.TABLE.row(values));
    TourismMonthlyRow monthly = TourismMarts.monthlyRows(TourismMartsTest.OCTOBER,
        TourismMartsTest.LOCALITIES, TourismMartsTest.october(FeedsDeliveredTest.ALL),
        FeedsDeliveredTest.ALL).get(0);
    assertEquals(monthly, TourismMonthlyRow.TABLE.row(TourismMonthlyRow.TABLE.values(monthly)));
  }

  @Test
  void aRowByColumnNameLeavesTheOthersNullAndRefusesAnUnknownColumn() {
    TourismMonthlyRow row = TourismMonthlyRow.TABLE.row(Map.of("period", "2026-10",
        "arrivals", 12));
    assertEquals("2026-10", row.period());
    assertEquals(12L, row.measures().arrivals(), "an int given for a BIGINT column is a Long");
    assertEquals(null, row.measures().overnightGuests());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TourismMonthlyRow.TABLE.row(Map.of("arrival", 12)));
    assertEquals("Cannot find column arrival in mart tourism_monthly", e.getMessage());
    IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
        () -> TourismMonthlyRow.TABLE.row(Map.of("period", 2026)));
    assertEquals("Cannot read column period of tourism_monthly: Integer 2026 is not String",
        wrongType.getMessage());
  }

  @Test
  void rowsAreOrderedByTheirKeysAsText() {
    List<DataQualityRow> rows = DataQualityRow.TABLE.sorted(List.of(
        new DataQualityRow("2026-10", "stays", "b.csv", 1L, 1L, 0L, 0L, 0.0, "ok"),
        new DataQualityRow("2026-09", "stays", "a.csv", 1L, 1L, 0L, 0L, 0.0, "ok"),
        new DataQualityRow("2026-10", "revenue", "c.csv", 1L, 1L, 0L, 0L, 0.0, "ok"),
        new DataQualityRow("2026-10", "stays", "a.csv", 1L, 1L, 0L, 0L, 0.0, "ok"),
        new DataQualityRow("2026-10", "stays", "a.csv", 2L, 2L, 0L, 0L, 0.0, "ok")));
    assertEquals(List.of("2026-09 stays a.csv 1", "2026-10 revenue c.csv 1",
        "2026-10 stays a.csv 1", "2026-10 stays a.csv 2", "2026-10 stays b.csv 1"),
        rows.stream().map(r -> r.period() + " " + r.feed() + " " + r.sourceFile() + " "
            + r.rowsRead()).toList(), "equal keys keep their order");
  }

  @Test
  void aRecordWithAComponentThatIsNeitherAColumnNorAGroupIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MartTable.of("broken", Broken.class));
    assertEquals("Cannot define mart broken: Broken.period is neither a @MartColumn nor a group"
        + " of columns", e.getMessage());
  }

  record Broken(String period) {}
}
