package vn.mocchau.analytics.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Do two output folders publish the same content? For a refactoring that must change nothing
 * (issue #14): every Parquet table read by DuckDB, an engine independent of Spark, with
 * {@code ORDER BY ALL} (file layout and row order aside, names, types and values compared); every
 * CSV, SVG, HTML, Markdown, text and JSON file byte for byte; every PDF by its text
 * ({@code pdftotext -layout}; its bytes hold a creation date). {@code runs/} (ids, timings) and the
 * folders of an unfinished run are left out. Run it with {@code bench/compare-outputs.sh A B}.
 */
public final class CompareOutputs {
  private CompareOutputs() {}

  private static final List<String> BYTE_FOR_BYTE = List.of(".csv", ".svg", ".html", ".md",
      ".txt", ".json");

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: bench/compare-outputs.sh OUT_A OUT_B");
      System.exit(2);
    }
    Result result = compare(Path.of(args[0]), Path.of(args[1]));
    result.differences().forEach(System.out::println);
    System.out.println(result.tables() + " tables and " + result.files() + " files compared, "
        + result.differences().size() + " differ");
    System.exit(result.differences().isEmpty() ? 0 : 1);
  }

  /** What differs, one line each, and how many tables and files were compared. */
  public record Result(List<String> differences, int tables, int files) {}

  public static Result compare(Path a, Path b) throws IOException {
    List<String> found = new ArrayList<>();
    Set<Path> tables = new TreeSet<>();
    Set<Path> files = new TreeSet<>();
    for (Path root : List.of(a, b)) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).map(root::relativize).filter(CompareOutputs::published)
            .forEach(p -> {
              String name = p.getFileName().toString();
              if (name.endsWith(".parquet")) {
                tables.add(p.getParent());
              } else if (name.endsWith(".pdf")
                  || BYTE_FOR_BYTE.stream().anyMatch(name::endsWith)) {
                files.add(p);
              }
            });
      }
    }
    for (Path table : tables) {
      String rowsA = rows(a.resolve(table));
      String rowsB = rows(b.resolve(table));
      if (!rowsA.equals(rowsB)) {
        found.add("table differs: " + table);
      }
    }
    for (Path file : files) {
      Path fa = a.resolve(file);
      Path fb = b.resolve(file);
      if (!Files.exists(fa) || !Files.exists(fb)) {
        found.add("only in " + (Files.exists(fa) ? a : b) + ": " + file);
      } else if (file.toString().endsWith(".pdf") ? !pdfText(fa).equals(pdfText(fb))
          : Files.mismatch(fa, fb) != -1) {
        found.add("file differs: " + file);
      }
    }
    return new Result(List.copyOf(found), tables.size(), files.size());
  }

  private static boolean published(Path relative) {
    String first = relative.getName(0).toString();
    return !first.equals("runs") && !first.startsWith("_") && !relative.toString().endsWith(".crc");
  }

  /** Every row in a canonical order, with the column names and types first. */
  private static String rows(Path folder) {
    if (!Files.isDirectory(folder)) {
      return "<missing>";
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : DuckDb.query("SELECT * FROM read_parquet('" + folder
        + "/**/*.parquet', hive_partitioning = true, union_by_name = true) ORDER BY ALL")) {
      text.append(row).append('\n');
    }
    for (List<String> column : DuckDb.query("SELECT column_name, column_type FROM (DESCRIBE"
        + " SELECT * FROM read_parquet('" + folder + "/**/*.parquet', hive_partitioning = true,"
        + " union_by_name = true))")) {
      text.append(column).append('\n');
    }
    return text.toString();
  }

  private static String pdfText(Path pdf) throws IOException {
    Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
        .redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return text;
  }
}
