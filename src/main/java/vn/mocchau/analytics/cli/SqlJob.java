package vn.mocchau.analytics.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.HadoopFiles;
import vn.mocchau.analytics.io.OutputLayout;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.io.CsvExport;
import vn.mocchau.analytics.text.Msg;

/**
 * jobs/sql: Spark SQL over the published outputs. Every curated table is registered under its
 * feed's name ({@code stays}, ...), every quarantine table as {@code quarantine_<feed>} and every
 * mart under its own name ({@code tourism_monthly}, ...). One query from the command line, or an
 * interactive prompt when none is given. Read-only ({@link ReadOnlySql}): only queries over those
 * tables run; it takes no lock and writes only where {@code --output} says, never inside the
 * output folder.
 */
final class SqlJob {
  enum Format { TABLE, CSV, PARQUET }

  /** Rows printed in table format before the output is cut (use csv or parquet for more). */
  static final int MAX_TABLE_ROWS = 1000;

  private final SparkSession spark;
  private final PrintStream out;
  private final Console console;
  private final Map<String, String> tables;
  private final ReadOnlySql readOnly;

  private SqlJob(SparkSession spark, Map<String, String> tables, Console console) {
    this.spark = spark;
    this.tables = tables;
    this.readOnly = new ReadOnlySql(tables.keySet());
    this.console = console;
    this.out = System.out;
  }

  /** Table name to location, for every published table under the output folder. */
  static Map<String, String> publishedTables(Path outRoot, Configuration conf) throws IOException {
    Map<String, String> tables = new TreeMap<>();
    for (Feed feed : Feed.registered()) {
      Path curated = new Path(outRoot, OutputLayout.curated(feed.folder()));
      if (hasParquet(curated, conf)) {
        tables.put(feed.folder(), curated.toString());
      }
      Path quarantine = new Path(outRoot, OutputLayout.quarantine(feed.folder()));
      if (hasParquet(quarantine, conf)) {
        tables.put("quarantine_" + feed.folder(), quarantine.toString());
      }
    }
    Path marts = new Path(outRoot, OutputLayout.MARTS_FOLDER);
    for (HadoopFiles.Entry mart : HadoopFiles.list(marts, conf).orElse(List.of())) {
      String name = mart.name();
      Path folder = new Path(marts, name);
      if (mart.directory() && !name.startsWith("_") && !name.startsWith(".")
          && hasParquet(folder, conf)) {
        tables.put(name, folder.toString());
      }
    }
    return tables;
  }

  /**
   * Whether {@code output} is the output folder {@code out} or inside it: jobs/sql never writes
   * into the published layout (a fake partition would be read as published data). Local paths
   * are compared absolute and normalised, through the real path of what exists (a symbolic link
   * to the output folder is the output folder); other file systems by their URI.
   */
  static boolean inside(String output, String out) {
    java.net.URI o = new Path(output).toUri();
    java.net.URI root = new Path(out).toUri();
    if (o.getScheme() == null || "file".equals(o.getScheme())) {
      if (root.getScheme() != null && !"file".equals(root.getScheme())) {
        return false;
      }
      return real(java.nio.file.Path.of(o.getPath())).startsWith(
          real(java.nio.file.Path.of(root.getPath())));
    }
    String a = o.normalize().toString();
    String b = root.normalize().toString();
    return a.equals(b) || a.startsWith(b.endsWith("/") ? b : b + "/");
  }

