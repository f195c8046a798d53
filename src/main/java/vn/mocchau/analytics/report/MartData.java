package vn.mocchau.analytics.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.ParquetTables;
import vn.mocchau.analytics.marts.MartSchemas;

/**
 * The published marts as plain Java values, read with parquet-hadoop: the report needs no Spark
 * session, so it can be redrawn in seconds.
 */
public final class MartData {

  /** Rows of one mart with access by column name. */
  public static final class Table {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Object[]> rows;

    Table(List<ParquetTables.Column> columns, List<Object[]> rows) {
      for (int i = 0; i < columns.size(); i++) {
        index.put(columns.get(i).name(), i);
      }
      this.rows = rows;
    }

    public List<Object[]> rows() {
      return rows;
    }

    public List<Object[]> where(Predicate<Object[]> filter) {
      return rows.stream().filter(filter).toList();
    }

    public Object get(Object[] row, String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException("Cannot find column " + column);
      }
      return row[i];
    }

    public String text(Object[] row, String column) {
      Object value = get(row, column);
      return value == null ? null : value.toString();
    }

    public Double number(Object[] row, String column) {
      Object value = get(row, column);
      return value == null ? null : ((Number) value).doubleValue();
    }
  }

  private final Map<String, Table> tables = new LinkedHashMap<>();

  private MartData() {}

  /** Every mart, with projection_monthly only as of {@code asOf} (its one partition file). */
  public static MartData load(Path out, Configuration conf, java.time.YearMonth asOf) {
    MartData data = new MartData();
    MartSchemas.ALL.forEach((mart, columns) -> {
      Path location = new Path(out, "marts/" + mart);
      if (mart.equals(MartSchemas.PROJECTION_MONTHLY)) {
        location = new Path(location,
            vn.mocchau.analytics.marts.MartStore.partitionFile(asOf.toString()));
      }
      data.tables.put(mart, new Table(columns, ParquetTables.read(location, conf, columns)));
    });
    return data;
  }

  /** Marts given as rows (tests, and callers that already hold them). */
  public static MartData of(Map<String, List<Object[]>> rowsByMart) {
    MartData data = new MartData();
    MartSchemas.ALL.forEach((mart, columns) -> data.tables.put(mart, new Table(columns,
        rowsByMart.getOrDefault(mart, List.of()))));
    return data;
  }

  public Table table(String mart) {
    return tables.get(mart);
  }
}
