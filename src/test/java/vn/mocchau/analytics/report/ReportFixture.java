package vn.mocchau.analytics.report;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.io.ParquetTables;
import vn.mocchau.analytics.marts.MartSchemas;
import vn.mocchau.analytics.marts.Marts;
import vn.mocchau.analytics.marts.TargetProgressRow;
import vn.mocchau.analytics.progress.Progress;

/**
 * Marts as of 10/2026 for report tests: one target_progress row per target of the committed
 * registry (data-raw/reference/targets.csv), in the scrambled order the real mart has (corn
 * first, visitors fifth, the ward's targets without data in between), with one indicator in each
 * status, and a month's data quality. Values are hand-picked, not computed.
 */
final class ReportFixture {
  static final YearMonth AS_OF = YearMonth.of(2026, 10);
  static final Path REGISTRY = Path.of("data-raw/reference/targets.csv");

  /** Per headline indicator: assessed value, status, P, provisional; others have no data. */
  private static final Map<String, Object[]> ASSESSED = Map.of(
      "visitors", new Object[] {"4066680", "accelerate", 0.7634, true},
      "tourism_revenue", new Object[] {"5309.4", "on_track", 1.21, true},
      "overnight_share", new Object[] {"0.2734", "regressing", -0.42, true},
      "corn_area", new Object[] {"2137", "off_track", 0.31, false},
      "corn_output", new Object[] {"150200", "achieved", 1.002, false});

  private ReportFixture() {}

  static List<CSVRecord> registry() {
    try (Reader in = Files.newBufferedReader(REGISTRY, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(in).getRecords();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + REGISTRY, e);
    }
  }

  static Marts data() {
    List<Object[]> progress = new ArrayList<>();
    for (CSVRecord target : registry()) {
      progress.add(progressRow(target));
    }
    // The real mart's order: corn first, the headline visitors target fifth.
    List<Object[]> scrambled = new ArrayList<>();
    for (String id : List.of("corn_area", "corn_output", "overnight_share", "ward_dairy_herd",
        "tourism_revenue", "visitors", "ward_doctors")) {
      progress.stream().filter(r -> id.equals(r[1])).forEach(scrambled::add);
    }
    progress.stream().filter(r -> !scrambled.contains(r)).forEach(scrambled::add);

    List<Object[]> quality = new ArrayList<>();
    quality.add(qualityRow("visitor_counts", "visitor_counts/2026-10/a.csv", 752, 744, 3, 5,
        "with_rejects"));
    quality.add(qualityRow("stays", "stays/2026-10/b.csv", 19_618, 19_612, 4, 2,
        "with_rejects"));
    quality.add(qualityRow("revenue", "revenue/2026-10/c.csv", 72, 72, 0, 0, "ok"));
    quality.add(qualityRow("biomass_corn", "", 0, 0, 0, 0, "not_delivered"));
    return Marts.fromValues(Map.of(MartSchemas.TARGET_PROGRESS, scrambled,
        MartSchemas.DATA_QUALITY, quality));
  }

  private static Object[] progressRow(CSVRecord target) {
    Map<String, Object> v = new LinkedHashMap<>();
    String id = target.get("indicator_id");
    v.put("as_of", AS_OF.toString());
    v.put("indicator_id", id);
    v.put("name_vi", target.get("name_vi"));
    v.put("name_en", target.get("name_en"));
    v.put("unit", target.get("unit"));
    v.put("kind", target.get("kind"));
    v.put("basis", target.get("basis"));
    v.put("baseline_year", 2025);
    v.put("target_year", 2030);
    v.put("target_value", new BigDecimal(target.get("target_value")));
    v.put("target_high", target.get("target_high").isEmpty() ? null
        : new BigDecimal(target.get("target_high")));
    Object[] assessed = ASSESSED.get(id);
    if (assessed == null) {
      v.put("status", "not_assessed");
      v.put("provisional", true);
      v.put("note", "no complete year of data yet");
    } else {
      v.put("assessed_value", new BigDecimal((String) assessed[0]));
      v.put("assessed_period", "rolling_12m".equals(target.get("basis"))
          ? "2025-11..2026-10" : "2025");
      v.put("status", assessed[1]);
      v.put("anticipated_progress", assessed[2]);
      v.put("provisional", assessed[3]);
    }
    return row(MartSchemas.TARGET_PROGRESS, v);
  }

