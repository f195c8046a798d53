package vn.mocchau.analytics.sample;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * The synthetic indicator-values deliveries (programme.md §1) of the sample: what the offices
 * report for the congress programme's indicators, in the variants they write. All figures are
 * synthetic: the official tourism figures are the model's year (SyntheticModel) off by a few
 * percent, as an office's own count differs from the feeds' (2024 by 7.6 %, so the reconciliation
 * flags it); the ward's figures are plausible values near the congress report's targets, chosen
 * so that the scorecard shows every status and kind.
 *
 * <p>Deliveries (the folder is the delivery month):
 * <ul>
 *   <li>2025-03 — the district's official 2024 tourism figures (English headers, ',');
 *   <li>2026-01 — the ward's and the area board's estimates for 2025 ("ước thực hiện"),
 *       Vietnamese Excel export (';', BOM, CRLF, "92,5%"), scope "P. Thảo Nguyên"; the Party
 *       committee's official 2025 ratings;
 *   <li>2026-06 — the official 2025 figures, which supersede the estimates (unaccented
 *       Vietnamese headers, ',', bare shares "0.925", scope "03982");
 *   <li>2026-07 — the ward's estimates for the running year 2026 ("ước tính", "93,2 %");
 *   <li>2026-10 — the area board's 2026 estimates and the Party committee's preliminary 2026
 *       ratings ("sơ bộ").
 * </ul>
 * State-farm land plans, expressway links, the science budget share, lifelong-learning clubs and
 * the training of cell leaders get no value at all: the scorecard shows them without data.
 */
final class IndicatorValues {
  private static final String FOLDER = "indicator_values";
  private static final String WARD_VI = "P. Thảo Nguyên";
  private static final String WARD_SOURCE_VI = "UBND phường Thảo Nguyên";

  /** One ward value: id, value 2025 estimate, 2025 official, 2026 estimate; unit kind. */
  private record Ward(String id, Kind kind, Double estimate2025, Double official2025,
      Double estimate2026) {}

  private enum Kind { SHARE, YES_NO, NUMBER }

  /** The ward's economy, society and environment (UBND phường), 2025 and 2026. */
  private static final List<Ward> WARD = List.of(
      new Ward("ward_budget_revenue_growth", Kind.NUMBER, 93.8, 95.4, 103.2),
      new Ward("ward_tea_output", Kind.NUMBER, 755.0, 760.0, 812.0),
      new Ward("ward_vegetables_flowers", Kind.NUMBER, 270.0, 268.0, 290.0),
      new Ward("ward_dairy_herd", Kind.NUMBER, 12_400.0, 12_450.0, 12_600.0),
      new Ward("ward_plum_output", Kind.NUMBER, 300.0, 296.0, 270.0),
      new Ward("ward_farm_households", Kind.NUMBER, 1_271.0, 1_271.0, 1_248.0),
      new Ward("ward_farm_workers", Kind.NUMBER, 2_290.0, 2_288.0, 2_251.0),
      new Ward("ward_trained_workers", Kind.SHARE, 0.35, 0.352, 0.365),
      new Ward("ward_forest_cover", Kind.SHARE, 0.3927, 0.3927, 0.393),
      new Ward("ward_new_enterprises", Kind.NUMBER, 4.0, 4.0, 6.0),
      new Ward("ward_roads_widened", Kind.NUMBER, null, null, 1.8),
      new Ward("ward_income_per_person", Kind.NUMBER, 62.0, 62.5, 66.0),
      new Ward("ward_national_standard_schools", Kind.SHARE, 1.0, 1.0, 1.0),
      new Ward("ward_poverty_rate", Kind.SHARE, 0.0045, 0.0042, 0.0033),
      new Ward("ward_health_insurance", Kind.SHARE, 0.92, 0.925, 0.932),
      new Ward("ward_digitised_records", Kind.SHARE, 0.78, 0.78, 0.83),
      new Ward("ward_online_services", Kind.SHARE, 0.60, 0.62, 0.70),
      new Ward("ward_procedures_on_time", Kind.SHARE, 1.0, 1.0, 0.998),
      new Ward("ward_piped_water", Kind.SHARE, 0.86, 0.86, 0.87),
      new Ward("ward_waste_collected", Kind.SHARE, 0.985, 0.985, 0.988),
      new Ward("ward_waste_sorted", Kind.SHARE, 0.45, 0.45, 0.52),
      new Ward("ward_active_cultural_groups", Kind.SHARE, 0.92, 0.92, 0.95),
      new Ward("ward_cultural_families", Kind.SHARE, 0.96, 0.962, 0.968),
      new Ward("ward_security_standard", Kind.SHARE, 0.90, 0.90, 0.91),
      new Ward("ward_drug_free", Kind.SHARE, 0.70, 0.70, 0.715),
      new Ward("ward_cultural_houses", Kind.SHARE, 0.72, 0.72, 0.75),
      new Ward("ward_officials_digital_skills", Kind.SHARE, 0.55, 0.55, 0.68));

