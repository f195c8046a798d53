package vn.mocchau.analytics.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes docs/contract-columns.md from the contract classes, so the documented columns, Vietnamese
 * header names and enumeration aliases are the ones the code accepts. ContractDocsTest fails when
 * the committed file differs; regenerate with {@code mvn test -Dtest=ContractDocsTest -Dgolden.update=true}.
 */
public final class ContractDocs {
  private ContractDocs() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/contract-columns.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, render(), StandardCharsets.UTF_8);
  }

  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Feed columns as the pipeline accepts them\n\n")
        .append("Generated from the contract classes in `src/main/java/vn/mocchau/analytics/")
        .append("contract/` by `ContractDocs`; do not edit by hand (a test compares them).\n")
        .append("Header names match case-insensitively, ignoring surrounding spaces, diacritics and")
        .append(" `_`/space differences. \"In header\" = the file is rejected without the column.\n");
    for (Feed feed : Feed.registered()) {
      FeedContract contract = feed.contract();
      md.append("\n## ").append(contract.feed()).append("\n\n");
      table(md, contract.columns());
      md.append("\nKey for duplicates and conflicts: (")
          .append(String.join(", ", contract.keyColumns()))
          .append(contract.keyedByReportingUnit() ? ", reporting unit" : "")
          .append("); compared values: ").append(String.join(", ", contract.valueColumns()))
          .append("; policy: `").append(contract.duplicatePolicy()).append("`.\n")
          .append("Delivery due: ").append(contract.deliveryCalendar().description().en())
          .append(" (").append(contract.deliveryCalendar().description().vi()).append(").\n");
    }
    md.append("\n## Reason codes\n\nEvery rejected or duplicate row carries one in the")
        .append(" quarantine's `reason_code` column.\n\n")
        .append("| code | meaning | ý nghĩa |\n|---|---|---|\n");
    ReasonCode.ALL.forEach((code, meaning) -> md.append("| `").append(code).append("` | ")
        .append(meaning.en()).append(" | ").append(meaning.vi()).append(" |\n"));
    md.append("\n## Enumerations\n\n| enumeration | value | aliases |\n|---|---|---|\n");
    for (Enumeration e : List.of(VisitorCountsContract.ORIGIN, RevenueContract.SECTOR,
        RevenueContract.UNIT, BiomassCornContract.SEASON, ReferenceContracts.ESTABLISHMENT_TYPE,
        ReferenceContracts.UNIT_TYPE, ReferenceContracts.TARGET_KIND,
        ReferenceContracts.TARGET_BASIS)) {
      for (Map.Entry<String, List<String>> value : e.values().entrySet()) {
        md.append("| ").append(e.name()).append(" | `").append(value.getKey()).append("` | ")
            .append(String.join(" · ", value.getValue())).append(" |\n");
      }
    }
    md.append("\n## Reference files\n");
    Map<String, List<ColumnSpec>> reference = new java.util.LinkedHashMap<>();
    reference.put("localities.csv", ReferenceContracts.LOCALITIES);
    reference.put("locality_aliases.csv", ReferenceContracts.LOCALITY_ALIASES);
    reference.put("establishments.csv", ReferenceContracts.ESTABLISHMENTS);
    reference.put("targets.csv", ReferenceContracts.TARGETS);
    reference.put(PlanningParameters.FILE, ReferenceContracts.PLANNING_PARAMETERS);
    reference.forEach((name, columns) -> {
      md.append("\n### ").append(name).append("\n\n");
      table(md, columns);
    });
    return md.toString();
  }

  private static void table(StringBuilder md, List<ColumnSpec> columns) {
    md.append("| column | Vietnamese names | type | rule | in header |\n|---|---|---|---|---|\n");
    for (ColumnSpec column : columns) {
      md.append("| `").append(column.name()).append("` | ")
          .append(String.join(" · ", column.viAliases())).append(" | ").append(column.type())
          .append(" | ").append(column.rule().replace("|", "\\|")).append(" | ")
          .append(column.required() ? "required" : "optional").append(" |\n");
    }
  }
}
