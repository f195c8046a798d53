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
   * and the like repeat the same Java string row after row. Other ASCII strings (most cells) are
   * copied into the row through a reused buffer; the rest are encoded as UTF-8 by Spark.
   */
  private static final class StringWriter implements Writer {
    private String last;
    private UTF8String lastEncoded; // null when the last string is in the ASCII buffer
    private byte[] ascii = new byte[256];
    private int asciiLength;

    @Override
    public void write(UnsafeRowWriter row, int ordinal, Object value) {
      if (value != last) {
        last = (String) value;
        lastEncoded = asciiCopy(last) ? null : UTF8String.fromString(last);
      }
      if (lastEncoded == null) {
        row.write(ordinal, ascii, 0, asciiLength);
      } else {
        row.write(ordinal, lastEncoded);
      }
    }

    /** Copies the text into the ASCII buffer; false (buffer unusable) if it is not ASCII. */
    private boolean asciiCopy(String text) {
      int length = text.length();
      if (length > ascii.length) {
        ascii = new byte[Math.max(length, 2 * ascii.length)];
      }
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          return false;
        }
        ascii[i] = (byte) c;
      }
      asciiLength = length;
      return true;
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
