package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reason code the quarantine can carry is explained where people look for it: the contract
 * decisions (data team) and the officers' guide's table of reasons (the data dictionary is
 * generated from {@link ReasonCode} and checked by DataDictionaryTest).
 */
class ReasonCodeDocsTest {
  @Test
  void everyCodeIsInTheContractDecisionsAndTheGuide() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String doc : List.of("docs/contract.md", "docs/huong-dan.md")) {
      String text = Files.readString(Path.of(doc), StandardCharsets.UTF_8);
      for (String code : ReasonCode.ALL.keySet()) {
        if (!text.contains("| `" + code + "` |")) {
          missing.add(doc + ": " + code);
        }
      }
    }
    assertTrue(missing.isEmpty(), "reason codes not documented: " + missing);
  }
}