  private static Object[] qualityRow(String feed, String file, long read, long accepted,
      long rejected, long duplicates, String status) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("period", AS_OF.toString());
    v.put("feed", feed);
    v.put("source_file", file);
    v.put("rows_read", read);
    v.put("rows_accepted", accepted);
    v.put("rows_rejected", rejected);
    v.put("rows_duplicate", duplicates);
    v.put("rejected_share", read == 0 ? 0.0 : (double) rejected / read);
    v.put("status", status);
    return row(MartSchemas.DATA_QUALITY, v);
  }

  /** A mart row from values by column name; columns not given are null. */
  static Object[] row(String mart, Map<String, Object> values) {
    List<ParquetTables.Column> columns = MartSchemas.columns(mart);
    Object[] row = new Object[columns.size()];
    values.forEach((name, value) -> {
      int i = columns.stream().map(ParquetTables.Column::name).toList().indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("Cannot find column " + name + " in " + mart);
      }
      row[i] = value;
    });
    return row;
  }

  /**
   * Writes this month's quarantine as the curate stage does (only the columns the report reads
   * matter): rejected rows of visitor_counts and stays with the contract's reasons, and a
   * duplicate, which the report does not count as a reason. The stays rows carry reason codes as
   * the curate stage writes them now; the visitor_counts rows are as published before reason
   * codes existed (no such column), so both ways of grouping are exercised.
   */
  static void writeQuarantine(Path out) {
    List<ParquetTables.Column> columns = new ArrayList<>();
    for (String name : List.of("source_file", "source_line", "raw_line", "status", "column",
        "value", "reason_en", "reason_vi")) {
      // source_line is an int, as the curate stage writes it.
      columns.add(ParquetTables.Column.of(name, "source_line".equals(name)
          ? ParquetTables.Type.INT : ParquetTables.Type.STRING, "", ""));
    }
    List<ParquetTables.Column> withCodes = new ArrayList<>(columns);
    withCodes.add(ParquetTables.Column.of("reason_code", ParquetTables.Type.STRING, "", ""));
    write(out, "visitor_counts", columns, List.of(
        quarantined("rejected", "locality", "Phường Mộc Chuau",
            "unknown locality 'Phường Mộc Chuau'", "địa bàn không xác định 'Phường Mộc Chuau'"),
        quarantined("rejected", "locality", "Xã Mường Sang",
            "unknown locality 'Xã Mường Sang'", "địa bàn không xác định 'Xã Mường Sang'"),
        quarantined("rejected", "arrivals", "-5", "'-5' must not be negative",
            "'-5' không được âm"),
        quarantined("duplicate", "(row)", null, "duplicate of line 3", "trùng với dòng 3")));
    write(out, "stays", withCodes, List.of(
        coded(quarantined("rejected", "check_out", "2026-10-10",
            "check_out 2026-10-10 is before check_in 2026-10-12",
            "ngày đi 2026-10-10 trước ngày đến 2026-10-12"), "check_out_before_check_in"),
        coded(quarantined("rejected", "check_out", "03/10/2026",
            "check_out 03/10/2026 is before check_in 05/10/2026",
            "ngày đi 03/10/2026 trước ngày đến 05/10/2026"), "check_out_before_check_in"),
        coded(quarantined("rejected", "establishment_id", "CS-999",
            "unknown establishment 'CS-999'", "cơ sở lưu trú không xác định 'CS-999'"),
            "unknown_establishment"),
        coded(quarantined("rejected", "(row)", null, "the row has 5 fields where the header has 6",
            "dòng có 5 trường trong khi dòng tiêu đề có 6"), "field_count")));
  }

  private static Object[] coded(Object[] row, String reasonCode) {
    Object[] withCode = java.util.Arrays.copyOf(row, row.length + 1);
    withCode[row.length] = reasonCode;
    return withCode;
  }

  private static Object[] quarantined(String status, String column, String value,
      String reasonEn, String reasonVi) {
    return new Object[] {"f.csv", 2, "raw", status, column, value, reasonEn, reasonVi};
  }

  private static void write(Path out, String feed, List<ParquetTables.Column> columns,
      List<Object[]> rows) {
    ParquetTables.write(new org.apache.hadoop.fs.Path(out.resolve("quarantine/" + feed
        + "/period=" + AS_OF + "/part-0.parquet").toUri()), new org.apache.hadoop.conf
        .Configuration(), "quarantine", columns, rows);
  }

  /**
   * The smallest marts the charts draw from: the visitors target named {@code targetName}, not yet
   * assessed, and one month of one commune named {@code communeName} with 1,234 arrivals.
   */
  static Marts oneCommuneMonth(YearMonth asOf, String targetName, String communeName) {
    Target visitors = new Target("visitors", targetName, "x", "visits/year", "tourism_area",
        "rolling_12m", 2025, null, 2030, new BigDecimal("6250000"), null, "at_least", "src");
    Map<String, Object> monthly = new LinkedHashMap<>();
    monthly.put("period", asOf.toString());
    monthly.put("year", asOf.getYear());
    monthly.put("month", asOf.getMonthValue());
    monthly.put("locality_code", "03982");
    monthly.put("locality_name", communeName);
    monthly.put("former_district", "Mộc Châu");
    monthly.put("arrivals", 1234L);
    return Marts.fromValues(Map.of(
        MartSchemas.TARGET_PROGRESS, List.<Object[]>of(TargetProgressRow.TABLE.values(
            TargetProgressRow.of(Progress.assess(visitors, null, asOf)))),
        MartSchemas.TOURISM_MONTHLY, List.<Object[]>of(row(MartSchemas.TOURISM_MONTHLY,
            monthly))));
  }
}
