package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The units of targets.csv, as the Vietnamese summary prints them. */
class TargetUnitsTest {
  @Test
  void everyUnitOfTheTargetsFileReadsInVietnamese() {
    assertEquals("lượt khách/năm", MonthSummary.unitVi("visits/year"));
    assertEquals("tỷ đồng/năm", MonthSummary.unitVi("billion VND/year"));
    assertEquals("ha/năm", MonthSummary.unitVi("ha/year"));
    assertEquals("tấn/năm", MonthSummary.unitVi("tonnes/year"));
    assertEquals("con", MonthSummary.unitVi("head"));
    assertEquals("triệu đồng/người/năm", MonthSummary.unitVi("million VND/person/year"));
  }
}
