package vn.mocchau.analytics.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.HadoopFiles;

/** Lists what a month's delivery folder holds (feeds.md §1); reads no file content. */
public final class DeliveryScanner {
  /** Code-point order of names, as feeds.md §3 requires (String.compareTo is UTF-16 order). */
  public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  private final Path rawRoot;
  private final Configuration conf;

  public DeliveryScanner(Path rawRoot, Configuration conf) {
    this.rawRoot = rawRoot;
    this.conf = conf;
  }

  /**
   * The earliest month for which any of the given feeds has a delivery folder holding at least one
   * CSV file, or empty when there is none. Lists folders only.
   */
  public java.util.Optional<YearMonth> firstDeliveredMonth(List<String> feeds) {
    java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>();
    try {
      for (String feed : feeds) {
        Path folder = new Path(rawRoot, feed);
        for (HadoopFiles.Entry entry : HadoopFiles.list(folder, conf).orElse(List.of())) {
          if (entry.directory()) {
            try {
              months.add(YearMonth.parse(entry.name()));
            } catch (java.time.format.DateTimeParseException notAMonthFolder) {
              // Other folders are not deliveries; scan() never looks at them either.
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + rawRoot + ": " + e.getMessage(), e);
    }
    for (YearMonth month : months) {
      for (String feed : feeds) {
        if (scan(feed, month).delivered()) {
          return java.util.Optional.of(month);
        }
      }
    }
    return java.util.Optional.empty();
  }

  public Delivery scan(String feed, YearMonth month) {
    Path folder = new Path(new Path(rawRoot, feed), month.toString());
    try {
      java.util.Optional<List<HadoopFiles.Entry>> entries = HadoopFiles.list(folder, conf);
      if (entries.isEmpty()) {
        return new Delivery(feed, month.toString(), false, List.of(), List.of());
      }
      List<String> csvNames = new ArrayList<>();
      List<String> ignored = new ArrayList<>();
      List<String> links = new ArrayList<>();
      for (HadoopFiles.Entry entry : entries.get()) {
        String name = entry.name();
        String lower = name.toLowerCase(Locale.ROOT);
        if (entry.symlink()) {
          // Never followed out of the delivery folder (issue #19): its target could be any file
          // on the machine, and its first line would be echoed in messages.
          links.add(feed + "/" + month + "/" + name);
        } else if (entry.file() && (lower.endsWith(".csv") || lower.endsWith(".csv.gz"))) {
          csvNames.add(name);
        } else {
          ignored.add(feed + "/" + month + "/" + name);
        }
      }
      csvNames.sort(CODE_POINT_ORDER);
      ignored.sort(CODE_POINT_ORDER);
      List<DeliveryFile> files = new ArrayList<>();
      for (String name : csvNames) {
        files.add(new DeliveryFile(new Path(folder, name).toString(),
            feed + "/" + month + "/" + name, files.size()));
      }
      links.sort(CODE_POINT_ORDER);
      return new Delivery(feed, month.toString(), !files.isEmpty(), files, ignored, links);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
  }
}
