package vn.mocchau.analytics.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.config.SparkSessions;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.ingest.ReferenceDataException;
import vn.mocchau.analytics.ingest.ReferenceLoader;
import vn.mocchau.analytics.io.HadoopFiles;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;

/**
 * jobs/template indicator_values YEAR: the form the offices fill in with a year's indicator
 * values (programme.md §1). One row per indicator of the registry (targets.csv), in the order of
 * the congress report (group, then the registry's order, which is the report's numbering), with
 * the indicator's id, its code and name, unit, scope and the year already written; value,
 * status, source and note are left for the office. The five indicators the monthly feeds measure
 * are on it too: their official annual figures are what the reconciliation (§4) compares with.
 *
 * <p>The file is what Excel in a Vietnamese locale opens in columns: UTF-8 with a byte-order mark,
 * {@code ;} between cells, CRLF line ends. In Vietnamese the header uses §1's Vietnamese names,
 * plus the two informational columns the contract accepts and ignores ({@code tên chỉ tiêu},
 * {@code đơn vị tính}); with {@code --lang en} the contract's own column names. An .xlsx form waits
 * for the exports issue (#17).
 */
final class TemplateJob {
  static final String FEED = "indicator_values";

  /** A column of the form: the contract's name and the Vietnamese header name of §1. */
  record Column(String code, String vi) {
    String name(Language lang) {
      return lang.pick(vi, code);
    }
  }

  /** §1's columns, with the informational name and unit after the id, as a form reads best. */
  static final List<Column> COLUMNS = List.of(
      new Column("indicator_id", "mã chỉ tiêu"),
      new Column("indicator_name", "tên chỉ tiêu"),
      new Column("unit", "đơn vị tính"),
      new Column("scope", "phạm vi"),
      new Column("period", "kỳ"),
      new Column("value", "giá trị"),
      new Column("status", "tình trạng"),
      new Column("source", "nguồn"),
      new Column("note", "ghi chú"));

  private TemplateJob() {}

  static ExitCode run(String raw, String out, int year, Console console) {
    Configuration conf = SparkSessions.hadoopConfigurationWithoutSpark(java.util.Map.of());
    List<Target> targets;
    try {
      targets = new ReferenceLoader(new Path(raw), conf).targets();
    } catch (ReferenceDataException e) {
      console.line(e.text(console.lang()));
      return ExitCode.BAD_REFERENCE;
    }
    if (targets.isEmpty()) {
      console.say(Msg.TEMPLATE_NO_INDICATOR, raw);
      return ExitCode.BAD_REFERENCE;
    }
    List<List<String>> rows = rows(targets, year, console.lang());
    Path file = new Path(new Path(out), OutputLayout.template(FEED, year));
    try {
      HadoopFiles.replaceAtomically(file, csv(header(console.lang()), rows), conf);
    } catch (UncheckedIOException e) {
      console.say(Msg.CANNOT_RUN, e.getMessage());
      return ExitCode.INTERNAL_ERROR;
    }
    console.say(Msg.TEMPLATE_WRITTEN, year, rows.size(), file);
    return ExitCode.OK;
  }

  static List<String> header(Language lang) {
    return COLUMNS.stream().map(c -> c.name(lang)).toList();
  }

  /**
   * One row per indicator: id, "code name", unit as the language writes it, scope (in Vietnamese
   * words on the Vietnamese form, which the contract reads back as the same scope), the year, and
   * four empty cells. Groups in the report's order; within a group the registry's order.
   */
  static List<List<String>> rows(Collection<Target> targets, int year, Language lang) {
    List<Target> ordered = new ArrayList<>(targets);
    ordered.sort(Comparator.comparingInt(TemplateJob::groupRank)); // stable: registry order kept
    List<List<String>> rows = new ArrayList<>();
    for (Target t : ordered) {
      String name = lang.pick(t.nameVi(), t.nameEn());
      rows.add(List.of(t.indicatorId(), t.code() == null ? name : t.code() + " " + name,
          unit(t.unit(), lang), lang == Language.VI
              ? vn.mocchau.analytics.contract.IndicatorValuesContract.scopeInVietnamese(t.scope())
              : t.scope(), String.valueOf(year), "", "", "", ""));
    }
    return rows;
  }

  private static int groupRank(Target t) {
    int rank = t.group() == null ? -1 : Target.GROUPS.indexOf(t.group());
    return rank < 0 ? Target.GROUPS.size() : rank;
  }

  /** The unit as the office reads it; a share says how to write it (programme.md §1). */
  static String unit(String unit, Language lang) {
    return "fraction".equals(unit) ? Msg.TEMPLATE_UNIT_SHARE.format(lang) : lang.unit(unit);
  }

  /** UTF-8 with a byte-order mark, ';' between cells, CRLF: Excel in Vietnamese opens it so. */
  static byte[] csv(List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';')
            .setRecordSeparator("\r\n").get())) {
      writer.write('\uFEFF');
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
