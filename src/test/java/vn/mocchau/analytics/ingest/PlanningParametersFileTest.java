package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.contract.PlanningParameters;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.testing.Fixtures;

/** data-raw/reference/planning_parameters.csv (programme.md §6) as it ships, and without it. */
class PlanningParametersFileTest {
  @Test
  void theShippedFileGivesEveryParameterWithItsSource() {
    PlanningParameters p = new ReferenceLoader(new org.apache.hadoop.fs.Path("data-raw"),
        new Configuration()).planningParameters();
    assertTrue(p.filePresent());
    assertEquals(PlanningParameters.UNITS.keySet(), p.byName().keySet());
    assertEquals(0, new BigDecimal("0.60").compareTo(p.get("target_bed_occupancy").value()));
    assertEquals(0, new BigDecimal("30").compareTo(p.get("silage_kg_per_cow_day").value()));
    // moc-chau-published.md: "more than 25,000 dairy cows"; 2030 has no published figure.
    assertEquals(0, new BigDecimal("25000").compareTo(p.get("dairy_herd_now").value()));
    assertEquals(0, new BigDecimal("25000").compareTo(p.get("dairy_herd_2030").value()));
    p.byName().values().forEach(v -> assertTrue(v.source().length() > 20, v.name()));
    assertTrue(p.get("silage_kg_per_cow_day").source().contains("baosonla.org.vn"));
    assertTrue(p.get("dairy_herd_now").source().contains("more than 25,000 dairy cows"));
  }

  @Test
  void withoutTheFileTheReferenceLoadsAndSaysSo(@TempDir Path raw) throws Exception {
    Path reference = Files.createDirectories(raw.resolve("reference"));
    try (var files = Files.list(Fixtures.resource("fixtures/reference"))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals(PlanningParameters.FILE)) {
          Files.copy(f, reference.resolve(f.getFileName()));
        }
      }
    }
    ReferenceData data = new ReferenceLoader(new org.apache.hadoop.fs.Path(raw.toUri()),
        new Configuration()).load();
    assertFalse(data.planning().filePresent());
    assertTrue(data.planning().byName().isEmpty());
  }
}
