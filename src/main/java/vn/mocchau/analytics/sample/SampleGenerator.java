package vn.mocchau.analytics.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a synthetic, seeded sample of deliveries into a data-raw folder: the lodging registry
 * and, for every month of the range, visitor counts, stays, revenue and (in season-report months)
 * biomass corn, with the variants and a few of the defects real deliveries have. {@code --scale}
 * multiplies the stay registrations (for benchmarks); the same seed always gives the same bytes.
 * All figures are synthetic, calibrated on {@link SyntheticModel}.
 */
@Command(name = "generate-sample", mixinStandardHelpOptions = true,
    description = "Write the synthetic sample deliveries (seeded, reproducible).")
public final class SampleGenerator implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "data-raw", description = "Target data-raw folder.")
  Path out;

  @Option(names = "--reference-from", defaultValue = "data-raw/reference",
      description = "Where localities.csv, locality_aliases.csv and targets.csv are copied from.")
  Path referenceFrom;

  @Option(names = "--from", defaultValue = "2023-01", description = "First month.")
  String from;

  @Option(names = "--to", defaultValue = "2026-10", description = "Last month.")
  String to;

  @Option(names = "--scale", defaultValue = "1",
      description = "Multiplier of the stay registrations (1, 10, 100 for benchmarks; 0.05 for a"
          + " long, light history).")
  double scale;

  @Option(names = "--seed", defaultValue = "20251", description = "Random seed.")
  long seed;

  static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter DAY_FIRST_SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");
  private static final String[] FOREIGN = {"KR", "CN", "FR", "US", "TH", "JP", "DE", "GB", "AU",
      "LA"};

  private List<Establishments.Entry> establishments;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SampleGenerator()).execute(args));
  }

  @Override
  public Integer call() {
    YearMonth first = YearMonth.parse(from);
    YearMonth last = YearMonth.parse(to);
    copyReference();
    establishments = Establishments.generate(new SplittableRandom(seed));
    Establishments.write(out.resolve("reference/establishments.csv"), establishments);
    long stays = 0;
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      writeVisitorCounts(month);
      stays += writeStays(month);
      writeRevenue(month);
      Corn.write(out, month, new SplittableRandom(seed ^ month.hashCode() * 31L));
    }
    IndicatorValues.write(out, first, last);
    System.out.printf("Wrote synthetic deliveries %s..%s (scale %s, %d stay rows) to %s%n",
        first, last, scale, stays, out);
    return 0;
  }

  private void copyReference() {
    try {
      Files.createDirectories(out.resolve("reference"));
      for (String name : List.of("localities.csv", "locality_aliases.csv", "targets.csv",
          "planning_parameters.csv")) {
        Path source = referenceFrom.resolve(name);
        Path target = out.resolve("reference").resolve(name);
        if (!Files.exists(target) || !Files.isSameFile(source, target)) {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy reference files from " + referenceFrom, e);
    }
  }

  private SplittableRandom random(String feed, YearMonth month) {
    return new SplittableRandom(seed * 1_000_003L + feed.hashCode() * 8191L + month.hashCode());
  }

  /** Visitors of a current unit on one day: the year's arrivals spread by month, day and share. */
  static double dailyArrivals(SyntheticModel.Unit unit, LocalDate day, double[] weights) {
    YearMonth month = YearMonth.from(day);
    return SyntheticModel.annualArrivals(day.getYear()) * SyntheticModel.monthShare(month)
        * weights[day.getDayOfMonth() - 1] * unit.visitorShare();
  }

  // ---------------------------------------------------------------- visitor counts

  private void writeVisitorCounts(YearMonth month) {
    SplittableRandom rng = random("visitor_counts", month);
    Path folder = out.resolve("visitor_counts").resolve(month.toString());
    double[] weights = SyntheticModel.dayWeights(month);
    boolean merged = !month.isBefore(SyntheticModel.MERGER);
    double internationalShare = 0.02 + 0.01 * Math.min(2, Math.max(0, month.getYear() - 2024));
    if (!merged) {
      // Two district offices, each with its own habits: Mộc Châu in English, Vân Hồ from Excel.
      try (FeedWriter mc = new FeedWriter(folder.resolve("moc-chau.csv"), FeedWriter.Style.PLAIN,
              List.of("date", "locality", "origin", "arrivals"));
          FeedWriter vh = new FeedWriter(folder.resolve("van-ho.csv"), FeedWriter.Style.EXCEL_VI,
              List.of("Ngày", "Xã phường", "Nguồn khách", "Lượt khách"))) {
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
          LocalDate day = month.atDay(d);
          for (SyntheticModel.Unit unit : SyntheticModel.UNITS) {
            double unitArrivals = dailyArrivals(unit, day, weights);
            for (SyntheticModel.Legacy legacy : unit.legacy()) {
              long total = Math.round(unitArrivals * legacy.share() * noise(rng, 0.15));
              long international = Math.round(total * internationalShare * noise(rng, 0.5));
              if (legacy.district().equals("mc")) {
                mc.row(day.toString(), legacy.name(), "domestic", total - international);
                mc.row(day.toString(), legacy.name(), "international", international);
              } else {
                String date = month.getYear() < 2024 ? day.format(DAY_FIRST_SHORT)
                    : day.format(DAY_FIRST);
                vh.row(date, legacy.name(), "Nội địa", groupedVi(total - international));
                vh.row(date, legacy.name(), "Quốc tế", groupedVi(international));
              }
            }
          }
        }
        if (month.equals(YearMonth.of(2025, 2))) {
          vh.rawLine("29/02/2025;X. Vân Hồ;Nội địa;812"); // impossible date, rejected
        }
      }
      return;
    }
    // After the merger: one file from the town, codes or current names.
    try (FeedWriter town = new FeedWriter(folder.resolve("tx-moc-chau.csv"),
        FeedWriter.Style.PLAIN, List.of("ngay", "ma_xa", "loai_khach", "luot_khach"))) {
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        LocalDate day = month.atDay(d);
        for (SyntheticModel.Unit unit : SyntheticModel.UNITS) {
          long total = Math.round(dailyArrivals(unit, day, weights) * noise(rng, 0.15));
          long international = Math.round(total * internationalShare * noise(rng, 0.5));
          String place = unit.district().equals("mc") ? unit.code() : unit.currentName();
          town.row(day.toString(), place, "trong nước", total - international);
          town.row(day.toString(), place, "nước ngoài", international);
        }
      }
    }
    if (month.equals(YearMonth.of(2026, 9))) {
      // A correction file that disagrees with the main file for one day: both rows rejected.
      try (FeedWriter fix = new FeedWriter(folder.resolve("tx-moc-chau-dieu-chinh.csv"),
          FeedWriter.Style.PLAIN, List.of("date", "locality", "origin", "arrivals"))) {
        fix.row("2026-09-02", "03982", "domestic", 9999);
      }
    }
    if (month.equals(YearMonth.of(2026, 10))) {
      // The same office re-sent its first five days (duplicates), and a commune office still
      // writes a pre-2025 commune name that has no alias yet (rejected as unknown locality).
      SplittableRandom again = random("visitor_counts", month);
      List<String[]> firstRows = new ArrayList<>();
      for (int d = 1; d <= 5; d++) {
        LocalDate day = month.atDay(d);
        for (SyntheticModel.Unit unit : SyntheticModel.UNITS) {
          long total = Math.round(dailyArrivals(unit, day, weights) * noise(again, 0.15));
          long international = Math.round(total * internationalShare * noise(again, 0.5));
          String place = unit.district().equals("mc") ? unit.code() : unit.currentName();
          if (unit.code().equals("03982")) {
            firstRows.add(new String[] {day.toString(), place, "trong nước",
                String.valueOf(total - international)});
          }
        }
      }
      try (FeedWriter resent = new FeedWriter(folder.resolve("tx-moc-chau (gửi lại).csv"),
          FeedWriter.Style.PLAIN, List.of("ngay", "ma_xa", "loai_khach", "luot_khach"))) {
        firstRows.forEach(r -> resent.row((Object[]) r));
      }
      try (FeedWriter late = new FeedWriter(folder.resolve("xa-bo-sung.csv"),
          FeedWriter.Style.EXCEL_VI, List.of("Ngày", "Địa bàn", "Nguồn khách", "Lượt khách"))) {
        late.row("03/10/2026", "Tân Lập", "Nội địa", "412");
        late.row("04/10/2026", "Tân Lập", "Nội địa", "1.096");
        late.row("05/10/2026", "Tân Lập", "Nội địa", "987");
      }
      try {
        Files.writeString(folder.resolve("README.txt"),
            "Gửi lại số liệu 1-5/10 của phường Thảo Nguyên.\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // ---------------------------------------------------------------- stays

  /** One registration, as generated for its check-in month. */
  record Registration(String id, String establishment, LocalDate checkIn, LocalDate checkOut,
      int guests, String nationality) {}

  /**
   * Registrations checking in during {@code month}, generated from that month's seed so a later
   * delivery can regenerate the ones still in house.
   */
  private List<Registration> checkIns(YearMonth month) {
    SplittableRandom rng = random("stays", month);
    double[] weights = SyntheticModel.dayWeights(month);
    double overnightGuests = SyntheticModel.annualArrivals(month.getYear())
        * SyntheticModel.monthShare(month) * SyntheticModel.overnightShare(month.getYear());
    int registrations = (int) Math.round(overnightGuests / 3.05 * scale);
    List<Registration> list = new ArrayList<>(registrations);
    int sequence = 0;
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate day = month.atDay(d);
      long count = Math.round(registrations * weights[d - 1]);
      for (long i = 0; i < count; i++) {
        Establishments.Entry place = Establishments.pick(establishments, rng, day);
        int nights = nights(rng);
        int guests = guests(rng);
        String nationality = rng.nextDouble() < 0.03 ? FOREIGN[rng.nextInt(FOREIGN.length)] : "VN";
        String id = String.format("DK%d%02d%07d", month.getYear(), month.getMonthValue(),
            ++sequence);
        list.add(new Registration(id, place.id(), day, day.plusDays(nights), guests, nationality));
      }
    }
    return list;
  }

  private long writeStays(YearMonth month) {
    List<Registration> delivery = new ArrayList<>();
    LocalDate firstDay = month.atDay(1);
    for (Registration r : checkIns(month.minusMonths(1))) {
      if (r.checkOut().isAfter(firstDay)) {
        delivery.add(r); // still had nights in this month
      }
    }
    delivery.addAll(checkIns(month));
    boolean vietnameseHeader = month.getYear() < 2024;
    SplittableRandom rng = random("stays-format", month);
    int parts = Math.max(1, delivery.size() / 400_000 + (delivery.size() % 400_000 > 0 ? 1 : 0));
    long rows = 0;
    List<String> header = vietnameseHeader
        ? List.of("Mã đăng ký", "Mã cơ sở", "Ngày đến", "Ngày đi", "Số khách", "Quốc tịch")
        : List.of("registration_id", "establishment_id", "check_in", "check_out", "guests",
            "nationality");
    int perPart = (delivery.size() + parts - 1) / Math.max(1, parts);
    for (int part = 0; part < parts; part++) {
      String name = parts == 1 ? "luu-tru-" + month + ".csv.gz"
          : String.format("luu-tru-%s-%02d.csv.gz", month, part + 1);
      try (FeedWriter writer = new FeedWriter(out.resolve("stays").resolve(month.toString())
          .resolve(name), FeedWriter.Style.PLAIN, header)) {
        int end = Math.min(delivery.size(), (part + 1) * perPart);
        for (int i = part * perPart; i < end; i++) {
          Registration r = delivery.get(i);
          // Still in house at month end: the export has no check-out date yet.
          String checkOut = r.checkOut().isAfter(month.atEndOfMonth()) ? ""
              : date(r.checkOut(), vietnameseHeader);
          String nationality = r.nationality().equals("VN") && vietnameseHeader
              && rng.nextDouble() < 0.2 ? "Việt Nam" : r.nationality();
          writer.row(r.id(), r.establishment(), date(r.checkIn(), vietnameseHeader), checkOut,
              r.guests(), nationality);
          rows++;
        }
        if (part == parts - 1) {
          rows += staysDefects(writer, month, delivery);
        }
      }
    }
    return rows;
  }

  private long staysDefects(FeedWriter writer, YearMonth month, List<Registration> delivery) {
    if (month.equals(YearMonth.of(2026, 10)) && delivery.size() > 10) {
      Registration a = delivery.get(delivery.size() - 1);
      Registration b = delivery.get(delivery.size() - 2);
      // Corrections re-exported at the end: the later row replaces the earlier one.
      writer.row(a.id(), a.establishment(), a.checkIn().toString(),
          a.checkOut().isAfter(month.atEndOfMonth()) ? "" : a.checkOut().toString(),
          a.guests() + 1, a.nationality());
      writer.row(b.id(), b.establishment(), b.checkIn().toString(),
          b.checkOut().isAfter(month.atEndOfMonth()) ? "" : b.checkOut().toString(),
          b.guests(), b.nationality());
      writer.row("DK2026109900001", "CS-0012", "2026-10-12", "2026-10-10", 2, "VN");
      writer.row("DK2026109900002", "CS-9999", "2026-10-14", "2026-10-15", 2, "VN");
      writer.row("DK2026109900003", "CS-0040", "2026-10-20", "2026-10-21", "", "VN");
      return 5;
    }
    return 0;
  }

  private static String date(LocalDate day, boolean dayFirst) {
    return dayFirst ? day.format(DAY_FIRST) : day.toString();
  }

  private static int nights(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.02) {
      return 0; // day use
    }
    if (u < 0.62) {
      return 1;
    }
    if (u < 0.90) {
      return 2;
    }
    if (u < 0.97) {
      return 3;
    }
    return 4 + rng.nextInt(4);
  }

  private static int guests(SplittableRandom rng) {
    double u = rng.nextDouble();
    int[] sizes = {1, 2, 3, 4, 5, 6, 8};
    double[] cumulative = {0.15, 0.50, 0.65, 0.85, 0.90, 0.95, 1.0};
    for (int i = 0; i < sizes.length; i++) {
      if (u < cumulative[i]) {
        return sizes[i];
      }
    }
    return 2;
  }

  // ---------------------------------------------------------------- revenue

  private static final String[][] SECTORS = {
      {"accommodation", "Lưu trú", "0.25"}, {"food_beverage", "Ăn uống", "0.30"},
      {"transport", "Vận chuyển, lữ hành", "0.15"},
      {"attractions", "Tham quan, vui chơi giải trí", "0.15"},
      {"shopping", "Mua sắm", "0.10"}, {"other", "Khác", "0.05"}};

  private void writeRevenue(YearMonth month) {
    SplittableRandom rng = random("revenue", month);
    Path folder = out.resolve("revenue").resolve(month.toString());
    double monthArrivals = SyntheticModel.annualArrivals(month.getYear())
        * SyntheticModel.monthShare(month);
    double perVisit = SyntheticModel.revenuePerVisit(month.getYear());
    boolean merged = !month.isBefore(SyntheticModel.MERGER);
    // Excel exports from the Vietnamese locale: ';', BOM, CRLF, amounts in triệu đồng "1.234,5";
    // March 2025's export came out in NFD, as some Windows tools write it.
    FeedWriter.Style excel = month.equals(YearMonth.of(2025, 3)) ? FeedWriter.Style.EXCEL_VI_NFD
        : FeedWriter.Style.EXCEL_VI;
    try (FeedWriter vi = new FeedWriter(folder.resolve("doanh-thu-" + month + ".csv"), excel,
        List.of("Tháng", "Địa bàn", "Lĩnh vực", "Doanh thu", "Đơn vị", "Ghi chú"))) {
      for (SyntheticModel.Unit unit : SyntheticModel.UNITS) {
        List<String[]> places = new ArrayList<>();
        if (merged) {
          places.add(new String[] {unit.currentName(), "1"});
        } else {
          unit.legacy().forEach(l -> places.add(new String[] {l.name(), String.valueOf(l.share())}));
        }
        for (String[] place : places) {
          for (String[] sector : SECTORS) {
            double dong = monthArrivals * unit.visitorShare() * Double.parseDouble(place[1])
                * perVisit * Double.parseDouble(sector[2]) * noise(rng, 0.1);
            String monthText = String.format("%02d/%d", month.getMonthValue(), month.getYear());
            vi.row(monthText, place[0], sector[1], decimalVi(dong / 1e6, 1), "triệu đồng", "");
          }
        }
      }
      if (month.equals(YearMonth.of(2024, 11))) {
        vi.row("11/2024", "P. Cờ Đỏ", "Khác", "12.5.3", "triệu đồng", "nhập sai");
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  static double noise(SplittableRandom rng, double spread) {
    return 1 + spread * (2 * rng.nextDouble() - 1);
  }

  static String groupedVi(long value) {
    DecimalFormat format = new DecimalFormat("#,##0", symbols());
    return format.format(value);
  }

  static String decimalVi(double value, int decimals) {
    DecimalFormat format = new DecimalFormat("#,##0." + "0".repeat(decimals), symbols());
    return format.format(value);
  }

  private static DecimalFormatSymbols symbols() {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return symbols;
  }
}
