package vn.mocchau.analytics.marts;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.io.ParquetTables.Column;
import vn.mocchau.analytics.io.ParquetTables.Type;

/**
 * A mart defined by its row record: every component annotated {@link MartColumn} is a column, in
 * declaration order; a component whose type is a record without the annotation is a group of
 * columns shared by several marts ({@link MeasureValues}, {@link FeedsDelivered}) and is laid out
 * in place. The Parquet columns, the CSV header and the data dictionary are all read from here,
 * so adding a column is adding a component.
 *
 * <p>This is also the one adapter between a row record and its values in column order, the form
 * Parquet files and CSV exports hold: {@link #values} and {@link #row(Object[])}. Everything
 * else reads a mart's rows through the record's accessors, or by column name ({@link #number}).
 *
 * <p>Column types follow the component's Java type: String is STRING, Integer INT, Long BIGINT,
 * Double DOUBLE, Boolean BOOLEAN, BigDecimal DECIMAL(precision, scale). Components are boxed:
 * any column may be null in a published file (a column added later is null in older rows).
 */
public final class MartTable<R extends Record> {
  private final String name;
  private final Group root;
  private final List<Column> columns = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> keys;

  private MartTable(String name, Class<R> type, List<String> keys) {
    this.name = name;
    this.root = new Group(type);
    for (int i = 0; i < columns.size(); i++) {
      if (index.put(columns.get(i).name(), i) != null) {
        throw new IllegalArgumentException("Cannot define mart " + name + ": column "
            + columns.get(i).name() + " appears twice");
      }
    }
    for (String key : keys) {
      indexOf(key);
    }
    this.keys = List.copyOf(keys);
  }

  /**
   * @param keys the columns a stored mart is sorted by, compared as text (a mart has one row per
   *     key)
   */
  public static <R extends Record> MartTable<R> of(String name, Class<R> type, String... keys) {
    return new MartTable<>(name, type, Arrays.asList(keys));
  }

  public String name() {
    return name;
  }

  public List<Column> columns() {
    return List.copyOf(columns);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** The row's values in column order, nulls included. */
  public Object[] values(R row) {
    Object[] values = new Object[columns.size()];
    root.flatten(row, values, 0);
    return values;
  }

  /** The row whose values in column order are {@code values} (a Parquet file's, or a CSV's). */
  public R row(Object[] values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("Cannot read a row of " + name + ": " + values.length
          + " values for " + columns.size() + " columns");
    }
    @SuppressWarnings("unchecked")
    R row = (R) root.build(values, new int[] {0});
    return row;
  }

  /** The row with the values given by column name; columns not named are null. */
  public R row(Map<String, ?> valuesByColumn) {
    Object[] values = new Object[columns.size()];
    valuesByColumn.forEach((column, value) -> values[indexOf(column)] = value);
    return row(values);
  }

  public List<R> rows(List<Object[]> valuesInColumnOrder) {
    return valuesInColumnOrder.stream().map(this::row).toList();
  }

  /** A column's value by name, for code that is told which column to read (a chart's measure). */
  public Object get(R row, String column) {
    return values(row)[indexOf(column)];
  }

