package vn.mocchau.analytics.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.catalyst.expressions.codegen.UnsafeRowWriter;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Turns the parser's Java values into Spark's compact internal rows ({@link UnsafeRow}), inside
 * the task, so that the parsed month is cached and scanned without a per-row conversion by Spark.
 * Strings, dates and the primitive types are written directly; decimals go through Spark's own
 * converter, so precision and scale are applied exactly as {@code createDataFrame} would.
 */
final class InternalRows implements Serializable {
  private final StructType schema;
  private transient Writer[] writers;
  private transient UnsafeRowWriter row;

  InternalRows(StructType schema) {
    this.schema = schema;
  }

  /** Writes one value into the row being built. */
  private interface Writer {
    void write(UnsafeRowWriter row, int ordinal, Object value);
  }

  /** The row in Spark's compact form, in a buffer that the next call reuses. */
  UnsafeRow convert(Object[] values) {
    if (row == null) {
      writers = writers(schema);
      row = new UnsafeRowWriter(schema.size(), 256);
    }
    row.reset();
    row.zeroOutNullBytes();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && !(schema.fields()[i].dataType() instanceof DecimalType)) {
        row.setNullAt(i);
      } else {
        writers[i].write(row, i, values[i]);
      }
    }
    return row.getRow();
  }

  /**
   * Strings are encoded once per distinct instance in a row: file names, statuses, locality codes
   * and the like repeat the same Java string row after row.
   */
  private static final class StringWriter implements Writer {
    private String last;
    private UTF8String lastEncoded;

    @Override
    public void write(UnsafeRowWriter row, int ordinal, Object value) {
      if (value != last) {
        last = (String) value;
        lastEncoded = UTF8String.fromString(last);
      }
      row.write(ordinal, lastEncoded);
    }
  }

  private static Writer[] writers(StructType schema) {
    Writer[] writers = new Writer[schema.size()];
    for (int i = 0; i < schema.size(); i++) {
      DataType type = schema.fields()[i].dataType();
      if (type.equals(DataTypes.StringType)) {
        writers[i] = new StringWriter();
      } else if (type.equals(DataTypes.IntegerType)) {
        writers[i] = (row, at, value) -> row.write(at, (int) (Integer) value);
      } else if (type.equals(DataTypes.LongType)) {
        writers[i] = (row, at, value) -> row.write(at, (long) (Long) value);
      } else if (type.equals(DataTypes.BooleanType)) {
        writers[i] = (row, at, value) -> row.write(at, (boolean) (Boolean) value);
      } else if (type.equals(DataTypes.DateType)) {
        scala.Function1<Object, Object> spark = CatalystTypeConverters.createToCatalystConverter(type);
        writers[i] = (row, at, value) -> row.write(at, value instanceof LocalDate day
            ? (int) day.toEpochDay() : (int) (Integer) spark.apply(value));
      } else if (type instanceof DecimalType decimal) {
        scala.Function1<Object, Object> spark = CatalystTypeConverters.createToCatalystConverter(type);
        // Null goes through the writer too: a wide decimal keeps its slot in the row either way.
        // (Values too wide for the type never get here: the contracts reject them as too large.)
        writers[i] = (row, at, value) -> row.write(at,
            value == null ? null : (Decimal) spark.apply(value), decimal.precision(),
            decimal.scale());
      } else {
        throw new IllegalArgumentException("No internal form for " + type + " in the staging schema");
      }
    }
    return writers;
  }
}
