package vn.mocchau.analytics.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** DuckDB in-process: an engine independent of Spark that reads what the pipeline published. */
public final class DuckDb {
  private DuckDb() {}

  /** Every row of the query, each as a list of its values rendered as text. */
  public static List<List<String>> query(String sql) {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      List<List<String>> rows = new ArrayList<>();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          Object value = result.getObject(c);
          row.add(value == null ? null : value.toString());
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB cannot run " + sql + ": " + e.getMessage(), e);
    }
  }

  /** The Parquet files of a published table folder, as DuckDB's read_parquet() argument. */
  public static String parquet(java.nio.file.Path tableFolder) {
    return "read_parquet('" + tableFolder.toString().replace("'", "''")
        + "/*/*.parquet', hive_partitioning = true)";
  }

  /** A mart folder (Parquet files directly inside) or one Parquet file, for read_parquet(). */
  public static String parquetFiles(java.nio.file.Path folderOrFile) {
    String path = folderOrFile.toString().replace("'", "''");
    return "read_parquet('" + (java.nio.file.Files.isDirectory(folderOrFile) ? path
        + "/*.parquet" : path) + "')";
  }
}
