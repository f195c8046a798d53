package vn.mocchau.analytics.marts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.CsvExport;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.io.ParquetTables.Column;
import vn.mocchau.analytics.io.XlsxExport;
import vn.mocchau.analytics.io.XlsxExport.Value;
import vn.mocchau.analytics.text.CodeWord;
import vn.mocchau.analytics.text.ColumnTitle;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Word;

/**
 * A mart as an Excel workbook for officers (exports/&lt;mart&gt;.xlsx): the rows of the CSV export,
 * in the same order and columns, as typed cells — counts and đồng as numbers with thousands
 * separators, shares as percentages, years without separators, months as dates shown "10/2026",
 * codes and ids as text ("03979" stays "03979"), a mart's codes in words ("Đúng lộ trình",
 * "Mộc Châu (huyện cũ)"), headers in the run's language — and a notes sheet: the table, the
 * source, the as-of month, whether the data are the synthetic sample, and each column's meaning.
 *
 * <p>Numbers keep the exports' rounding ({@link CsvExport#rounded}): a double to 6 decimals.
 * A value "in the indicator's unit" shows as a percentage when that unit is a fraction (the
 * indicator's unit comes from the row's {@code unit} column, or from targets.csv by indicator id).
 */
public final class MartWorkbook {
  /** How the run labels its workbooks: their language, and whether the data are the sample. */
  public record Labels(Language lang, boolean syntheticSample) {}

  static final String WHOLE = "#,##0";
  static final String YEAR = "0";
  static final String DECIMALS = "#,##0.00";
  static final String PERCENT = "0.0%";
  static final String PERCENT_A_YEAR = "0.00%";

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  /** Integer columns that are years, months or line numbers: no thousands separator. */
  private static final Set<String> PLAIN_INTEGERS = Set.of("year", "month", "baseline_year",
      "target_year", "latest_year", "term_start", "source_line");
  /** Text columns that hold a code the catalogue has a word for. */
  private static final Set<String> CODED = Set.of("status", "x_status", "official_status",
      "baseline_source", "kind", "basis", "path", "direction", "frequency", "source_feed",
      "locality_code");

  private final Labels labels;
  private final Map<String, String> indicatorUnits;

  /** @param indicatorUnits each indicator's unit (targets.csv), for marts without a unit column */
  public MartWorkbook(Labels labels, Map<String, String> indicatorUnits) {
    this.labels = labels;
    this.indicatorUnits = Map.copyOf(indicatorUnits);
  }

  /** Writes the mart's workbook into {@code file}. */
  public <R extends Record> void write(Path file, Configuration conf, MartTable<R> table,
      List<R> rows, YearMonth asOf) {
    XlsxExport.write(file, conf, table(table, rows), Word.SHEET_NOTES.format(labels.lang()),
        notes(table, rows.size(), asOf));
  }

  /** The data sheet: headers in the run's language, one list of cells per row. */
  <R extends Record> XlsxExport.Table table(MartTable<R> table, List<R> rows) {
    Language lang = labels.lang();
    List<Column> columns = table.columns();
    List<String> header = columns.stream().map(c -> title(c.name())).toList();
    return new XlsxExport.Table(Word.SHEET_DATA.format(lang),
        Word.SHEET_DATA_MORE.in(lang), header, rows.stream().map(r -> {
          Object[] values = table.values(r);
          List<Value> cells = new ArrayList<>(values.length);
          for (int i = 0; i < values.length; i++) {
            cells.add(cell(columns, i, values));
          }
          return cells;
        }).iterator());
  }

