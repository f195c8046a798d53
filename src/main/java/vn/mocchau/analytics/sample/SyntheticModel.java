package vn.mocchau.analytics.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The published figures the synthetic sample is calibrated on (shared/reference/
 * moc-chau-published.md): annual arrivals (2.2 M in 2023, rising to about 3.8 M in 2025),
 * revenue per visit of 1.3–1.4 M VND, the suggested monthly seasonality with the Tết shift, a
 * 1–5 % international share, an overnight share in the low to high twenties (the 23 % anchor), and
 * biomass corn of 1,800 ha / 67,000 t in 2023 and 2,150 ha / 75,000 t in 2025. Every number the
 * generator writes derives from these; none of it is real data.
 */
final class SyntheticModel {
  /** A current unit, its share of the area's visitors, and the legacy units that reported for it. */
  record Unit(String code, String currentName, double visitorShare, List<Legacy> legacy,
      String district) {}

  /** A pre-July-2025 unit: the name its office wrote, and its share of the current unit. */
  record Legacy(String name, double share, String district) {}

  static final List<Unit> UNITS = List.of(
      new Unit("03980", "Phường Mộc Châu", 0.15, List.of(new Legacy("P. Mộc Lỵ", 0.5, "mc"),
          new Legacy("P. Mường Sang", 0.3, "mc"), new Legacy("X. Chiềng Hắc", 0.2, "mc")), "mc"),
      new Unit("03979", "Phường Mộc Sơn", 0.10, List.of(new Legacy("P. Đông Sang", 0.5, "mc"),
          new Legacy("P. Mộc Sơn", 0.5, "mc")), "mc"),
      new Unit("04033", "Phường Vân Sơn", 0.08, List.of(new Legacy("P. Bình Minh", 0.4, "mc"),
          new Legacy("P. Vân Sơn", 0.6, "mc")), "mc"),
      new Unit("03982", "Phường Thảo Nguyên", 0.18, List.of(new Legacy("P. Cờ Đỏ", 0.45, "mc"),
          new Legacy("P. Thảo Nguyên", 0.55, "mc")), "mc"),
      new Unit("04000", "Xã Đoàn Kết", 0.06, List.of(new Legacy("X. Chiềng Chung", 0.4, "mc"),
          new Legacy("X. Đoàn Kết", 0.6, "mc")), "mc"),
      new Unit("04045", "Xã Lóng Sập", 0.07, List.of(new Legacy("X. Chiềng Khừa", 0.5, "mc"),
          new Legacy("X. Lóng Sập", 0.5, "mc")), "mc"),
      new Unit("03985", "Xã Chiềng Sơn", 0.05, List.of(new Legacy("X. Chiềng Xuân", 0.3, "vh"),
          new Legacy("X. Chiềng Sơn", 0.7, "mc")), "mc"),
      new Unit("03997", "Xã Tân Yên", 0.04, List.of(new Legacy("X. Tân Yên", 1.0, "mc")), "mc"),
      new Unit("04048", "Xã Vân Hồ", 0.10, List.of(new Legacy("X. Lóng Luông", 0.3, "vh"),
          new Legacy("X. Chiềng Yên", 0.15, "vh"), new Legacy("X. Mường Men", 0.15, "vh"),
          new Legacy("X. Vân Hồ", 0.4, "vh")), "vh"),
      new Unit("04006", "Xã Song Khủa", 0.06, List.of(new Legacy("X. Mường Tè", 0.2, "vh"),
          new Legacy("X. Liên Hoà", 0.2, "vh"), new Legacy("X. Quang Minh", 0.2, "vh"),
          new Legacy("X. Song Khủa", 0.4, "vh")), "vh"),
      new Unit("04018", "Xã Tô Múa", 0.04, List.of(new Legacy("X. Chiềng Khoa", 0.4, "vh"),
          new Legacy("X. Suối Bàng", 0.3, "vh"), new Legacy("X. Tô Múa", 0.3, "vh")), "vh"),
      new Unit("04057", "Xã Xuân Nha", 0.07, List.of(new Legacy("X. Tân Xuân", 0.4, "vh"),
          new Legacy("X. Xuân Nha", 0.6, "vh")), "vh"));

