package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.io.Json;
import vn.mocchau.analytics.run.RunManifest;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;

/**
 * The run manifest of docs/manifest.schema.json, written by real runs of the launchers: a
 * published month, a refused one, and one stopped by an error after its commit (the report
 * stage cannot publish: a file stands where the reports folder goes). Every manifest validates
 * against the schema, and the schema names exactly the fields of the records that write it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestSchemaTest {
  private static final Path SCHEMA_FILE = Path.of("docs/manifest.schema.json");

  Path raw;
  Path out;
  Path brokenOut;
  Launcher.Result backfill;
  Launcher.Result stopped;

  @BeforeAll
  void runThreeMonths(@TempDir Path work) throws Exception {
    raw = work.resolve("data-raw");
    out = work.resolve("data-out");
    brokenOut = work.resolve("broken-out");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    for (String feed : List.of("visitor_counts", "stays", "revenue")) {
      Folders.copy(Fixtures.resource("e2e/deliveries/" + feed), raw.resolve(feed));
    }
    Folders.copy(Fixtures.resource("e2e/deliveries/too-many-rejects"), raw);
    // 2026-01 publishes, 2026-02 publishes with nothing delivered, 2026-03 is refused.
    backfill = Launcher.run("backfill", "2026-01", "2026-03", "--raw", raw.toString(), "--out",
        out.toString(), "--lang", "en");
    Files.createDirectories(brokenOut);
    Files.writeString(brokenOut.resolve("reports"), "a file where the reports folder goes");
    stopped = Launcher.run("monthly", "2026-01", "--raw", raw.toString(), "--out",
        brokenOut.toString(), "--lang", "en");
  }

  private static JsonNode manifest(Path out, String month) throws IOException {
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      Path file = runs.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> p.getFileName().toString().contains("-" + month + "-"))
          .sorted().reduce((a, b) -> b).orElseThrow();
      return Json.mapper().readTree(file.toFile());
    }
  }

  private static List<String> violations(JsonNode manifest) throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA_FILE), InputFormat.JSON);
    return schema.validate(manifest.toString(), InputFormat.JSON).stream()
        .map(Object::toString).toList();
  }

  @Test
  void aPublishedMonthsManifestValidates() throws IOException {
    assertEquals(ExitCode.TOO_MANY_REJECTS.code(), backfill.exitCode(), backfill.output());
    for (String month : List.of("2026-01", "2026-02")) {
      JsonNode manifest = manifest(out, month);
      assertEquals("published", manifest.get("status").asText(), month);
      assertEquals(List.of(), violations(manifest), month);
    }
    JsonNode january = manifest(out, "2026-01");
    assertEquals(RunManifest.SCHEMA_VERSION, january.get("schema_version").asInt());
    assertEquals(0, january.get("exit_code").asInt());
    assertTrue(january.get("marts").size() > 0, january.toString());
    // Counts per output: the curated rows are the accepted rows.
    assertEquals(january.get("feeds").get("stays").get("rows_accepted").asLong(),
        january.get("output_rows").get("curated/stays/period=2026-01").asLong());
    for (String stage : List.of("scan_ms", "ingest_stays_ms", "decide_ms", "stage_curated_ms",
        "marts_ms", "commit_ms", "publish_ms", "report_ms", "summary_ms", "total_ms")) {
      assertTrue(january.get("timings").has(stage), stage + " in " + january.get("timings"));
    }
    // Reasons by code add up to the rejected rows of each feed.
    for (JsonNode feed : january.get("feeds")) {
      if (feed.get("delivered").asBoolean()) {
        long byReason = 0;
        for (JsonNode reason : feed.get("rejected_by_reason")) {
          byReason += reason.get("rows").asLong();
        }
        assertEquals(feed.get("rows_rejected").asLong(), byReason, feed.toString());
      }
    }
  }

  @Test
  void aRefusedMonthsManifestValidates() throws IOException {
    JsonNode march = manifest(out, "2026-03");
    assertEquals("failed", march.get("status").asText());
    assertEquals(ExitCode.TOO_MANY_REJECTS.code(), march.get("exit_code").asInt());
    assertEquals("too_many_rejects", march.get("feeds").get("visitor_counts").get("status")
        .asText());
    assertTrue(march.get("problems").get(0).asText().contains("rejected 12 of 40 rows"),
        march.toString());
    assertFalse(march.has("marts"), "nothing published, no marts");
    assertEquals(List.of(), violations(march));
  }

  @Test
  void aStageThrowingAfterTheCommitStillLeavesAManifestWithItsError() throws IOException {
    // `reports` is a file where a folder must be: the machine's fault (#19), exit 7, told plainly.
    assertEquals(ExitCode.OUTPUT_UNWRITABLE.code(), stopped.exitCode(), stopped.output());
    assertTrue(stopped.output().contains("Cannot write the outputs: a file is where a folder must"
        + " be"), stopped.output());
    JsonNode manifest = manifest(brokenOut, "2026-01");
    assertEquals("error", manifest.get("status").asText());
    assertEquals(7, manifest.get("exit_code").asInt());
    assertEquals("report", manifest.get("error").get("stage").asText(), manifest.toString());
    assertNotNull(manifest.get("error").get("type").asText());
    // The commit had happened: the month's data is published and the manifest says what.
    assertTrue(Files.isDirectory(brokenOut.resolve("curated/stays/period=2026-01")));
    assertTrue(manifest.get("timings").has("commit_ms"), manifest.toString());
    assertTrue(manifest.get("output_rows").has("curated/stays/period=2026-01"),
        manifest.toString());
    assertEquals(List.of(), violations(manifest));
  }

  @Test
  void aManifestMissingARequiredFieldOrWithAnUnknownOneIsRefused() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode january =
        (com.fasterxml.jackson.databind.node.ObjectNode) manifest(out, "2026-01");
    january.remove("timings");
    january.put("surprise", 1);
    List<String> errors = violations(january);
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.toString().contains("timings"), errors.toString());
    assertTrue(errors.toString().contains("surprise"), errors.toString());
  }

  /**
   * Every record of the manifest, with the JSON names Jackson gives its fields, against the
   * schema's root (RunManifest) and its $defs (the nested records, by simple name).
   */
  @Test
  void theSchemaNamesExactlyTheRecordsFields() throws IOException {
    JsonNode schema = Json.mapper().readTree(SCHEMA_FILE.toFile());
    Set<Class<?>> records = new LinkedHashSet<>();
    Deque<Type> pending = new ArrayDeque<>(List.of(RunManifest.class));
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType generic) {
        pending.addAll(List.of(generic.getActualTypeArguments()));
      } else if (type instanceof Class<?> cls && cls.isRecord() && records.add(cls)) {
        for (RecordComponent component : cls.getRecordComponents()) {
          pending.add(component.getGenericType());
        }
      }
    }
    assertEquals(10, records.size(), records.toString());
    Set<String> defs = new TreeSet<>();
    schema.get("$defs").fieldNames().forEachRemaining(defs::add);
    Set<String> nested = new TreeSet<>();
    records.stream().filter(r -> r != RunManifest.class).forEach(r -> nested.add(
        r.getSimpleName()));
    assertEquals(nested, defs, "one $defs entry per nested record");
    ObjectMapper mapper = Json.recordMapper();
    for (Class<?> record : records) {
      JavaType type = mapper.constructType(record);
      Set<String> fields = new TreeSet<>();
      for (BeanPropertyDefinition property : mapper.getSerializationConfig().introspect(type)
          .findProperties()) {
        fields.add(property.getName());
      }
      JsonNode node = record == RunManifest.class ? schema
          : schema.get("$defs").get(record.getSimpleName());
      Set<String> named = new TreeSet<>();
      node.get("properties").fieldNames().forEachRemaining(named::add);
      assertEquals(fields, named, record.getSimpleName());
      assertFalse(node.get("additionalProperties").asBoolean(), record.getSimpleName()
          + " refuses fields the schema does not name");
      List<String> described = new ArrayList<>();
      node.get("required").forEach(r -> described.add(r.asText()));
      assertTrue(named.containsAll(described), record.getSimpleName());
    }
  }
}
