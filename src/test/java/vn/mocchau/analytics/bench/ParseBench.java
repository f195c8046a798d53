package vn.mocchau.analytics.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.ingest.DeliveryFile;
import vn.mocchau.analytics.ingest.DeliveryScanner;
import vn.mocchau.analytics.ingest.IngestProbe;
import vn.mocchau.analytics.ingest.ReferenceLoader;

/**
 * Where a parse task's time goes (not a test): the first stays file of a month, in one thread
 * and without Spark, run through each step of the parse (inflate, decode, CSV records, checked
 * rows, compact rows, packed chunks), each step including the ones before; and what skipping the
 * whole text costs a later part of a cut file (inflate and follow the records). Prints the median
 * seconds per step over RUNS runs, after two warm-up runs.
 *
 * <p>Usage: ParseBench RAW_DIR YYYY-MM RUNS [STEP]
 */
public final class ParseBench {
  private ParseBench() {}

  public static void main(String[] args) throws Exception {
    Path raw = new Path(new java.io.File(args[0]).getAbsoluteFile().toURI());
    YearMonth month = YearMonth.parse(args[1]);
    int runs = Integer.parseInt(args[2]);
    Configuration conf = new Configuration();
    ReferenceData reference = new ReferenceLoader(raw, conf).load();
    DeliveryFile file = new DeliveryScanner(raw, conf).scan(Feed.STAYS.folder(), month).files()
        .get(0);
    List<IngestProbe.Step> steps = args.length > 3
        ? List.of(IngestProbe.Step.valueOf(args[3].toUpperCase(Locale.ROOT)))
        : List.of(IngestProbe.Step.values());
    for (IngestProbe.Step step : steps) {
      List<Double> seconds = new ArrayList<>();
      for (int run = 0; run < runs + 2; run++) {
        long t0 = System.nanoTime();
        IngestProbe.run(step, Feed.STAYS.contract(), reference, month, file);
        if (run >= 2) {
          seconds.add((System.nanoTime() - t0) / 1e9);
        }
      }
      seconds.sort(Double::compare);
      System.out.printf(Locale.ROOT, "PARSE\t%s\t%s\tmedian %.3f s\t%s%n", file.name(), step,
          seconds.get(seconds.size() / 2), seconds.stream()
              .map(s -> String.format(Locale.ROOT, "%.3f", s)).toList());
    }
  }
}
