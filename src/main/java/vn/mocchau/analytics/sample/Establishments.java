package vn.mocchau.analytics.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic lodging registry of about 300 establishments (published: 295 in 2024, ~300 in 2025),
 * mostly homestays, a few hotels and resorts, spread over the current units in proportion to their
 * visitors with hotels concentrated in the wards; a share opened during 2023–2026, a few closed.
 */
final class Establishments {
  record Entry(String id, String name, String locality, String type, int rooms, int beds,
      Integer stars, LocalDate opened, LocalDate closed) {}

  private static final String[] VILLAGE = {"Bản Áng", "Ả Lầu", "Chiềng Đi", "Pa Khen", "Nà Ka",
      "Hua Tạt", "Thung Cuông", "Dọi", "Bó Bun", "Lũng Xá", "Suối Khem", "Phiêng Cành"};
  private static final String[] FLOWER = {"Hoa Mận", "Hoa Cải", "Đồi Chè", "Thảo Nguyên Xanh",
      "Mây Núi", "Sương Sớm", "Hoa Ban", "Cao Nguyên", "Rừng Thông", "Đào Rừng"};

  private static double[] cumulativeBeds;

  private Establishments() {}

  static List<Entry> generate(SplittableRandom rng) {
    List<Entry> entries = new ArrayList<>();
    int id = 0;
    for (SyntheticModel.Unit unit : SyntheticModel.UNITS) {
      int count = (int) Math.round(300 * unit.visitorShare());
      for (int i = 0; i < count; i++) {
        id++;
        double u = rng.nextDouble();
        boolean ward = unit.currentName().startsWith("Phường");
        String type;
        int beds;
        Integer stars = null;
        if (u < (ward ? 0.10 : 0.04)) {
          type = "hotel";
          beds = 40 + rng.nextInt(160);
          stars = 1 + rng.nextInt(3);
        } else if (u < (ward ? 0.14 : 0.08)) {
          type = "resort";
          beds = 60 + rng.nextInt(190);
          stars = 3 + rng.nextInt(2);
        } else if (u < 0.30) {
          type = "guesthouse";
          beds = 10 + rng.nextInt(20);
        } else if (u < 0.36) {
          type = "motel";
          beds = 10 + rng.nextInt(20);
        } else {
          type = "homestay";
          beds = 8 + rng.nextInt(17);
        }
        int rooms = Math.max(2, beds / (type.equals("homestay") ? 4 : 2));
        String name = switch (type) {
          case "hotel" -> "Khách sạn " + FLOWER[rng.nextInt(FLOWER.length)] + " " + id;
          case "resort" -> FLOWER[rng.nextInt(FLOWER.length)] + " Resort " + id;
          case "guesthouse" -> "Nhà nghỉ " + FLOWER[rng.nextInt(FLOWER.length)] + " " + id;
          case "motel" -> "Motel " + VILLAGE[rng.nextInt(VILLAGE.length)] + " " + id;
          default -> "Homestay " + VILLAGE[rng.nextInt(VILLAGE.length)] + " " + id;
        };
        LocalDate opened = rng.nextDouble() < 0.85
            ? LocalDate.of(2005 + rng.nextInt(18), 1 + rng.nextInt(12), 1 + rng.nextInt(28))
            : LocalDate.of(2023, 1, 1).plusDays(rng.nextInt(1340));
        LocalDate closed = rng.nextDouble() < 0.03
            ? LocalDate.of(2024, 1, 1).plusDays(rng.nextInt(900)) : null;
        if (closed != null && closed.isBefore(opened)) {
          closed = null;
        }
        String locality = rng.nextBoolean() ? unit.currentName() : unit.code();
        entries.add(new Entry(String.format("CS-%04d", id), name, locality, type, rooms, beds,
            stars, opened, closed));
      }
    }
    cumulativeBeds = new double[entries.size()];
    double total = 0;
    for (int i = 0; i < entries.size(); i++) {
      total += entries.get(i).beds();
      cumulativeBeds[i] = total;
    }
    return entries;
  }

  /** An establishment weighted by beds, preferring one open on the day (the registry can lag). */
  static Entry pick(List<Entry> entries, SplittableRandom rng, LocalDate day) {
    Entry chosen = null;
    for (int attempt = 0; attempt < 6; attempt++) {
      double target = rng.nextDouble() * cumulativeBeds[cumulativeBeds.length - 1];
      int index = java.util.Arrays.binarySearch(cumulativeBeds, target);
      chosen = entries.get(index >= 0 ? index : -index - 1);
      boolean open = !day.isBefore(chosen.opened())
          && (chosen.closed() == null || !day.isAfter(chosen.closed()));
      if (open) {
        return chosen;
      }
    }
    return chosen;
  }

  static void write(Path file, List<Entry> entries) {
    try (FeedWriter writer = new FeedWriter(file, FeedWriter.Style.PLAIN, List.of(
        "establishment_id", "name", "locality", "type", "rooms", "beds", "stars", "opened",
        "closed"))) {
      for (Entry e : entries) {
        writer.row(e.id(), e.name(), e.locality(), e.type(), e.rooms(), e.beds(),
            e.stars() == null ? "" : e.stars(), e.opened(), e.closed() == null ? "" : e.closed());
      }
    }
  }
}
