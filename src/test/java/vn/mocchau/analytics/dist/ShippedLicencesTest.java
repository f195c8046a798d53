package vn.mocchau.analytics.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The licence check (#17): every component the distribution ships (the SBOM, target/bom.json,
 * made by cyclonedx-maven-plugin before the tests) has a licence a public office can ship. A
 * dependency with no licence, one this check does not know, or only GPL licences (without the
 * classpath exception) fails the build until someone looks at it and decides.
 */
class ShippedLicencesTest {
  private static final Path BOM = Path.of("target", "bom.json");

  /**
   * Licence families a public office can ship alongside its own Apache-2.0 code, by the SPDX id or
   * the name a pom gives. GPL with the classpath exception is allowed (Jakarta/Glassfish APIs):
   * the exception lets unmodified library jars be linked from any code.
   */
  private static final List<Pattern> ALLOWED = List.of(
      Pattern.compile("apache-1\\.1|apache-2\\.0|apache license,? (version )?2\\.0"
          + "|the apache software license, version 2\\.0"),
      Pattern.compile("mit|mit license|the mit license|jquery license"),
      Pattern.compile("bsd-[234]-clause|bsd|modified bsd|new bsd license|the bsd license"),
      Pattern.compile("epl-[12]\\.0|eclipse public license.*|edl-1\\.0"
          + "|eclipse distribution license.*"),
      Pattern.compile("lgpl-2\\.1(-only|-or-later)?|lgpl-3\\.0(-only|-or-later)?"
          + "|gnu lesser general public licen[cs]e.*"),
      Pattern.compile("mpl-[12]\\.[01]|mozilla public license.*"),
      Pattern.compile("cddl-1\\.[01]|common development and distribution license.*"),
      Pattern.compile("gpl-2\\.0-with-classpath-exception|.*gpl.*classpath exception.*"),
      Pattern.compile("public domain|cc0-1\\.0|w3c license|w3c|isc|zlib|unicode-dfs-2016"
          + "|unicode-3\\.0|0bsd|bsd-source-code|go|edl 1\\.0"));

  /** GPL without an exception: shippable only when another, allowed licence is offered too. */
  private static final Pattern GPL = Pattern.compile("gpl-[23]\\.0(-only|-or-later)?|agpl.*"
      + "|gnu general public licen[cs]e.*|the gnu general public licen[cs]e.*");

  /**
   * Components whose pom names no licence, with the licence their own jar carries
   * (META-INF/LICENSE, read when they entered the shipped set).
   */
  private static final Map<String, String> LICENCE_FROM_JAR = Map.of(
      "oro:oro:2.0.8", "Apache-1.1",
      "org.apache.xbean:xbean-asm9-shaded:4.23", "Apache-2.0");

  @Test
  void everyShippedComponentHasALicenceAnOfficeCanShip() throws IOException {
    List<String> problems = new ArrayList<>();
    for (JsonNode component : components()) {
      String id = id(component);
      List<String> licences = licences(component);
      if (licences.isEmpty() && LICENCE_FROM_JAR.containsKey(id)) {
        licences = List.of(LICENCE_FROM_JAR.get(id));
      }
      String verdict = verdict(licences);
      if (verdict != null) {
        problems.add(id + " " + licences + ": " + verdict);
      }
    }
    assertEquals(List.of(), problems, "components the distribution cannot ship as they are");
  }

