package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/contract-columns.md is what the contract classes say. Rewrite it with
 * {@code mvn test -Dtest=ContractDocsTest -Dgolden.update=true} after changing a contract.
 */
class ContractDocsTest {
  @Test
  void committedColumnDocsMatchTheContractClasses() throws Exception {
    Path doc = Path.of("docs/contract-columns.md");
    if (Boolean.getBoolean("golden.update")) {
      ContractDocs.main(new String[] {doc.toString()});
    }
    assertEquals(ContractDocs.render(), Files.readString(doc, StandardCharsets.UTF_8),
        "docs/contract-columns.md is stale: rerun with -Dgolden.update=true");
  }
}
