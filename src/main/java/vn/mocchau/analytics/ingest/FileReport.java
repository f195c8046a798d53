package vn.mocchau.analytics.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.contract.Notice;

/**
 * What reading one file showed, apart from its rows: the delimiter, the decimal style, the columns
 * matched and ignored (with {@code headerTexts}: per matched column, its header as the file wrote
 * it, so that messages name columns in the officer's words), and, when the file as a whole is
 * unusable, why (feeds.md §6).
 */
public record FileReport(String file, int order, String delimiter, String numberStyle,
    List<String> matchedColumns, List<String> extraColumns, int blankLines, long rowsRead,
    String sha256, long bytes, String errorEn, String errorVi, Map<String, String> headerTexts)
    implements Serializable {

  public boolean failed() {
    return errorEn != null;
  }

  /** A file that cannot be read, with why in both languages. */
  static FileReport failure(DeliveryFile file, long rowsRead, Notice error) {
    return failure(file, rowsRead, error.en(), error.vi());
  }

  static FileReport failure(DeliveryFile file, long rowsRead, String errorEn, String errorVi) {
    return new FileReport(file.name(), file.order(), null, null, List.of(), List.of(), 0, rowsRead,
        null, 0, errorEn, errorVi, Map.of());
  }
}
