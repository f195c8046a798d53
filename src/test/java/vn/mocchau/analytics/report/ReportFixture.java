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
import vn.mocchau.analytics.marts.PlanningRequirementRow;
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

  /** The registry rows' group and code (congress-targets.md), which the old targets.csv lacks. */
  static final Map<String, String[]> GROUP_CODE = Map.ofEntries(
      Map.entry("visitors", new String[] {"regional_tourism", "1.(1)a"}),
      Map.entry("tourism_revenue", new String[] {"regional_tourism", "1.(1)b"}),
      Map.entry("overnight_share", new String[] {"regional_tourism", "1.(1)c"}),
      Map.entry("corn_area", new String[] {"regional_agriculture", "1.(2)a"}),
      Map.entry("corn_output", new String[] {"regional_agriculture", "1.(2)b"}),
      Map.entry("ward_doctors", new String[] {"regional_social", "1.(4)c"}),
      Map.entry("ward_tea_output", new String[] {"ward_economy", "(2)a"}),
      Map.entry("ward_vegetables_flowers", new String[] {"ward_economy", "(2)b"}),
      Map.entry("ward_dairy_herd", new String[] {"ward_economy", "(2)c"}),
      Map.entry("ward_plum_output", new String[] {"ward_economy", "(2)d"}),
      Map.entry("ward_income_per_person", new String[] {"ward_society_environment", "(8)"}),
      Map.entry("ward_poverty_rate", new String[] {"ward_society_environment", "(10)"}),
      Map.entry("ward_health_insurance", new String[] {"ward_society_environment", "(11)"}));

  /**
   * The rest of the fixture programme, one target per line: id, group, code, name_vi, name_en,
   * unit, kind, target, target_high, assessed value (null: no data), period, x_status, status,
   * P, missed_years. With the registry's 13 rows it covers every group, every kind (at_least,
   * at_most, range, maintain, cumulative, growth_rate, each_year in both units) and every status,
   * an estimate, preliminary figures, a value that cannot be judged yet and targets without data.
   */
  static final List<Object[]> PROGRAMME = List.of(
      new Object[] {"planning_schemes", "regional_urban", "1.(3)a",
          "Đồ án quy hoạch chuyên ngành hoàn thành", "Sectoral planning schemes completed",
          "fraction", "at_least", "1", null, "0.4", "2025", "official", "not_assessed", null,
          null},
      new Object[] {"expressway_links", "regional_urban", "1.(3)c",
          "Hạ tầng giao thông kết nối cao tốc", "Transport links to the expressway",
          "fraction", "at_least", "1", null, null, null, null, "not_assessed", null, null},
      new Object[] {"culture_week", "regional_social", "1.(4)a",
          "Tuần Văn hóa – Du lịch Mộc Châu", "Mộc Châu Culture–Tourism Week", "yes_no",
          "each_year", "1", null, "1", "2026", "official", "on_track", null, null},
      new Object[] {"ward_budget_growth", "ward_economy", "(1)",
          "Tốc độ tăng thu ngân sách bình quân", "Average yearly growth of budget revenue",
          "billion VND/year", "growth_rate", "0.07", "0.08", "0.065", "2026", "estimate",
          "accelerate", 0.93, null},
      new Object[] {"ward_trained_workers", "ward_economy", "(4)",
          "Lao động qua đào tạo có bằng, chứng chỉ", "Trained workers with a certificate",
          "fraction", "at_least", "0.4", null, "0.36", "2026", "estimate", "accelerate", 0.62,
          null},
      new Object[] {"ward_forest_cover", "ward_economy", "(5)", "Tỷ lệ che phủ rừng",
          "Forest cover", "fraction", "maintain", "0.3927", "1", "0.3927", "2025", "official",
          "achieved", null, null},
      new Object[] {"ward_new_enterprises", "ward_economy", "(6)",
          "Doanh nghiệp, hợp tác xã thành lập mới", "New enterprises and cooperatives",
          "enterprises", "cumulative", "30", null, "11", "2026", "preliminary", "on_track", 1.83,
          null},
      new Object[] {"ward_schools_standard", "ward_society_environment", "(9)",
          "Trường đạt chuẩn quốc gia", "Schools meeting the national standard", "fraction",
          "each_year", "1", null, "1", "2026", "official", "on_track", null, null},
      new Object[] {"ward_procedures_on_time", "ward_society_environment", "(14)",
          "Thủ tục hành chính giải quyết kịp thời", "Procedures resolved on time", "fraction",
          "each_year", "1", null, "0.98", "2026", "official", "off_track", null, "2026"},
      new Object[] {"ward_new_party_members", "ward_party_building", "(23)a",
          "Kết nạp đảng viên mới", "New Party members admitted", "party members",
          "cumulative", "70", null, null, null, null, "not_assessed", null, null},
      new Object[] {"ward_party_organisations", "ward_party_building", "(24)",
          "Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", "Party organisations rated good or"
          + " better", "fraction", "each_year", "0.9", null, "0.93", "2026", "preliminary",
          "on_track", null, null});

  private ReportFixture() {}

  /**
   * The whole fixture programme as of 10/2026: {@link #data()} with its registry rows grouped
   * and numbered, the {@link #PROGRAMME} rows, indicator observations (every vintage, one
   * delivered after the as-of month), two complete corn years, and a reconciliation with a
   * flagged year beyond 5 %, a flagged incomplete year, a year within 5 % and a flagged row of
   * another month.
   */
  static Marts programme() {
    Marts base = data();
    List<Object[]> progress = new ArrayList<>();
    for (TargetProgressRow r : base.targetProgress()) {
      Object[] values = TargetProgressRow.TABLE.values(r);
      String[] groupCode = GROUP_CODE.get(r.indicatorId());
      if (groupCode == null) {
        continue; // the fixture programme takes 13 registry rows; PROGRAMME adds the rest
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("group", groupCode[0]);
      v.put("code", groupCode[1]);
      v.put("source_feed", Target.MEASURED_BY_FEEDS.contains(r.indicatorId())
          ? Target.MONTHLY_FEEDS : Target.INDICATOR_VALUES);
      v.put("frequency", "annual");
      v.put("path", "compound");
      v.put("term_start", 2026);
      Object[] extra = row(MartSchemas.TARGET_PROGRESS, v);
      for (int i = 0; i < values.length; i++) {
        if (extra[i] != null) {
          values[i] = extra[i];
        }
      }
      progress.add(values);
    }
    for (Object[] t : PROGRAMME) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("as_of", AS_OF.toString());
      v.put("indicator_id", t[0]);
      v.put("group", t[1]);
      v.put("code", t[2]);
      v.put("name_vi", t[3]);
      v.put("name_en", t[4]);
      v.put("unit", t[5]);
      v.put("kind", t[6]);
      v.put("basis", "annual");
      v.put("baseline_year", 2025);
      v.put("target_year", 2030);
      v.put("target_value", new BigDecimal((String) t[7]));
      v.put("target_high", t[8] == null ? null : new BigDecimal((String) t[8]));
      v.put("assessed_value", t[9] == null ? null : new BigDecimal((String) t[9]));
      v.put("assessed_period", t[10]);
      v.put("x_status", t[11]);
      v.put("status", t[12]);
      v.put("anticipated_progress", t[13]);
      v.put("missed_years", t[14]);
      v.put("provisional", t[9] == null);
      v.put("note", t[9] == null ? "no data delivered" : null);
      v.put("source_feed", Target.INDICATOR_VALUES);
      v.put("frequency", "annual");
      v.put("path", "linear");
      v.put("direction", "at_least");
      v.put("term_start", 2026);
      progress.add(row(MartSchemas.TARGET_PROGRESS, v));
    }
    List<Object[]> observations = List.of(
        observation("ward_trained_workers", "2024", "0.33", "official", "2025-03", null),
        observation("ward_trained_workers", "2025", "0.34", "estimate", "2025-12", "2026-03"),
        observation("ward_trained_workers", "2025", "0.345", "official", "2026-03", null),
        observation("ward_trained_workers", "2026", "0.36", "estimate", "2026-09", "2026-12"),
        // Delivered after the as-of month: a run as of 10/2026 did not know it.
        observation("ward_trained_workers", "2026", "0.37", "official", "2026-12", null),
        observation("ward_budget_growth", "2025", "120", "official", "2026-02", null),
        observation("ward_budget_growth", "2026", "127.8", "estimate", "2026-10", null),
        observation("ward_forest_cover", "2024", "0.391", "official", "2025-02", null),
        observation("ward_forest_cover", "2025", "0.3927", "official", "2026-02", null),
        observation("culture_week", "2026", "1", "official", "2026-08", null),
        // An official annual figure of a feed indicator: reconciled, never a trend point.
        observation("visitors", "2025", "4200000", "estimate", "2026-02", null));
    List<Object[]> corn = List.of(corn(2024, "2400", "98000"), corn(2025, "2150", "75000"));
    List<Object[]> reconciliation = List.of(
        reconciliation("2026-10", 2025, "visitors", "3900000", "4200000", "estimate", true,
            true),
        reconciliation("2026-10", 2025, "tourism_revenue", "5000", "5100", "official", false,
            true),
        reconciliation("2026-10", 2024, "overnight_share", "0.25", "0.28", "official", true,
            false),
        reconciliation("2026-10", 2025, "overnight_share", "0.25", "0.27", "official", true,
            true),
        reconciliation("2026-09", 2025, "tourism_revenue", "5000", "6000", "official", true,
            true));
    Map<String, List<Object[]>> marts = new LinkedHashMap<>();
    marts.put(MartSchemas.TARGET_PROGRESS, progress);
    marts.put(MartSchemas.DATA_QUALITY, base.dataQuality().stream()
        .map(vn.mocchau.analytics.marts.DataQualityRow.TABLE::values).toList());
    marts.put(MartSchemas.INDICATOR_OBSERVATIONS, observations);
    marts.put(MartSchemas.CORN_ANNUAL, corn);
    marts.put(MartSchemas.RECONCILIATION, reconciliation);
    // What the targets demand, with no planned herd: the last two are not assessed.
    marts.put(MartSchemas.PLANNING_REQUIREMENTS, planning(false).stream()
        .map(PlanningRequirementRow.TABLE::values).toList());
    return Marts.fromValues(marts);
  }

  /**
   * The eight planning_requirements rows of 10/2026, hand-made as the mart writes them (names,
   * units, inputs text). Values are consistent with the inputs: 471,000 / 300,000 = 1.57 nights;
   * 6,250,000 × 0.7 × 1.57 / 0.6 / 365 = 31,364.2 beds; 25,000 × 30 × 365 / 1,000 = 273,750 t;
   * 75,000 / 273,750 = 0.27397; 150,000 / 273,750 = 0.54795; 273,750 / 34.88 = 7,848.3 ha. The
   * growth (0.2476) is set by hand. Without {@code herdPlanned} the parameter dairy_herd_2030 is
   * missing, so the last two rows are not assessed and name it.
   */
  static List<PlanningRequirementRow> planning(boolean herdPlanned) {
    String asOf = AS_OF.toString();
    String window = "(data: 2025-11..2026-10)";
    List<PlanningRequirementRow> rows = new ArrayList<>();
    rows.add(new PlanningRequirementRow(asOf, "beds_now",
        "Số giường của các cơ sở lưu trú đang hoạt động", "Lodging beds in establishments open",
        "beds", 12480.0, "establishments_open=120 (data: 2026-10)", "assessed", null));
    rows.add(new PlanningRequirementRow(asOf, "alos_latest",
        "Số đêm lưu trú bình quân của khách (12 tháng gần nhất)",
        "Average length of stay (latest 12 months)", "nights", 1.57,
        "guest_nights=471000 " + window + "; overnight_guests=300000 " + window, "assessed",
        null));
    rows.add(new PlanningRequirementRow(asOf, "beds_needed_target_year",
        "Số giường cần có năm 2030", "Beds needed in 2030", "beds", 31364.155251141552,
        "visitors_target=6250000 (target); overnight_share_target=0.7 (target);"
            + " alos_latest=1.57 (derived); target_bed_occupancy=0.6 (parameter)",
        "assessed", null));
    rows.add(new PlanningRequirementRow(asOf, "beds_growth_needed",
        "Tốc độ tăng số giường cần đạt mỗi năm đến 2030",
        "Yearly growth of beds needed until 2030", "fraction/year", 0.2476,
        "beds_needed_target_year=31364.15525 (derived); beds_now=12480 (data: 2026-10);"
            + " target_year=2030 (target); as_of_time=2025.833333 (as_of 2026-10)",
        "assessed", null));
    rows.add(new PlanningRequirementRow(asOf, "corn_feed_demand_now",
        "Nhu cầu thức ăn ủ chua của đàn bò sữa hiện nay", "Silage demand of the dairy herd now",
        "tonnes/year", 273750.0,
        "dairy_herd_now=25000 (parameter); silage_kg_per_cow_day=30 (parameter)", "assessed",
        null));
    rows.add(new PlanningRequirementRow(asOf, "corn_self_sufficiency_latest",
        "Tỷ lệ tự chủ ngô sinh khối (năm gần nhất có số liệu)",
        "Biomass corn self-sufficiency (latest year with data)", "fraction",
        0.273972602739726, "corn_output=75000 (data: 2025); corn_feed_demand_now=273750"
            + " (derived)", "assessed", null));
    String herd = herdPlanned ? "dairy_herd_2030=25000 (parameter); " : "";
    rows.add(new PlanningRequirementRow(asOf, "corn_self_sufficiency_target_year",
        "Tỷ lệ tự chủ ngô sinh khối năm 2030 nếu đạt mục tiêu sản lượng",
        "Biomass corn self-sufficiency in 2030 at the output target", "fraction",
        herdPlanned ? 0.547945205479452 : null, "corn_output_target=150000 (target); " + herd
            + "silage_kg_per_cow_day=30 (parameter)", herdPlanned ? "assessed" : "not_assessed",
        herdPlanned ? null : "dairy_herd_2030"));
    rows.add(new PlanningRequirementRow(asOf, "corn_area_for_full_demand",
        "Diện tích ngô sinh khối cần để tự chủ toàn bộ nhu cầu năm 2030",
        "Biomass corn area to cover the whole demand in 2030", "ha",
        herdPlanned ? 7848.337155963303 : null, herd + "silage_kg_per_cow_day=30 (parameter);"
            + " corn_yield_t_per_ha=34.88 (data: 2025)", herdPlanned ? "assessed"
            : "not_assessed", herdPlanned ? null : "dairy_herd_2030"));
    return rows;
  }

  private static Object[] observation(String id, String period, String value, String status,
      String delivered, String supersededBy) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("indicator_id", id);
    v.put("period", period);
    v.put("scope", id.startsWith("ward_") ? "thao_nguyen_ward" : "tourism_area");
    v.put("value", new BigDecimal(value));
    v.put("status", status);
    v.put("source", "Phòng Kinh tế");
    v.put("delivered", delivered);
    v.put("superseded_by", supersededBy);
    v.put("source_file", "indicator_values/" + delivered + "/a.csv");
    v.put("source_line", 2L);
    return row(MartSchemas.INDICATOR_OBSERVATIONS, v);
  }

  private static Object[] corn(int year, String plantedHa, String outputTonnes) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("year", year);
    v.put("locality_code", "ALL");
    v.put("planted_ha", new BigDecimal(plantedHa));
    v.put("harvested_ha", new BigDecimal(plantedHa));
    v.put("output_tonnes", new BigDecimal(outputTonnes));
    v.put("seasons_reported", 3);
    v.put("latest_delivery", (year + 1) + "-02");
    return row(MartSchemas.CORN_ANNUAL, v);
  }

  private static Object[] reconciliation(String asOf, int year, String id, String pipeline,
      String official, String status, boolean flag, boolean complete) {
    BigDecimal p = new BigDecimal(pipeline);
    BigDecimal o = new BigDecimal(official);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("as_of", asOf);
    v.put("year", year);
    v.put("indicator_id", id);
    v.put("pipeline_value", p);
    v.put("official_value", o);
    v.put("official_status", status);
    v.put("official_delivered", "2026-02");
    v.put("difference", o.subtract(p));
    v.put("relative_difference", o.subtract(p).doubleValue() / p.doubleValue());
    v.put("flag", flag);
    v.put("pipeline_complete", complete);
    return row(MartSchemas.RECONCILIATION, v);
  }

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
