package vn.mocchau.analytics.sample;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic biomass-corn season reports: each season is reported while growing (planted area
 * only) and again after harvest, so the later delivery replaces the earlier one; after the July
 * 2025 merger current units re-report what their legacy units reported.
 */
final class Corn {
  private static final String[][] GROWERS_LEGACY = {{"P. Đông Sang", "0.20"},
      {"P. Mường Sang", "0.20"}, {"X. Chiềng Sơn", "0.20"}, {"X. Chiềng Khừa", "0.15"},
      {"P. Cờ Đỏ", "0.10"}, {"X. Tân Yên", "0.10"}, {"X. Lóng Luông", "0.05"}};
  private static final String[][] GROWERS_CURRENT = {{"Phường Mộc Sơn", "0.20"},
      {"Phường Mộc Châu", "0.20"}, {"Xã Chiềng Sơn", "0.20"}, {"Xã Lóng Sập", "0.15"},
      {"Phường Thảo Nguyên", "0.10"}, {"Xã Tân Yên", "0.10"}, {"Xã Vân Hồ", "0.05"}};

  private Corn() {}

  static void write(Path out, YearMonth month, SplittableRandom rng) {
    String season;
    int year = month.getYear();
    boolean harvested;
    switch (month.getMonthValue()) {
      case 5 -> { season = "Vụ xuân"; harvested = false; }
      case 7 -> { season = "Vụ xuân"; harvested = true; }
      case 9 -> { season = "Vụ hè thu"; harvested = false; }
      case 11 -> { season = "Vụ hè thu"; harvested = true; }
      case 12 -> { season = "Vụ đông"; harvested = false; }
      case 2 -> { season = "Vụ đông"; harvested = true; year -= 1; }
      default -> { return; }
    }
    double share = switch (season) {
      case "Vụ xuân" -> 0.50;
      case "Vụ hè thu" -> 0.35;
      default -> 0.15;
    };
    String[][] growers = month.isBefore(SyntheticModel.MERGER) ? GROWERS_LEGACY : GROWERS_CURRENT;
    boolean international = month.equals(YearMonth.of(2026, 7));
    boolean onlyAmbiguous = month.equals(YearMonth.of(2025, 11));
    FeedWriter.Style style = international ? FeedWriter.Style.PLAIN : FeedWriter.Style.EXCEL_VI;
    List<String> header = international
        ? List.of("year", "season", "locality", "planted_ha", "harvested_ha", "output_tonnes",
            "households")
        : List.of("Năm", "Vụ", "Địa bàn", "Diện tích gieo trồng", "Diện tích thu hoạch",
            "Sản lượng", "Số hộ");
    Path file = out.resolve("biomass_corn").resolve(month.toString())
        .resolve("ngo-sinh-khoi-" + month + ".csv");
    try (FeedWriter writer = new FeedWriter(file, style, header)) {
      for (String[] grower : growers) {
        double planted = SyntheticModel.cornArea(year) * share * Double.parseDouble(grower[1])
            * (harvested ? 1 : 0.97) * SampleGenerator.noise(rng, 0.03);
        double harvestedHa = planted * (0.97 + 0.02 * rng.nextDouble());
        double output = harvestedHa * SyntheticModel.cornYield(year)
            * SampleGenerator.noise(rng, 0.05);
        long households = Math.round(planted / 0.6);
        if (onlyAmbiguous) {
          // Whole numbers with a thousands dot only: nothing reveals the style (assumed Vietnamese).
          writer.row(year, season, grower[0], Math.round(planted), Math.round(harvestedHa),
              SampleGenerator.groupedVi(Math.round(output)), households);
        } else if (international) {
          writer.row(year, season.equals("Vụ xuân") ? "spring" : season, grower[0],
              String.format(java.util.Locale.ROOT, "%.1f", planted),
              harvested ? String.format(java.util.Locale.ROOT, "%.1f", harvestedHa) : "",
              harvested ? String.format(java.util.Locale.ROOT, "%,.1f", output) : "", households);
        } else {
          writer.row(year, season, grower[0], SampleGenerator.decimalVi(planted, 1),
              harvested ? SampleGenerator.decimalVi(harvestedHa, 1) : "",
              harvested ? SampleGenerator.decimalVi(output, 1) : "", households);
        }
      }
    }
  }
}
