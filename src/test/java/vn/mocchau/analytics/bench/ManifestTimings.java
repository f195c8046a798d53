package vn.mocchau.analytics.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import vn.mocchau.analytics.io.Json;

/**
 * Sums, over the run manifests of a backfill, the ingest time (every feed's parse, checks and key
 * rules, plus writing curated and quarantine) and the rows read. Prints "seconds rows". Used by
 * bench/run.sh; not a test.
 */
public final class ManifestTimings {
  private ManifestTimings() {}

  public static void main(String[] args) throws IOException {
    long ms = 0;
    long rows = 0;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode manifest = Json.mapper().readTree(file.toFile());
        if (!"published".equals(manifest.path("status").asText())) {
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> t = manifest.path("timings").fields();
            t.hasNext(); ) {
          Map.Entry<String, JsonNode> timing = t.next();
          if (timing.getKey().startsWith("ingest_") || timing.getKey().equals("stage_curated_ms")) {
            ms += timing.getValue().asLong();
          }
        }
        for (JsonNode feed : manifest.path("feeds")) {
          rows += feed.path("rows_read").asLong();
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "%.1f %d%n", ms / 1000.0, rows);
  }
}