  /** The real path of the longest part of {@code path} that exists, with the rest appended. */
  private static java.nio.file.Path real(java.nio.file.Path path) {
    java.nio.file.Path absolute = path.toAbsolutePath().normalize();
    java.nio.file.Path existing = absolute;
    while (existing != null && !java.nio.file.Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  private static boolean hasParquet(Path folder, Configuration conf) throws IOException {
    return HadoopFiles.present(folder, conf)
        && HadoopFiles.holdsFileEndingWith(folder, ".parquet", conf);
  }

  static int run(SparkSession spark, Map<String, String> tables, String query, Format format,
      String output, Console console) {
    // indicator_values rows have their own period: read without partition discovery, the
    // delivery month as `delivered` (CuratedTables.deliveries).
    tables.forEach((name, location) ->
        (name.equals(Feed.INDICATOR_VALUES.folder())
            ? vn.mocchau.analytics.curate.CuratedTables.deliveries(spark, location)
            : spark.read().option("pathGlobFilter", "*.parquet").parquet(location))
            .createOrReplaceTempView(name));
    SqlJob job = new SqlJob(spark, tables, console);
    if (query == null) {
      return job.interactive(format);
    }
    // The prompt's commands work as the query argument too: jobs/sql "\d", jobs/sql "\d stays".
    String command = query.trim();
    if (command.equals("\\q")) {
      return ExitCode.OK.code();
    }
    if (command.equals("\\d") || command.equals("\\dt")) {
      job.listTables();
      return ExitCode.OK.code();
    }
    if (command.startsWith("\\d ")) {
      return job.describe(command.substring(3).trim()) ? ExitCode.OK.code() : ExitCode.USAGE.code();
    }
    return job.execute(query, format, output);
  }

  private void listTables() {
    tables.forEach((name, location) -> out.println(name + "  " + location));
  }

  private int execute(String query, Format format, String output) {
    try {
      readOnly.check(spark, query);
    } catch (ReadOnlySql.Refused refused) {
      console.say(Msg.SQL_REFUSED, refused.notice().text(console.lang()));
      return ExitCode.USAGE.code();
    }
    try {
      Dataset<Row> result = spark.sql(query);
      switch (format) {
        case TABLE -> printTable(result);
        case CSV -> writeCsv(result, output);
        case PARQUET -> {
          result.coalesce(1).write().mode("errorifexists").parquet(output);
          console.say(Msg.SQL_WROTE, output);
        }
        default -> throw new IllegalStateException(format.toString());
      }
    } catch (Exception e) {
      // Spark's own errors: syntax, unknown table or column, ANSI arithmetic or casts, an
      // existing --output folder. Anything else is an internal error.
      if (!(e instanceof SparkThrowable)) {
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
      }
      console.say(Msg.SQL_ERROR, Console.cause(e));
      return ExitCode.USAGE.code();
    }
    return ExitCode.OK.code();
  }

  private int interactive(Format format) {
    console.say(Msg.SQL_WELCOME, String.join(", ", tables.keySet()));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    StringBuilder statement = new StringBuilder();
    try {
      while (true) {
        out.print(statement.length() == 0 ? "sql> " : "...> ");
        out.flush();
        String line = in.readLine();
        if (line == null) {
          out.println();
          return ExitCode.OK.code();
        }
        String trimmed = line.trim();
        if (statement.length() == 0) {
          if (trimmed.isEmpty()) {
            continue;
          }
          if (List.of("\\q", "quit", "exit", "quit;", "exit;").contains(trimmed)) {
            return ExitCode.OK.code();
          }
          if (trimmed.equals("\\d") || trimmed.equals("\\dt")) {
            listTables();
            continue;
          }
          if (trimmed.startsWith("\\d ")) {
            describe(trimmed.substring(3).trim());
            continue;
          }
        }
        statement.append(line).append('\n');
        if (trimmed.endsWith(";")) {
          String sql = statement.toString().trim();
          statement.setLength(0);
          execute(sql.substring(0, sql.length() - 1), format == Format.PARQUET ? Format.TABLE
              : format, null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lists a table's columns; false (and the tables there are) when there is no such table. */
  private boolean describe(String table) {
    if (!tables.containsKey(table)) {
      console.say(Msg.SQL_NO_TABLE, table, String.join(", ", tables.keySet()));
      return false;
    }
    for (StructField field : spark.table(table).schema().fields()) {
      out.println(String.format(Locale.ROOT, "  %-28s %s", field.name(),
          field.dataType().simpleString()));
    }
    return true;
  }

  private void printTable(Dataset<Row> result) {
    String[] names = result.columns();
    List<Row> rows = result.limit(MAX_TABLE_ROWS + 1).collectAsList();
    List<String[]> cells = new ArrayList<>();
    int[] widths = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      widths[i] = names[i].length();
    }
    for (Row row : rows.subList(0, Math.min(rows.size(), MAX_TABLE_ROWS))) {
      String[] line = new String[names.length];
      for (int i = 0; i < names.length; i++) {
        line[i] = text(row.get(i));
        widths[i] = Math.min(60, Math.max(widths[i], line[i].codePointCount(0,
            line[i].length())));
      }
      cells.add(line);
    }
    out.println(join(names, widths));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (String[] line : cells) {
      out.println(join(line, widths));
    }
    if (rows.size() > MAX_TABLE_ROWS) {
      console.say(Msg.SQL_CUT, MAX_TABLE_ROWS);
    } else {
      console.say(Msg.SQL_ROWS, rows.size());
    }
  }

  private static String join(String[] values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      String value = values[i];
      int length = value.codePointCount(0, value.length());
      if (length > widths[i]) {
        value = value.substring(0, value.offsetByCodePoints(0, widths[i] - 1)) + "…";
        length = widths[i];
      }
      line.append(i == 0 ? "" : " | ").append(value).append(" ".repeat(widths[i] - length));
    }
    return line.toString().stripTrailing();
  }

  private static String text(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }

  /** CSV to a file (UTF-8 with BOM, formula-safe, like exports/) or to the console (no BOM). */
  private void writeCsv(Dataset<Row> result, String output) {
    List<String> header = List.of(result.columns());
    Iterator<Row> rows = result.toLocalIterator();
    Iterator<List<Object>> cells = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public List<Object> next() {
        Row row = rows.next();
        List<Object> values = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
          values.add(row.get(i));
        }
        return values;
      }
    };
    try {
      if (output == null) {
        CsvExport.writeWithoutBom(out, header, cells);
        out.flush();
      } else {
        Path path = new Path(output);
        try (OutputStream stream = HadoopFiles.createNew(path,
            spark.sparkContext().hadoopConfiguration())) {
          CsvExport.write(stream, header, cells);
        }
        console.say(Msg.SQL_WROTE, output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + output + ": " + e.getMessage(), e);
    }
  }
}