  /** The notes sheet's lines: what the table is, where from, as of when; then every column. */
  <R extends Record> List<List<String>> notes(MartTable<R> table, int rows, YearMonth asOf) {
    Language lang = labels.lang();
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of(martTitle(table.name())));
    lines.add(List.of(Word.NOTES_TABLE.format(lang), martTitle(table.name()) + " (marts/"
        + table.name() + ")"));
    lines.add(List.of(Word.NOTES_SOURCE.format(lang), Word.NOTES_SOURCE_TEXT.format(lang,
        table.name(), OutputLayout.martExport(table.name()))));
    lines.add(List.of(Word.NOTES_AS_OF.format(lang), lang.month(asOf)));
    lines.add(List.of(Word.NOTES_DATA.format(lang), (labels.syntheticSample()
        ? Word.NOTES_SYNTHETIC : Word.NOTES_DELIVERED).format(lang)));
    lines.add(List.of(Word.NOTES_ROWS.format(lang), lang.number(rows, 0)));
    lines.add(List.of(Word.NOTES_CELLS.format(lang), Word.NOTES_CELLS_TEXT.format(lang)));
    lines.add(List.of());
    lines.add(List.of(Word.NOTES_COLUMN.format(lang), Word.NOTES_COLUMN_NAME.format(lang),
        Word.NOTES_MEANING.format(lang)));
    for (Column column : table.columns()) {
      ColumnTitle title = ColumnTitle.of(column.name());
      String meaning = lang == Language.VI && title != null ? title.meaningVi()
          : column.meaning();
      lines.add(Arrays.asList(title(column.name()), column.name(), meaning));
    }
    return lines;
  }

  /** The mart's name in words ("Tiến độ thực hiện mục tiêu"). */
  String martTitle(String mart) {
    return Word.valueOf("MART_" + mart.toUpperCase(Locale.ROOT)).format(labels.lang());
  }

  private String title(String column) {
    ColumnTitle title = ColumnTitle.of(column);
    if (title == null) {
      throw new IllegalStateException("Cannot head column " + column
          + ": add it to text/ColumnTitle");
    }
    return title.format(labels.lang());
  }

  /** One value as a typed cell with its display format. */
  private Value cell(List<Column> columns, int i, Object[] row) {
    Column column = columns.get(i);
    Object value = row[i];
    if (value == null) {
      return null;
    }
    Language lang = labels.lang();
    return switch (column.type()) {
      case BOOLEAN -> Value.text((Boolean) value ? CodeWord.YES.format(lang)
          : CodeWord.NO.format(lang));
      case INT, LONG -> new Value(value, PLAIN_INTEGERS.contains(column.name()) ? YEAR : WHOLE);
      case DECIMAL, DOUBLE -> new Value(CsvExport.rounded(value), numberFormat(columns, column,
          row));
      case STRING -> text(column, (String) value);
    };
  }

  private Value text(Column column, String value) {
    Language lang = labels.lang();
    if ("yyyy-MM".equals(column.unit()) && MONTH.matcher(value).matches()) {
      // A real date, so that Excel sorts months and its filter groups them by year.
      return new Value(YearMonth.parse(value).atDay(1), lang == Language.VI ? "mm/yyyy"
          : "yyyy-mm");
    }
    return Value.text(switch (column.name()) {
      case "scope" -> scope(value);
      case "feed" -> feed(value);
      case "feeds_delivered" -> String.join(", ", Arrays.stream(value.split(","))
          .map(String::trim).map(this::feed).toList());
      case "unit" -> lang.unit(value);
      default -> CODED.contains(column.name()) ? code(value) : value;
    });
  }

  /** "tourism_area" → "Khu du lịch quốc gia Mộc Châu"; "former_district:Vân Hồ" → "Vân Hồ (huyện cũ)". */
  String scope(String scope) {
    if (scope.startsWith(TourismMarts.FORMER_DISTRICT)) {
      return CodeWord.FORMER_DISTRICT.format(labels.lang(),
          scope.substring(TourismMarts.FORMER_DISTRICT.length()));
    }
    return code(scope);
  }

  private String feed(String feed) {
    Word word = Word.of("feed_" + feed);
    return word == null ? feed : word.format(labels.lang());
  }

  /** A code in words when the catalogue has them (a target's status is a report Word). */
  private String code(String code) {
    CodeWord word = CodeWord.of(code.toLowerCase(Locale.ROOT));
    if (word != null) {
      return word.format(labels.lang());
    }
    Word reportWord = Word.of(code);
    return reportWord == null ? code : reportWord.format(labels.lang());
  }

  /** How a number column shows, from its unit (and, for indicator values, the row's unit). */
  private String numberFormat(List<Column> columns, Column column, Object[] row) {
    String unit = column.unit();
    return switch (unit) {
      case "VND" -> WHOLE;
      case "fraction", "ratio" -> PERCENT;
      case "fraction/year" -> "linear".equals(value(columns, row, "path"))
          ? indicatorFormat(row, columns) : PERCENT_A_YEAR;
      case "indicator unit", "indicator unit per month" -> indicatorFormat(row, columns);
      case "unit" -> unitFormat(String.valueOf(value(columns, row, "unit")));
      default -> DECIMALS;
    };
  }

  private String indicatorFormat(Object[] row, List<Column> columns) {
    Object unit = value(columns, row, "unit");
    if (unit == null) {
      unit = indicatorUnits.get(String.valueOf(value(columns, row, "indicator_id")));
    }
    return unitFormat(unit == null ? "" : unit.toString());
  }

  /** A value in a unit of targets.csv or planning_requirements. */
  static String unitFormat(String unit) {
    if (unit.equals("fraction")) {
      return PERCENT;
    }
    if (unit.equals("fraction/year")) {
      return PERCENT_A_YEAR;
    }
    if (unit.equals("yes_no")) {
      return YEAR;
    }
    if (unit.startsWith("visits") || unit.startsWith("beds") || unit.startsWith("tonnes")
        || unit.equals("ha") || unit.startsWith("ha/")) {
      return WHOLE;
    }
    return DECIMALS;
  }

  private static Object value(List<Column> columns, Object[] row, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return row[i];
      }
    }
    return null;
  }

  /**
   * Whether the raw folder holds the synthetic sample: its README.md says SYNTHETIC, as the
   * committed sample's does (jobs/generate-sample). An office's own raw folder has no such line.
   */
  public static boolean syntheticSample(Path raw, Configuration conf) {
    Path readme = new Path(raw, "README.md");
    try {
      FileSystem fs = readme.getFileSystem(conf);
      if (!fs.exists(readme)) {
        return false;
      }
      try (InputStream in = fs.open(readme)) {
        return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8).contains("SYNTHETIC");
      }
    } catch (IOException e) {
      return false;
    }
  }
}