  /** The Party committee's ratings: official 2025 (delivered 2026-01), preliminary 2026. */
  private static final List<Ward> PARTY = List.of(
      new Ward("ward_party_orgs_good", Kind.SHARE, null, 0.94, 0.95),
      new Ward("ward_party_members_good", Kind.SHARE, null, 0.92, 0.93),
      new Ward("ward_party_orgs_excellent", Kind.SHARE, null, 0.22, 0.18),
      new Ward("ward_party_members_excellent", Kind.SHARE, null, 0.16, 0.17),
      new Ward("ward_party_cells_meeting", Kind.SHARE, null, 1.0, 1.0),
      new Ward("ward_new_party_members", Kind.NUMBER, null, null, 13.0),
      new Ward("ward_mass_orgs_good", Kind.SHARE, null, 1.0, 1.0),
      new Ward("ward_officials_good", Kind.SHARE, null, 0.96, 0.97));

  /** The area's regional-linkage indicators other than the feeds' five (moc_chau_area). */
  private static final List<Ward> REGIONAL = List.of(
      new Ward("livestock_relocated", Kind.SHARE, 0.33, 0.35, 0.46),
      new Ward("sectoral_plans_completed", Kind.SHARE, 0.40, 0.40, 0.55),
      new Ward("culture_tourism_week", Kind.YES_NO, 1.0, 1.0, 1.0),
      new Ward("high_quality_health_facilities", Kind.NUMBER, 0.0, 0.0, 0.0),
      new Ward("ward_doctors", Kind.NUMBER, 8.5, 8.6, 8.9));

  private IndicatorValues() {}

  /** Writes the deliveries whose month lies in [first, last]. */
  static void write(Path out, YearMonth first, YearMonth last) {
    Path root = out.resolve(FOLDER);
    if (in(YearMonth.of(2025, 3), first, last)) {
      official2024(root.resolve("2025-03"));
    }
    if (in(YearMonth.of(2026, 1), first, last)) {
      estimates2025(root.resolve("2026-01"));
    }
    if (in(YearMonth.of(2026, 6), first, last)) {
      official2025(root.resolve("2026-06"));
    }
    if (in(YearMonth.of(2026, 7), first, last)) {
      wardEstimates2026(root.resolve("2026-07"));
    }
    if (in(YearMonth.of(2026, 10), first, last)) {
      estimates2026(root.resolve("2026-10"));
    }
  }

  private static boolean in(YearMonth month, YearMonth first, YearMonth last) {
    return !month.isBefore(first) && !month.isAfter(last);
  }

  // ------------------------------------------------------------ official tourism figures

  /** The office's count of a year's visits: the model's year, off by {@code factor}. */
  static long officialVisits(int year, double factor) {
    return Math.round(SyntheticModel.annualArrivals(year) * factor / 1000) * 1000;
  }

  /** The office's tourism revenue of a year, billion VND with one decimal. */
  static double officialRevenue(int year, double factor) {
    return Math.round(SyntheticModel.annualArrivals(year) * SyntheticModel.revenuePerVisit(year)
        / 1e9 * factor * 10) / 10.0;
  }

  /** The overnight share the office publishes, to a tenth of a percent. */
  static double officialOvernight(int year, double offset) {
    return Math.round((SyntheticModel.overnightShare(year) + offset) * 1000) / 1000.0;
  }

