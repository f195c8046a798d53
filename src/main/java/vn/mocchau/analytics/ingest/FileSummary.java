package vn.mocchau.analytics.ingest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.contract.Notice;

/**
 * What the parser learnt from one file while emitting its rows, sent back to the driver with the
 * task: the {@link FileReport}, the row-check outcome counts, per column the rejected rows and the
 * first of them, the first row warning, and the key hashes of the accepted rows, from which the
 * driver finds the keys that repeat.
 */
public record FileSummary(FileReport report, long read, long accepted, long rejected,
    long warnings, Notice firstWarning, Map<String, Long> rejectedByColumn,
    Map<String, FeedIngest.FirstRejection> firstRejectionByColumn, long[] acceptedKeyHashes)
    implements Serializable {

  /**
   * The summary of a file parsed in parts, from its parts' summaries in part order, none failed:
   * counts added up, the first rejections and warning the earliest, key hashes in row order, the
   * byte hash from the last part (the one that read the whole file).
   */
  static FileSummary merge(List<FileSummary> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    FileReport first = parts.get(0).report();
    FileReport last = parts.get(parts.size() - 1).report();
    int blankLines = 0;
    long rowsRead = 0;
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long warnings = 0;
    Notice firstWarning = null;
    Map<String, Long> rejectedByColumn = new HashMap<>();
    Map<String, FeedIngest.FirstRejection> firstRejectionByColumn = new HashMap<>();
    for (FileSummary part : parts) {
      if (part.report().failed()) {
        throw new IllegalArgumentException("a failed part: " + part.report());
      }
      blankLines += part.report().blankLines();
      rowsRead += part.report().rowsRead();
      read += part.read();
      accepted += part.accepted();
      rejected += part.rejected();
      warnings += part.warnings();
      firstWarning = firstWarning != null ? firstWarning : part.firstWarning();
      part.rejectedByColumn().forEach((column, n) -> rejectedByColumn.merge(column, n, Long::sum));
      part.firstRejectionByColumn().forEach((column, example) -> firstRejectionByColumn.merge(
          column, example, FeedIngest.FirstRejection::earlier));
    }
    long[] keyHashes = new long[Math.toIntExact(accepted)];
    int filled = 0;
    for (FileSummary part : parts) {
      System.arraycopy(part.acceptedKeyHashes(), 0, keyHashes, filled,
          part.acceptedKeyHashes().length);
      filled += part.acceptedKeyHashes().length;
    }
    FileReport report = new FileReport(first.file(), first.order(), first.delimiter(),
        first.numberStyle(), first.matchedColumns(), first.extraColumns(), blankLines, rowsRead,
        last.sha256(), last.bytes(), null, null, first.headerTexts());
    return new FileSummary(report, read, accepted, rejected, warnings, firstWarning,
        rejectedByColumn, firstRejectionByColumn, keyHashes);
  }
}
