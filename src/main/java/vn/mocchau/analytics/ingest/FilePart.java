package vn.mocchau.analytics.ingest;

import java.io.Serializable;

/**
 * What one parse task reads: a delivered file, or part {@code index} of {@code count} of it, the
 * records that begin in bytes [start, end) of its text (after gzip), cut at record boundaries
 * ({@link CsvSegment}).
 */
public record FilePart(DeliveryFile file, int index, int count, long start, long end)
    implements Serializable {

  public static FilePart whole(DeliveryFile file) {
    return new FilePart(file, 0, 1, 0, Long.MAX_VALUE);
  }

  public boolean isWhole() {
    return count == 1;
  }

  /** The part that reads the file to its end (and so can hash all of it). */
  public boolean isLast() {
    return index == count - 1;
  }
}