  /** 2025-03: the district's official 2024 figures; its visit count is 7.6 % above the feeds'. */
  private static void official2024(Path folder) {
    try (FeedWriter w = new FeedWriter(folder.resolve("ubnd-huyen-moc-chau-2024.csv"),
        FeedWriter.Style.PLAIN, List.of("indicator_id", "period", "scope", "value", "status",
            "source", "note"))) {
      String source = "UBND huyện Mộc Châu, báo cáo kinh tế - xã hội năm 2024";
      w.row("visitors", "2024", "tourism_area", officialVisits(2024, 1.076), "official", source,
          "gồm khách tham quan các điểm du lịch");
      w.row("tourism_revenue", "2024", "tourism_area", plain(officialRevenue(2024, 1.02), 1),
          "official", source, "");
      w.row("overnight_share", "2024", "tourism_area", plain(officialOvernight(2024, 0), 3),
          "official", source, "");
    }
  }

  // ------------------------------------------------------------ 2025: estimates, then official

  /** 2026-01: the year-end reports, estimates for 2025; the Party's 2025 ratings are final. */
  private static void estimates2025(Path folder) {
    try (FeedWriter w = new FeedWriter(folder.resolve("phuong-thao-nguyen-uoc-2025.csv"),
        FeedWriter.Style.EXCEL_VI, List.of("Mã chỉ tiêu", "Năm", "Địa bàn", "Số liệu",
            "Loại số liệu", "Nguồn", "Ghi chú"))) {
      for (Ward v : WARD) {
        if (v.estimate2025() != null) {
          w.row(v.id(), "2025", WARD_VI, vi(v.kind(), v.estimate2025(), false),
              "ước thực hiện", WARD_SOURCE_VI + ", báo cáo KT-XH năm 2025", "");
        }
      }
      for (Ward v : PARTY) {
        if (v.official2025() != null) {
          w.row(v.id(), "2025", WARD_VI, vi(v.kind(), v.official2025(), false),
              "chính thức", "Đảng ủy phường Thảo Nguyên, kết quả đánh giá, xếp loại năm 2025",
              "");
        }
      }
    }
    try (FeedWriter w = new FeedWriter(folder.resolve("ban-quan-ly-kdl-uoc-2025.csv"),
        FeedWriter.Style.EXCEL_VI, List.of("Mã chỉ tiêu", "Kỳ", "Phạm vi", "Giá trị",
            "Tình trạng", "Nguồn"))) {
      String source = "Ban quản lý Khu du lịch quốc gia Mộc Châu, báo cáo năm 2025";
      w.row("visitors", "2025", "tourism_area",
          SampleGenerator.groupedVi(officialVisits(2025, 0.987)), "ước thực hiện", source);
      w.row("tourism_revenue", "2025", "tourism_area",
          SampleGenerator.decimalVi(officialRevenue(2025, 0.982), 1), "ước thực hiện", source);
      w.row("overnight_share", "2025", "tourism_area",
          vi(Kind.SHARE, officialOvernight(2025, -0.002), false), "ước thực hiện", source);
      for (Ward v : REGIONAL) {
        w.row(v.id(), "2025", "moc_chau_area", vi(v.kind(), v.estimate2025(), false),
            "ước thực hiện", source);
      }
    }
  }

  /** 2026-06: the statistics office's official 2025 figures replace the estimates. */
  private static void official2025(Path folder) {
    try (FeedWriter w = new FeedWriter(folder.resolve("thong-ke-chinh-thuc-2025.csv"),
        FeedWriter.Style.PLAIN, List.of("ma_chi_tieu", "nam", "dia ban", "so lieu",
            "tinh trang", "nguon", "ghi chu"))) {
      String statistics = "Chi cục Thống kê khu vực, niên giám thống kê 2025";
      w.row("visitors", "2025", "tourism_area", officialVisits(2025, 1.016), "chính thức",
          statistics, "");
      w.row("tourism_revenue", "2025", "tourism_area", plain(officialRevenue(2025, 1.014), 1),
          "chính thức", statistics, "");
      w.row("overnight_share", "2025", "tourism_area", plain(officialOvernight(2025, 0), 3),
          "chính thức", statistics, "");
      for (Ward v : REGIONAL) {
        w.row(v.id(), "2025", "moc_chau_area", plainValue(v.kind(), v.official2025()),
            "chính thức", statistics, "");
      }
      for (Ward v : WARD) {
        if (v.official2025() != null) {
          w.row(v.id(), "2025", "03982", plainValue(v.kind(), v.official2025()), "chính thức",
              statistics, v.id().equals("ward_budget_revenue_growth")
                  ? "thu ngân sách nhà nước trên địa bàn, tỷ đồng" : "");
        }
      }
    }
  }

