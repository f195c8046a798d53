package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The units of targets.csv, as the Vietnamese summary prints them. */
class TargetUnitsTest {
  @Test
  void everyUnitOfTheTargetsFileReadsInVietnamese() {
    assertEquals("lượt khách/năm", MonthlyJob.unitVi("visits/year"));
    assertEquals("tỷ đồng/năm", MonthlyJob.unitVi("billion VND/year"));
    assertEquals("ha/năm", MonthlyJob.unitVi("ha/year"));
    assertEquals("tấn/năm", MonthlyJob.unitVi("tonnes/year"));
    assertEquals("con", MonthlyJob.unitVi("head"));
    assertEquals("triệu đồng/người/năm", MonthlyJob.unitVi("million VND/person/year"));
  }
}
