package vn.mocchau.analytics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTablesTest {
  @Test
  void partitionsAreTheKeysFoldersByValueInTextOrder(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("curated/biomass_corn");
    for (String folder : List.of("period=2026-02", "period=2025-11", "_temporary",
        "year=2026")) {
      Files.createDirectories(table.resolve(folder));
    }
    var partitions = ParquetTables.partitions(new org.apache.hadoop.fs.Path(table.toUri()),
        "period", new Configuration());
    assertEquals(List.of("2025-11", "2026-02"), List.copyOf(partitions.keySet()));
    assertEquals("period=2026-02", partitions.get("2026-02").getName());
    assertEquals(0, ParquetTables.partitions(new org.apache.hadoop.fs.Path(
        dir.resolve("none").toUri()), "period", new Configuration()).size(),
        "no folder yet: no partitions");
  }
}