  // ------------------------------------------------------------ 2026: the running year

  /** 2026-07: the ward's mid-year report estimates the whole of 2026. */
  private static void wardEstimates2026(Path folder) {
    try (FeedWriter w = new FeedWriter(folder.resolve("phuong-thao-nguyen-uoc-2026.csv"),
        FeedWriter.Style.EXCEL_VI, List.of("Mã chỉ tiêu", "Năm", "Địa bàn", "Giá trị",
            "Tình trạng", "Nguồn", "Ghi chú"))) {
      for (Ward v : WARD) {
        w.row(v.id(), "2026", WARD_VI, vi(v.kind(), v.estimate2026(), true), "ước tính",
            WARD_SOURCE_VI + ", báo cáo 6 tháng đầu năm 2026", "ước cả năm");
      }
    }
  }

  /** 2026-10: the area board's 2026 estimates and the Party committee's preliminary ratings. */
  private static void estimates2026(Path folder) {
    try (FeedWriter w = new FeedWriter(folder.resolve("ban-quan-ly-kdl-uoc-2026.csv"),
        FeedWriter.Style.EXCEL_VI, List.of("Mã chỉ tiêu", "Kỳ", "Phạm vi", "Giá trị",
            "Tình trạng", "Nguồn"))) {
      String source = "Ban quản lý Khu du lịch quốc gia Mộc Châu, ước thực hiện năm 2026";
      w.row("visitors", "2026", "tourism_area",
          SampleGenerator.groupedVi(officialVisits(2026, 1.01)), "ước", source);
      w.row("tourism_revenue", "2026", "tourism_area",
          SampleGenerator.decimalVi(officialRevenue(2026, 1.01), 1), "ước", source);
      w.row("overnight_share", "2026", "tourism_area",
          vi(Kind.SHARE, officialOvernight(2026, 0.002), false), "ước", source);
      for (Ward v : REGIONAL) {
        w.row(v.id(), "2026", "moc_chau_area", vi(v.kind(), v.estimate2026(), false), "ước",
            source);
      }
    }
    try (FeedWriter w = new FeedWriter(folder.resolve("dang-uy-phuong-so-bo-2026.csv"),
        FeedWriter.Style.EXCEL_VI, List.of("Mã chỉ tiêu", "Năm", "Địa bàn", "Giá trị",
            "Tình trạng", "Nguồn"))) {
      for (Ward v : PARTY) {
        w.row(v.id(), "2026", "03982", vi(v.kind(), v.estimate2026(), false), "sơ bộ",
            "Đảng ủy phường Thảo Nguyên, sơ bộ kết quả năm 2026");
      }
    }
  }

  // ------------------------------------------------------------ how the offices write values

  /** Vietnamese style: shares "92,5%" (or "92,5 %"), yes/no "có", numbers "1.271" / "95,4". */
  private static String vi(Kind kind, double value, boolean spacedPercent) {
    return switch (kind) {
      case YES_NO -> value >= 1 ? "có" : "không";
      case SHARE -> trim(SampleGenerator.decimalVi(value * 100, 2)) + (spacedPercent ? " %" : "%");
      case NUMBER -> value == Math.rint(value) ? SampleGenerator.groupedVi((long) value)
          : trim(SampleGenerator.decimalVi(value, 2));
    };
  }

  /** International style: shares as bare fractions "0.925", yes/no "1", numbers "95.4". */
  private static String plainValue(Kind kind, double value) {
    return switch (kind) {
      case YES_NO -> value >= 1 ? "1" : "0";
      case SHARE -> plain(value, 4);
      case NUMBER -> plain(value, 2);
    };
  }

  private static String plain(double value, int decimals) {
    return new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }

  /** "92,50" → "92,5"; "100,00" → "100". */
  private static String trim(String vietnamese) {
    if (!vietnamese.contains(",")) {
      return vietnamese;
    }
    String trimmed = vietnamese.replaceAll("0+$", "");
    return trimmed.endsWith(",") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
