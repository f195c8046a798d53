package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.text.Language;

/** The units of targets.csv, as the summary and the scorecard print them (one translation). */
class TargetUnitsTest {
  @Test
  void everyUnitOfTheTargetsFileReadsInVietnamese() {
    assertEquals("lượt khách/năm", Language.VI.unit("visits/year"));
    assertEquals("tỷ đồng/năm", Language.VI.unit("billion VND/year"));
    assertEquals("ha/năm", Language.VI.unit("ha/year"));
    assertEquals("tấn/năm", Language.VI.unit("tonnes/year"));
    assertEquals("con", Language.VI.unit("head"));
    // planning_requirements (#16), as the workbooks show its unit column.
    assertEquals("giường", Language.VI.unit("beds"));
    assertEquals("đêm", Language.VI.unit("nights"));
    assertEquals("tỷ lệ/năm", Language.VI.unit("fraction/year"));
    assertEquals("tấn/năm", Language.VI.unit("tonnes/year"));
    assertEquals("triệu đồng/người/năm", Language.VI.unit("million VND/person/year"));
    assertEquals("bác sĩ/vạn dân", Language.VI.unit("doctors per 10000 people"));
    assertEquals("doctors per 10,000 people", Language.EN.unit("doctors per 10000 people"));
  }
}