  /** A numeric column's value as a double, or null. */
  public Double number(R row, String column) {
    Object value = get(row, column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  /**
   * The rows in the order they are stored in: by the key columns, each compared as text; rows
   * with equal keys keep their order.
   */
  public List<R> sorted(List<R> rows) {
    int[] positions = keys.stream().mapToInt(this::indexOf).toArray();
    List<Map.Entry<String[], R>> keyed = new ArrayList<>();
    for (R row : rows) {
      Object[] values = values(row);
      String[] key = new String[positions.length];
      for (int k = 0; k < positions.length; k++) {
        key[k] = String.valueOf(values[positions[k]]);
      }
      keyed.add(Map.entry(key, row));
    }
    keyed.sort((a, b) -> Arrays.compare(a.getKey(), b.getKey()));
    return keyed.stream().map(Map.Entry::getValue).toList();
  }

  private int indexOf(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException("Cannot find column " + column + " in mart " + name);
    }
    return i;
  }

  // --- the layout of a row record ----------------------------------------------------------

  /** A record whose components are columns or groups, with its canonical constructor. */
  private final class Group {
    final RecordComponent[] components;
    final List<Group> groups = new ArrayList<>(); // null where the component is a column
    final Constructor<?> constructor;

    Group(Class<?> type) {
      components = type.getRecordComponents();
      Class<?>[] parameterTypes = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        parameterTypes[i] = c.getType();
        MartColumn column = c.getAnnotation(MartColumn.class);
        if (column != null) {
          columns.add(column(c, column));
          groups.add(null);
        } else if (c.getType().isRecord()) {
          groups.add(new Group(c.getType()));
        } else {
          throw new IllegalArgumentException("Cannot define mart " + name + ": "
              + type.getSimpleName() + "." + c.getName() + " is neither a @MartColumn nor a"
              + " group of columns");
        }
      }
      try {
        constructor = type.getDeclaredConstructor(parameterTypes);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("Cannot find the constructor of " + type, e);
      }
    }

    int flatten(Object record, Object[] values, int at) {
      for (int i = 0; i < components.length; i++) {
        Object value = record == null ? null : accessor(components[i], record);
        if (groups.get(i) != null) {
          at = groups.get(i).flatten(value, values, at);
        } else {
          values[at++] = value;
        }
      }
      return at;
    }

    Object build(Object[] values, int[] cursor) {
      Object[] arguments = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        if (groups.get(i) != null) {
          arguments[i] = groups.get(i).build(values, cursor);
        } else {
          arguments[i] = convert(values[cursor[0]], components[i].getType(),
              columns.get(cursor[0]));
          cursor[0]++;
        }
      }
      try {
        return constructor.newInstance(arguments);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("Cannot build " + constructor.getDeclaringClass(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("Cannot read a row of " + name + ": "
            + e.getCause().getMessage(), e.getCause());
      }
    }
  }

  private static Object accessor(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component.getName(), e);
    }
  }

  /** Numbers as the component's type (a fixture may give an int for a BIGINT column). */
  private Object convert(Object value, Class<?> type, Column column) {
    if (value == null || type.isInstance(value)) {
      return value;
    }
    if (value instanceof Number n) {
      if (type == Long.class) {
        return n.longValue();
      }
      if (type == Integer.class) {
        return n.intValue();
      }
      if (type == Double.class) {
        return n.doubleValue();
      }
    }
    throw new IllegalArgumentException("Cannot read column " + column.name() + " of " + name
        + ": " + value.getClass().getSimpleName() + " " + value + " is not "
        + type.getSimpleName());
  }

  private Column column(RecordComponent component, MartColumn column) {
    String columnName = snakeCase(component.getName());
    Class<?> type = component.getType();
    if (type == BigDecimal.class) {
      if (column.precision() <= 0) {
        throw new IllegalArgumentException("Cannot define mart " + name + ": decimal column "
            + columnName + " needs a precision");
      }
      return Column.decimal(columnName, column.precision(), column.scale(), column.unit(),
          column.meaning());
    }
    Type columnType;
    if (type == String.class) {
      columnType = Type.STRING;
    } else if (type == Integer.class) {
      columnType = Type.INT;
    } else if (type == Long.class) {
      columnType = Type.LONG;
    } else if (type == Double.class) {
      columnType = Type.DOUBLE;
    } else if (type == Boolean.class) {
      columnType = Type.BOOLEAN;
    } else {
      throw new IllegalArgumentException("Cannot define mart " + name + ": column " + columnName
          + " has type " + type.getSimpleName() + " (use String, Integer, Long, Double, Boolean"
          + " or BigDecimal)");
    }
    return Column.of(columnName, columnType, column.unit(), column.meaning());
  }

  /** revenuePerArrivalVnd → revenue_per_arrival_vnd, rolling12mValue → rolling_12m_value. */
  static String snakeCase(String camel) {
    StringBuilder snake = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      char before = i == 0 ? 0 : camel.charAt(i - 1);
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else if (Character.isDigit(c) && Character.isLetter(before)) {
        snake.append('_').append(c);
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }
}
