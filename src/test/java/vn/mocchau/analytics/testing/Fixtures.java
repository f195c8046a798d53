package vn.mocchau.analytics.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.NumberStyle;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.RowContext;
import vn.mocchau.analytics.ingest.ReferenceLoader;

/** Test fixtures: the reference registries under src/test/resources/fixtures/reference. */
public final class Fixtures {
  private static ReferenceData reference;

  private Fixtures() {}

  public static Path resource(String relative) {
    try {
      return Path.of(Fixtures.class.getResource("/" + relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("Cannot find test resource " + relative, e);
    }
  }

  /** The fixture folder that plays data-raw (it holds reference/). */
  public static Path fixtureRaw() {
    return resource("fixtures");
  }

  public static synchronized ReferenceData reference() {
    if (reference == null) {
      reference = new ReferenceLoader(new org.apache.hadoop.fs.Path(fixtureRaw().toUri()),
          new Configuration()).load();
    }
    return reference;
  }

  public static RowContext context(String month) {
    return context(month, NumberStyle.VIETNAMESE, new ArrayList<>());
  }

  public static RowContext context(String month, NumberStyle style, List<Notice> warnings) {
    return new RowContext(YearMonth.parse(month), reference(), style, warnings);
  }
}
