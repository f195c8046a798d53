package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.testing.Fixtures;

/**
 * Every refusal of a reference file (a bad value, a bad header, conflicting locality names), word
 * for word in both languages. golden/reference-wording.txt was written by the code before these
 * texts moved into the catalogue ({@code text/Reason}); a changed byte fails here.
 */
class ReferenceWordingTest {
  @Test
  void everyRefusalReadsAsBeforeTheCatalogue(@TempDir Path work) throws Exception {
    List<String> observed = ReferenceWordingCases.observed(work);
    if (Boolean.getBoolean("golden.update")) { // new cases: read the diff before committing it
      Files.write(Path.of("src/test/resources/golden/reference-wording.txt"), observed);
    }
    List<String> golden = Files.readAllLines(Fixtures.resource("golden/reference-wording.txt"));
    for (int i = 0; i < Math.min(golden.size(), observed.size()); i++) {
      assertEquals(golden.get(i), observed.get(i), "case " + (i + 1));
    }
    assertEquals(golden.size(), observed.size());
  }
}
