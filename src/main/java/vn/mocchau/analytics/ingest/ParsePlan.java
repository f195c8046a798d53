package vn.mocchau.analytics.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.HadoopFiles;

/**
 * How a delivery's files are shared among parse tasks. One task per file, unless that leaves cores
 * idle: five equal files on two cores take three rounds, the last with one core idle, and one
 * large file takes one core however many there are. Then files are cut into parts at record
 * boundaries ({@link CsvSegment}), one more part at a time, as long as each cut shortens the
 * parse by at least {@value #MIN_GAIN_PERCENT} %, by a model of the tasks run in order on the
 * cores: a task costs its part's bytes plus {@value #SKIP_COST} per byte skipped before it (a
 * later part reads the text from the file's start without parsing it). Parts are at least
 * {@code minPartBytes}: small files are never cut.
 */
final class ParsePlan {
  /** Parts smaller than this are not worth a task of their own. */
  static final long MIN_PART_BYTES = 4L << 20;
  /**
   * Cost of skipping a byte relative to parsing it: ParseBench on a 100x stays file, one thread,
   * SKIP 0.045 s against PACK 0.285 s (0.16); rounded up for the part's own bytes, which it
   * follows too, to find where it ends.
   */
  static final double SKIP_COST = 0.2;
  static final int MIN_GAIN_PERCENT = 5;

  private ParsePlan() {}

  /** One task per file, each file whole. */
  static List<FilePart> wholeFiles(List<DeliveryFile> files) {
    return files.stream().map(FilePart::whole).toList();
  }

  /**
   * The parse tasks for files whose texts have the given sizes, in file order (the order Spark
   * starts them in), each file's parts together.
   */
  static List<FilePart> parts(List<DeliveryFile> files, long[] textBytes, int cores,
      long minPartBytes) {
    int[] parts = new int[files.size()];
    Arrays.fill(parts, 1);
    double best = makespan(textBytes, parts, cores);
    while (cores > 1) {
      int cut = -1;
      double shortest = best;
      for (int f = parts.length - 1; f >= 0; f--) { // among equals, the last: small tasks last
        if (textBytes[f] / (parts[f] + 1) < minPartBytes) {
          continue;
        }
        parts[f]++;
        double m = makespan(textBytes, parts, cores);
        parts[f]--;
        if (m < shortest) {
          shortest = m;
          cut = f;
        }
      }
      if (cut < 0 || shortest > best * (100 - MIN_GAIN_PERCENT) / 100) {
        break;
      }
      parts[cut]++;
      best = shortest;
    }
    List<FilePart> plan = new ArrayList<>();
    for (int f = 0; f < parts.length; f++) {
      DeliveryFile file = files.get(f);
      if (parts[f] == 1) {
        plan.add(FilePart.whole(file));
        continue;
      }
      for (int p = 0; p < parts[f]; p++) {
        plan.add(new FilePart(file, p, parts[f], start(textBytes[f], p, parts[f]),
            p == parts[f] - 1 ? Long.MAX_VALUE : start(textBytes[f], p + 1, parts[f])));
      }
    }
    return plan;
  }

  private static long start(long bytes, int part, int count) {
    return part == 0 ? 0 : Math.max(1, bytes / count * part);
  }

  /** When the last task ends, if tasks start in order, each on the first free core. */
  static double makespan(long[] textBytes, int[] parts, int cores) {
    PriorityQueue<Double> freeAt = new PriorityQueue<>();
    for (int c = 0; c < cores; c++) {
      freeAt.add(0.0);
    }
    double end = 0;
    for (int f = 0; f < textBytes.length; f++) {
      for (int p = 0; p < parts[f]; p++) {
        double skipped = (double) textBytes[f] / parts[f] * p;
        double cost = (double) textBytes[f] / parts[f] + SKIP_COST * skipped;
        double done = freeAt.poll() + cost;
        freeAt.add(done);
        end = Math.max(end, done);
      }
    }
    return end;
  }

  /**
   * The size of a file's text: for gzip, as its trailer gives it (modulo 4 GiB, and for the last
   * member only: a wrong size only makes the parts uneven, never wrong); 0 when the file cannot
   * be read, so that it is not cut and its parse task reports why.
   */
  static long textBytes(DeliveryFile file, Configuration conf) {
    Path path = new Path(file.location());
    try {
      long length = HadoopFiles.length(path, conf);
      if (!file.gzipped() || length < 18) {
        return length;
      }
      byte[] trailer = new byte[4];
      try (org.apache.hadoop.fs.FSDataInputStream in = HadoopFiles.open(path, conf)) {
        in.readFully(length - 4, trailer);
      }
      long size = (trailer[0] & 0xFFL) | (trailer[1] & 0xFFL) << 8 | (trailer[2] & 0xFFL) << 16
          | (trailer[3] & 0xFFL) << 24;
      return Math.max(size, length);
    } catch (IOException e) {
      return 0;
    }
  }
}