  /** The merger took effect on 1 Jul 2025; deliveries before it name legacy units. */
  static final YearMonth MERGER = YearMonth.of(2025, 7);

  /** Annual arrivals anchored on published figures; growth of about 9 % a year after 2025. */
  static double annualArrivals(int year) {
    return switch (year) {
      case 2023 -> 2_200_000;
      case 2024 -> 2_900_000;
      case 2025 -> 3_800_000;
      case 2026 -> 4_140_000;
      default -> year < 2023 ? 2_200_000 * Math.pow(1.15, year - 2023)
          : 4_140_000 * Math.pow(1.09, year - 2026);
    };
  }

  /** Revenue per visit in VND: 2023's 3,000 bn / 2.2 M = 1.36 M, easing to 1.3 M. */
  static double revenuePerVisit(int year) {
    return year <= 2023 ? 1_360_000 : year == 2024 ? 1_320_000 : 1_300_000;
  }

  /** Share of arrivals staying overnight in registered lodging (anchor: 23 % in 2023). */
  static double overnightShare(int year) {
    return Math.min(0.40, Math.max(0.18, 0.22 + 0.021 * (year - 2023)));
  }

  private static final Map<Integer, LocalDate> TET = Map.of(
      2022, LocalDate.of(2022, 2, 1), 2023, LocalDate.of(2023, 1, 22),
      2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29),
      2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6),
      2028, LocalDate.of(2028, 1, 26), 2029, LocalDate.of(2029, 2, 13),
      2030, LocalDate.of(2030, 2, 3));

  /** Monthly share of the year's arrivals (percent): Jan 10, Feb 15 … Dec 12; Tết shifts Jan/Feb. */
  static double monthShare(YearMonth month) {
    double[] shares = {10, 15, 8, 7, 9, 7, 6, 6, 7, 5, 8, 12};
    LocalDate tet = TET.get(month.getYear());
    if (tet != null && tet.getMonth() == Month.JANUARY) {
      shares[0] = 13;
      shares[1] = 12;
    }
    return shares[month.getMonthValue() - 1] / 100.0;
  }

  /** Relative weight of a day within its month: weekends and public holidays draw more. */
  static double dayWeight(LocalDate day) {
    double weight = switch (day.getDayOfWeek()) {
      case SATURDAY -> 2.0;
      case SUNDAY -> 1.6;
      case FRIDAY -> 1.2;
      default -> 1.0;
    };
    if ((day.getMonthValue() == 4 && day.getDayOfMonth() == 30)
        || (day.getMonthValue() == 5 && day.getDayOfMonth() == 1)
        || (day.getMonthValue() == 9 && day.getDayOfMonth() == 2)) {
      weight = 3.0;
    }
    LocalDate tet = TET.get(day.getYear());
    if (tet != null && !day.isBefore(tet.minusDays(1)) && !day.isAfter(tet.plusDays(5))) {
      weight = 2.5;
    }
    return weight;
  }

  static double[] dayWeights(YearMonth month) {
    double[] weights = new double[month.lengthOfMonth()];
    double total = 0;
    for (int d = 0; d < weights.length; d++) {
      weights[d] = dayWeight(month.atDay(d + 1));
      total += weights[d];
    }
    for (int d = 0; d < weights.length; d++) {
      weights[d] /= total;
    }
    return weights;
  }

  /** Annual biomass-corn area (ha) and output (t): 1,800/67,000 in 2023, 2,150/75,000 in 2025. */
  static double cornArea(int year) {
    return switch (year) {
      case 2023 -> 1_800;
      case 2024 -> 1_980;
      case 2025 -> 2_150;
      case 2026 -> 2_400;
      default -> year < 2023 ? 1_800 * Math.pow(1.06, year - 2023) : 2_400 * Math.pow(1.1, year - 2026);
    };
  }

  static double cornYield(int year) {
    return year <= 2023 ? 37.2 : year == 2024 ? 35.9 : year == 2025 ? 34.9 : 35.6;
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private SyntheticModel() {}
}
