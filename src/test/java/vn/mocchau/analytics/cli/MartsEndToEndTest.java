package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.marts.MartSchemas;
import vn.mocchau.analytics.testing.DuckDb;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;
import vn.mocchau.analytics.testing.SparkTestSession;

/**
 * The marts against values worked out by hand (src/test/resources/golden/README.md), over a
 * backfill that crosses the July 2025 merger and a year boundary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MartsEndToEndTest {
  Path raw;
  Path out;
  Launcher.Result backfill;

  @BeforeAll
  void backfill(@TempDir Path work) throws Exception {
    raw = work.resolve("data-raw");
    out = work.resolve("data-out");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    Folders.copy(Fixtures.resource("golden/deliveries"), raw);
    backfill = Launcher.run("backfill", "2025-05", "2026-01", "--raw", raw.toString(), "--out",
        out.toString());
    assertEquals(0, backfill.exitCode(), backfill.output());
  }

  private List<List<String>> duck(String sql) {
    return DuckDb.query(sql.replace("{marts}", out.resolve("marts").toString()));
  }

  private static List<String> row(Object... values) {
    return java.util.Arrays.stream(values).map(v -> v == null ? null : v.toString()).toList();
  }

  @Test
  void areaMonthsAddUpLocalitiesAndFlagFeedsNotDelivered() {
    assertEquals(List.of(
            row("2025-05", null, null, null, null, 4030, null, null, 0, false),
            row("2025-06", 170, 2, 4, 0, 3900, "1500001", "8824", 3, true),
            row("2025-07", 210, null, null, null, 4030, "2000000000", "9523810", 2, false),
            row("2025-08", null, null, null, null, 4030, null, null, 0, false),
            row("2025-09", null, null, null, null, 3900, null, null, 0, false),
            row("2025-10", null, null, null, null, 4030, null, null, 0, false),
            row("2025-11", null, null, null, null, 3900, null, null, 0, false),
            row("2025-12", 300, 3, 6, 2, 3700, "1000000000", "3333333", 3, true),
            row("2026-01", 400, 2, 7, 0, 3440, "2150000000", "5375000", 3, true)),
        duck("select period, arrivals, overnight_guests, guest_nights, day_use_guests,"
            + " bed_nights_available, revenue_vnd, revenue_per_arrival_vnd,"
            + " feeds_delivered_count, complete"
            + " from '{marts}/tourism_area_monthly/*.parquet' where scope = 'tourism_area'"
            + " order by period"));
    assertEquals(List.of(row("visitor_counts,revenue")), duck("select feeds_delivered from"
        + " '{marts}/tourism_area_monthly/*.parquet' where period = '2025-07' and scope ="
        + " 'tourism_area'"));
  }

  @Test
  void legacyUnitsAreRestatedOnCurrentBoundaries() {
    assertEquals(List.of(row("03982", "Phường Thảo Nguyên", 150, 2, 4, "2.0", 600, "1500000",
            "10000")),
        duck("select locality_code, locality_name, arrivals, overnight_guests, guest_nights,"
            + " alos, bed_nights_available, revenue_accommodation_vnd, revenue_per_arrival_vnd"
            + " from '{marts}/tourism_monthly/*.parquet' where period = '2025-06'"
            + " and locality_code = '03982'"));
    assertEquals(List.of(row("0.013333", "0.006667")), duck("select round(overnight_share, 6),"
        + " round(bed_occupancy, 6) from '{marts}/tourism_monthly/*.parquet'"
        + " where period = '2025-06' and locality_code = '03982'"));
    assertEquals(List.of(row(12)), duck("select count(*) from"
        + " '{marts}/tourism_monthly/*.parquet' where period = '2026-01'"),
        "every current unit has a row");
  }

  @Test
  void annualRatiosComeFromSummedNumeratorsAndDenominators() {
    assertEquals(List.of(row(680, 5, 10, "2.0", "0.010638", "3001500001", "4413971", 31520,
            "0.001316", 3, 2, false)),
        duck("select arrivals, overnight_guests, guest_nights, alos, round(overnight_share, 6),"
            + " revenue_vnd, revenue_per_arrival_vnd, bed_nights_available,"
            + " round(bed_occupancy, 6), months_with_data, months_complete, complete"
            + " from '{marts}/tourism_annual/*.parquet' where year = 2025"
            + " and scope = 'tourism_area'"));
  }

  @Test
  void cornSeasonsAreReplacedByLaterDeliveries() {
    assertEquals(List.of(
            row("03979", "190.0000", "185.0000", "6475.0000", "35.0", 300, 1, "2025-07"),
            row("03985", "50.0000", null, null, null, 40, 1, "2025-12"),
            row("ALL", "240.0000", "185.0000", "6475.0000", "35.0", 300, 2, "2025-12")),
        duck("select locality_code, planted_ha, harvested_ha, output_tonnes, yield_t_per_ha,"
            + " households, seasons_reported, latest_delivery"
            + " from '{marts}/corn_annual/*.parquet' where year = 2025 order by locality_code"));
  }

  @Test
  void targetProgressHasOneSetOfRowsPerAsOfMonth() {
    assertEquals(List.of(row(9, 13)), duck("select count(distinct as_of), count(*) // count("
        + "distinct as_of) from '{marts}/target_progress/*.parquet'"));
    assertEquals(List.of(row("2150.000000", "registry", "240.000000", "2025", "0.132203",
            "2150.000000", "not_assessed")),
        duck("select baseline_value, baseline_source, assessed_value, assessed_period,"
            + " round(required_cagr, 6), path_value_now, status from"
            + " '{marts}/target_progress/*.parquet' where as_of = '2026-01'"
            + " and indicator_id = 'corn_area'"));
    assertEquals(List.of(row("not_assessed", null)), duck("select status, assessed_value from"
        + " '{marts}/target_progress/*.parquet' where as_of = '2026-01'"
        + " and indicator_id = 'visitors'"));
  }

  @Test
  void planningRequirementsAreEightRowsPerMonthAndAgreeWithAnIndependentCount() {
    assertEquals(List.of(row(9, 72)), duck("select count(distinct as_of), count(*) from"
        + " '{marts}/planning_requirements/*.parquet'"));
    // beds_now, counted by DuckDB from the reference files themselves: the tourism area's
    // establishments open on at least one day of January 2026.
    String reference = raw.resolve("reference").toString();
    assertEquals(duck("select sum(e.beds::int)::double from read_csv('" + reference
            + "/establishments.csv', all_varchar = true) e join read_csv('" + reference
            + "/localities.csv', all_varchar = true) l on l.locality_code = coalesce((select"
            + " a.locality_code from read_csv('" + reference + "/locality_aliases.csv',"
            + " all_varchar = true) a where a.alias = e.locality), e.locality)"
            + " or l.name = e.locality where l.in_tourism_area = 'true'"
            + " and e.opened::date <= date '2026-01-31'"
            + " and (e.closed is null or e.closed::date >= date '2026-01-01')"),
        duck("select value from '{marts}/planning_requirements/*.parquet'"
            + " where as_of = '2026-01' and requirement_id = 'beds_now'"));
    // The deliveries have no 12 complete months of stays (2025-07 is missing): no ALOS, and
    // the beds needed name what is missing.
    assertEquals(List.of(row("not_assessed", null, "guest_nights; overnight_guests")),
        duck("select status, value, note from '{marts}/planning_requirements/*.parquet'"
            + " where as_of = '2026-01' and requirement_id = 'beds_needed_target_year'"));
    // 2025's corn output (area ALL) over 25,000 cows × 30 kg × 365 days / 1000 = 273,750 t.
    assertEquals(duck("select round(output_tonnes / 273750, 9) from"
            + " '{marts}/corn_annual/*.parquet' where year = 2025 and locality_code = 'ALL'"),
        duck("select round(value, 9) from '{marts}/planning_requirements/*.parquet'"
            + " where as_of = '2026-01' and requirement_id = 'corn_self_sufficiency_latest'"));
  }

  @Test
  void dataQualityAndExportsCoverEveryMart() throws Exception {
    assertEquals(List.of(row("stays", "", "not_delivered")), duck("select feed, source_file,"
        + " status from '{marts}/data_quality/*.parquet' where period = '2025-07'"
        + " and feed = 'stays'"));
    // A corn delivery whose only row is rejected publishes (1 < 10 rows) and changes no year.
    assertEquals(List.of(row("biomass_corn/2025-09/ngo.csv", 1, 0, 1, "1.0", "with_rejects")),
        duck("select source_file, rows_read, rows_accepted, rows_rejected, rejected_share,"
            + " status from '{marts}/data_quality/*.parquet' where period = '2025-09'"
            + " and feed = 'biomass_corn'"));
    for (String mart : MartSchemas.ALL.keySet()) {
      byte[] csv = Files.readAllBytes(out.resolve("exports/" + mart + ".csv"));
      assertEquals((byte) 0xEF, csv[0], mart);
    }
  }

  @Test
  void sparkAndDuckDbReadTheSameMarts() {
    for (String mart : MartSchemas.ALL.keySet()) {
      List<Row> spark = SparkTestSession.get().read().parquet(out.resolve("marts/" + mart)
          .toString()).collectAsList();
      List<List<String>> duck = duck("select * from '{marts}/" + mart + "/*.parquet'");
      assertEquals(duck.size(), spark.size(), mart);
      Map<String, Integer> sparkRows = new TreeMap<>();
      Map<String, Integer> duckRows = new TreeMap<>();
      for (Row r : spark) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
          key.append(text(r.get(i))).append('|');
        }
        sparkRows.merge(key.toString(), 1, Integer::sum);
      }
      for (List<String> r : duck) {
        StringBuilder key = new StringBuilder();
        r.forEach(v -> key.append(v).append('|'));
        duckRows.merge(key.toString(), 1, Integer::sum);
      }
      assertEquals(duckRows, sparkRows, mart);
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /**
   * Content, not bytes: parquet-mr writes a column chunk's encodings from a hash set, whose order
   * can differ between JVMs. The CSV exports are compared byte for byte.
   */
  @Test
  void reRunningAMonthLeavesEveryMartIdentical() throws Exception {
    Map<String, List<List<String>>> before = new TreeMap<>();
    for (String mart : MartSchemas.ALL.keySet()) {
      before.put(mart, duck("select * from '{marts}/" + mart + "/*.parquet'"));
    }
    Map<String, String> exportsBefore = Folders.fingerprint(out.resolve("exports"), null);
    Launcher.Result again = Launcher.run("monthly", "2025-12", "--raw", raw.toString(), "--out",
        out.toString());
    assertEquals(0, again.exitCode(), again.output());
    for (String mart : MartSchemas.ALL.keySet()) {
      assertEquals(before.get(mart), duck("select * from '{marts}/" + mart + "/*.parquet'"),
          mart);
    }
    assertEquals(exportsBefore, Folders.fingerprint(out.resolve("exports"), null));
    assertTrue(backfill.output().contains("coi là kiểu Việt Nam"), backfill.output());
  }

  @Test
  void everyMonthlyRunDrawsItsChartsAndReport() throws Exception {
    Path charts = out.resolve("charts/2026-01");
    for (String chart : List.of("visitors", "tourism_revenue", "overnight_share", "corn_area",
        "corn_output", "seasonal_profile", "by_locality", "revenue_per_visit")) {
      java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(
          charts.resolve(chart + ".png").toFile());
      assertEquals(1800, png.getWidth(), chart + " is drawn at twice its layout width");
      String svg = Files.readString(charts.resolve(chart + ".svg"));
      assertTrue(svg.contains("<svg") && svg.contains("DejaVu"), chart);
    }
    String html = Files.readString(out.resolve("reports/2026-01/report.html"));
    assertTrue(html.contains("số liệu đến tháng 01/2026"), "Vietnamese by default");
    assertTrue(html.contains("Chưa đánh giá"), "status as a word");
    assertTrue(html.contains("Không đến kỳ nộp"), "biomass_corn not due in January");
    assertEquals(8, html.split("<figure role=\"img\" aria-label=").length - 1);
    assertFalse(html.contains("http://") && html.contains("<link"), "self-contained");
    byte[] pdf = Files.readAllBytes(out.resolve("reports/2026-01/report.pdf"));
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("DejaVuSans"), "the font is embedded");
  }

  @Test
  void chartsShowTheDataTheTargetAndDisplayableVietnamese() {
    vn.mocchau.analytics.marts.Marts data = vn.mocchau.analytics.marts.MartStore.load(
        new org.apache.hadoop.fs.Path(out.toUri()), new org.apache.hadoop.conf.Configuration(),
        java.time.YearMonth.of(2026, 1));
    List<vn.mocchau.analytics.report.ChartFactory.Chart> charts =
        new vn.mocchau.analytics.report.ChartFactory(data, java.time.YearMonth.of(2026, 1),
            vn.mocchau.analytics.text.Language.VI).all();
    assertEquals(8, charts.size());
    org.jfree.chart.JFreeChart visitors = charts.get(0).chart();
    assertEquals("Tổng lượt khách du lịch: thực hiện, lộ trình và dự báo đến 2030",
        visitors.getTitle().getText());
    org.jfree.chart.plot.XYPlot plot = visitors.getXYPlot();
    org.jfree.data.xy.XYSeriesCollection bars =
        (org.jfree.data.xy.XYSeriesCollection) plot.getDataset(2);
    // 2025 is incomplete in the golden data (May–Dec): drawn as provisional, 680 visits, and
    // only the provisional series is in the chart (a legend lists only what is drawn).
    assertEquals(1, bars.getSeriesCount());
    assertEquals("Chưa đủ 12 tháng (tạm tính)", bars.getSeriesKey(0));
    assertEquals(680.0, bars.getSeries(0).getY(0).doubleValue());
    assertEquals(6_250_000.0, ((org.jfree.chart.plot.ValueMarker) plot.getRangeMarkers(
        org.jfree.chart.ui.Layer.FOREGROUND).iterator().next()).getValue());
    for (vn.mocchau.analytics.report.ChartFactory.Chart chart : charts) {
      java.awt.Font font = vn.mocchau.analytics.report.Fonts.font(java.awt.Font.PLAIN, 12);
      List<String> texts = new java.util.ArrayList<>();
      texts.add(chart.chart().getTitle().getText());
      for (int i = 0; i < chart.chart().getSubtitleCount(); i++) {
        if (chart.chart().getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
          texts.add(t.getText());
        }
      }
      org.jfree.chart.LegendItemCollection legend = chart.chart().getPlot().getLegendItems();
      for (int i = 0; i < legend.getItemCount(); i++) {
        texts.add(legend.get(i).getLabel());
      }
      texts.add(chart.altText());
      for (String text : texts) {
        assertEquals(-1, font.canDisplayUpTo(text), chart.name() + ": " + text);
      }
    }
  }

  /** Fails when a published table has a column the data dictionary does not document. */
  @Test
  void everyPublishedColumnIsInTheDataDictionary() {
    vn.mocchau.analytics.marts.DataDictionary.columnsByTable().forEach((table, documented) -> {
      Path folder = out.resolve(table);
      String files = table.startsWith("marts/") ? folder + "/*.parquet" : folder + "/*/*.parquet";
      List<String> actual = DuckDb.query("select column_name from (describe select * from"
          + " read_parquet('" + files + "', hive_partitioning = true))").stream()
          .map(r -> r.get(0)).sorted().toList();
      assertEquals(documented.stream().sorted().toList(), actual, table);
    });
  }
}