  @Test
  void theSbomListsExactlyTheJarsTheLaunchersPutOnTheClasspath() throws IOException {
    // target/runtime-classpath.txt is what jobs/ run with and what bin/'s lib/ holds.
    Set<String> classpath = new TreeSet<>();
    for (String jar : Files.readString(Path.of("target", "runtime-classpath.txt")).strip()
        .split(":")) {
      Path file = Path.of(jar);
      Path versionFolder = file.getParent();
      classpath.add(versionFolder.getParent().getFileName() + ":"
          + versionFolder.getFileName());
    }
    Set<String> sbom = new TreeSet<>();
    for (JsonNode component : components()) {
      sbom.add(component.path("name").asText() + ":" + component.path("version").asText());
    }
    Set<String> missing = new TreeSet<>(classpath);
    missing.removeAll(sbom);
    Set<String> extra = new TreeSet<>(sbom);
    extra.removeAll(classpath);
    assertEquals(List.of(List.of(), List.of()), List.of(List.copyOf(missing), List.copyOf(extra)),
        "[jars shipped but not in the SBOM, SBOM components not shipped]");
    assertTrue(sbom.contains("jfreechart:1.5.6"));
    assertTrue(sbom.contains("spark-core_2.12:3.5.9"));
  }

  @Test
  void theProjectItselfIsApache20() throws IOException {
    JsonNode project = bom().path("metadata").path("component");
    assertEquals("moc-chau-analytics", project.path("name").asText());
    assertEquals(List.of("Apache-2.0"), licences(project));
  }

  @Test
  void theRulesAcceptDualAndExceptedLicencesAndRefuseGplOnlyAndUnknown() {
    assertEquals(null, verdict(List.of("Apache-2.0", "GNU General Public License, version 2")));
    assertEquals(null, verdict(List.of("EPL-2.0", "GPL-2.0-with-classpath-exception")));
    assertEquals(null, verdict(List.of("GNU Lesser General Public Licence")));
    assertEquals(null, verdict(List.of("GNU Lesser General Public License (LGPL), Version 2.1",
        "Mozilla Public License Version 2.0")));
    assertEquals("GPL only", verdict(List.of("GPL-3.0-only")));
    assertEquals("GPL only", verdict(List.of("GNU General Public License v3.0")));
    assertEquals("no licence", verdict(List.of()));
    assertEquals("unknown licence: Proprietary EULA",
        verdict(List.of("Proprietary EULA", "Apache-2.0")));
  }

  /** Null when the licences can be shipped, else why not. */
  static String verdict(List<String> licences) {
    if (licences.isEmpty()) {
      return "no licence";
    }
    boolean allowedOne = false;
    for (String licence : licences) {
      String name = licence.strip().toLowerCase(Locale.ROOT);
      if (ALLOWED.stream().anyMatch(p -> p.matcher(name).matches())) {
        allowedOne = true;
      } else if (!GPL.matcher(name).matches()) {
        return "unknown licence: " + licence;
      }
    }
    return allowedOne ? null : "GPL only";
  }

  /** target/bom.json, read. */
  private static JsonNode bom() throws IOException {
    // The plugin skips itself when Maven is offline (-o); CI builds online and must check.
    Assumptions.assumeTrue(Files.isRegularFile(BOM) || "true".equals(System.getenv("CI")),
        BOM + " is missing: cyclonedx-maven-plugin makes it in process-test-classes when Maven"
        + " is online (not with -o)");
    assertTrue(Files.isRegularFile(BOM), BOM + " is made by cyclonedx-maven-plugin"
        + " (process-test-classes) when Maven is online");
    return new ObjectMapper().readTree(BOM.toFile());
  }

  private static List<JsonNode> components() throws IOException {
    List<JsonNode> list = new ArrayList<>();
    bom().path("components").forEach(list::add);
    assertTrue(list.size() > 100, "components: " + list.size());
    return list;
  }

  private static String id(JsonNode component) {
    return component.path("group").asText() + ":" + component.path("name").asText() + ":"
        + component.path("version").asText();
  }

  /** The SPDX ids or names of a component's licences (an expression counts as one name). */
  private static List<String> licences(JsonNode component) {
    List<String> names = new ArrayList<>();
    for (JsonNode entry : component.path("licenses")) {
      if (entry.has("expression")) {
        names.add(entry.path("expression").asText());
      } else {
        JsonNode licence = entry.path("license");
        names.add(licence.has("id") ? licence.path("id").asText()
            : licence.path("name").asText());
      }
    }
    return names;
  }
}
