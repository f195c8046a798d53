package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** feeds.md §1 and §3: what a month folder holds, and the order its files are taken in. */
class DeliveryScannerTest {
  @TempDir
  Path raw;

  private Delivery scan(String feed, String month) {
    return new DeliveryScanner(new org.apache.hadoop.fs.Path(raw.toUri()), new Configuration())
        .scan(feed, YearMonth.parse(month));
  }

  @Test
  void takesCsvAndGzipFilesInCodePointOrderAndListsTheRestAsIgnored() throws Exception {
    Path folder = Files.createDirectories(raw.resolve("revenue/2026-01"));
    for (String name : List.of("b.csv", "a.csv", "a (2).csv", "Z.csv.gz", "ý.csv", "notes.xlsx",
        "README.txt", "\uD83D\uDE00.csv", "\uFF5E.csv")) {
      Files.writeString(folder.resolve(name), "x");
    }
    Delivery delivery = scan("revenue", "2026-01");
    // U+FF5E (a BMP char above the surrogates) sorts before U+1F600 by code point,
    // though after it in UTF-16 order.
    assertEquals(List.of("a (2).csv", "a.csv", "b.csv", "Z.csv.gz", "ý.csv", "\uFF5E.csv",
            "\uD83D\uDE00.csv").stream().sorted(DeliveryScanner.CODE_POINT_ORDER).toList(),
        names(delivery));
    assertEquals(List.of("Z.csv.gz", "a (2).csv", "a.csv", "b.csv", "ý.csv", "\uFF5E.csv",
        "\uD83D\uDE00.csv"), names(delivery));
    assertEquals(List.of("revenue/2026-01/README.txt", "revenue/2026-01/notes.xlsx"),
        delivery.ignoredFiles());
    for (int i = 0; i < delivery.files().size(); i++) {
      assertEquals(i, delivery.files().get(i).order());
    }
  }

  @Test
  void aMissingFolderOrOneWithoutCsvIsNotDelivered() throws Exception {
    assertFalse(scan("stays", "2026-01").delivered());
    Files.createDirectories(raw.resolve("stays/2026-02"));
    Files.writeString(raw.resolve("stays/2026-02/export.xlsx"), "x");
    Delivery onlyOther = scan("stays", "2026-02");
    assertFalse(onlyOther.delivered());
    assertEquals(List.of("stays/2026-02/export.xlsx"), onlyOther.ignoredFiles());
  }

  private static List<String> names(Delivery delivery) {
    List<String> names = new ArrayList<>();
    delivery.files().forEach(f -> names.add(f.name().substring(f.name().lastIndexOf('/') + 1)));
    return names;
  }

  @Test
  void aSymbolicLinkIsNeverFollowedAndIsNamed(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path raw) throws Exception {
    java.nio.file.Path month = java.nio.file.Files.createDirectories(
        raw.resolve("visitor_counts/2026-01"));
    java.nio.file.Files.writeString(month.resolve("good.csv"), "a\n");
    java.nio.file.Path secret = java.nio.file.Files.writeString(raw.resolve("secret.csv"),
        "root:x:0:0\n");
    java.nio.file.Files.createSymbolicLink(month.resolve("link.csv"), secret);
    Delivery delivery = new DeliveryScanner(new org.apache.hadoop.fs.Path(raw.toUri()),
        new org.apache.hadoop.conf.Configuration()).scan("visitor_counts",
            java.time.YearMonth.of(2026, 1));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
        "visitor_counts/2026-01/good.csv"), delivery.files().stream()
            .map(DeliveryFile::name).toList());
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
        "visitor_counts/2026-01/link.csv"), delivery.linkedFiles());
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), delivery.ignoredFiles());
  }
}
