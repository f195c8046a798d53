package vn.mocchau.analytics.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.contract.ColumnSpec;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.Text;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/**
 * Matches a file's header to a contract's columns: canonical English or Vietnamese names,
 * case-insensitive, ignoring surrounding spaces, diacritics and '_'/space differences; any order;
 * extra columns ignored and reported (feeds.md §2).
 */
final class HeaderMapping {
  /** For each contract column, its position in the file's records, or -1 when absent. */
  final int[] positionOfColumn;
  final List<String> extraColumns = new ArrayList<>();
  final List<String> matchedColumns = new ArrayList<>();
  /** Per matched contract column, the header text as the file wrote it ("Lượt khách"). */
  final Map<String, String> headerTexts = new java.util.LinkedHashMap<>();
  final int headerWidth;

  private HeaderMapping(int columns, int headerWidth) {
    this.positionOfColumn = new int[columns];
    java.util.Arrays.fill(positionOfColumn, -1);
    this.headerWidth = headerWidth;
  }

  /** Thrown when the header cannot serve: a required column is missing or named twice. */
  static final class BadHeader extends Exception {
    final Notice reason;

    BadHeader(Reason reason, Object... args) {
      this(Notice.of(reason, args));
    }

    private BadHeader(Notice reason) {
      super(reason.en());
      this.reason = reason;
    }
  }

  static HeaderMapping of(List<String> header, List<ColumnSpec> columns) throws BadHeader {
    Map<String, Integer> columnByKey = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      for (String key : columns.get(c).headerKeys()) {
        columnByKey.put(key, c);
      }
    }
    HeaderMapping mapping = new HeaderMapping(columns.size(), header.size());
    for (int position = 0; position < header.size(); position++) {
      String cell = Text.nfc(header.get(position)).strip();
      Integer column = columnByKey.get(Text.headerKey(cell));
      if (column == null) {
        mapping.extraColumns.add(cell);
        continue;
      }
      if (mapping.positionOfColumn[column] >= 0) {
        ColumnSpec spec = columns.get(column);
        throw new BadHeader(Reason.COLUMN_TWICE, Localized.of(spec.viName(), spec.name()),
            header.get(mapping.positionOfColumn[column]).strip(), cell);
      }
      mapping.positionOfColumn[column] = position;
      mapping.matchedColumns.add(columns.get(column).name());
      mapping.headerTexts.put(columns.get(column).name(), cell);
    }
    List<String> missing = new ArrayList<>();
    List<String> missingVi = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      ColumnSpec spec = columns.get(c);
      if (spec.required() && mapping.positionOfColumn[c] < 0) {
        missing.add(spec.name() + (spec.viAliases().isEmpty() ? ""
            : " (" + String.join(" / ", spec.viAliases()) + ")"));
        missingVi.add("'" + String.join("' hoặc '", spec.viAliases().isEmpty()
            ? List.of(spec.name()) : spec.viAliases()) + "'");
      }
    }
    if (!missing.isEmpty()) {
      throw new BadHeader(Reason.MISSING_COLUMNS,
          Localized.of(String.join(", ", missingVi), String.join(", ", missing)),
          header.toString());
    }
    return mapping;
  }

  /** The record's cells in contract column order, NFC and trimmed, null when empty or absent. */
  String[] cells(List<String> fields) {
    String[] cells = new String[positionOfColumn.length];
    for (int c = 0; c < cells.length; c++) {
      int position = positionOfColumn[c];
      cells[c] = position < 0 || position >= fields.size() ? null : Text.cell(fields.get(position));
    }
    return cells;
  }
}
