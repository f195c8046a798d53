package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.testing.Fixtures;

/**
 * The rejection reasons, the row warning and the reason codes' meanings, word for word as the
 * quarantine ({@code reason_en}, {@code reason_vi}), the rejects CSVs and the docs print them.
 * golden/reason-wording.txt was written by the code before these texts moved into the catalogue
 * ({@code text/Reason}); a changed byte in any of them is a changed published file.
 */
class ReasonWordingTest {
  @Test
  void everyReasonReadsAsPublishedBeforeTheCatalogue() throws Exception {
    List<String> golden = Files.readAllLines(Fixtures.resource("golden/reason-wording.txt"));
    List<String> observed = ReasonWordingCases.observed();
    for (int i = 0; i < Math.min(golden.size(), observed.size()); i++) {
      assertEquals(golden.get(i), observed.get(i), "case " + (i + 1));
    }
    assertEquals(golden.size(), observed.size());
  }
}
