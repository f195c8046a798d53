package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/data-dictionary.md is what the code writes. Rewrite it with
 * {@code mvn test -Dtest=DataDictionaryTest -Dgolden.update=true} after adding a column; the
 * end-to-end tests check the real Parquet columns against {@link DataDictionary#columnsByTable()}.
 */
class DataDictionaryTest {
  @Test
  void committedDictionaryMatchesTheCode() throws Exception {
    Path doc = Path.of("docs/data-dictionary.md");
    if (Boolean.getBoolean("golden.update")) {
      DataDictionary.main(new String[] {doc.toString()});
    }
    assertEquals(DataDictionary.render(), Files.readString(doc, StandardCharsets.UTF_8),
        "docs/data-dictionary.md is stale: rerun with -Dgolden.update=true");
  }
}
