package vn.mocchau.analytics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Small tables (the marts: a few thousand rows at most) written and read with parquet-hadoop on the
 * driver, without a Spark job: the report reads them the same way without starting Spark. Types
 * are the ones Spark writes, so Spark and DuckDB read these files as usual: strings as annotated
 * binary, decimals as fixed-length byte arrays with the decimal annotation.
 */
public final class ParquetTables {

  /** Column types used by the marts. */
  public enum Type { STRING, INT, LONG, DOUBLE, BOOLEAN, DECIMAL }

  /** One column; precision and scale only for decimals. */
  public record Column(String name, Type type, int precision, int scale, String unit,
      String meaning) {
    public static Column of(String name, Type type, String unit, String meaning) {
      return new Column(name, type, 0, 0, unit, meaning);
    }

    public static Column decimal(String name, int precision, int scale, String unit,
        String meaning) {
      return new Column(name, Type.DECIMAL, precision, scale, unit, meaning);
    }

    /** The type as SQL names it, for the data dictionary. */
    public String sqlType() {
      return switch (type) {
        case STRING -> "STRING";
        case INT -> "INT";
        case LONG -> "BIGINT";
        case DOUBLE -> "DOUBLE";
        case BOOLEAN -> "BOOLEAN";
        case DECIMAL -> "DECIMAL(" + precision + "," + scale + ")";
      };
    }
  }

  private ParquetTables() {}

  public static MessageType schema(String name, List<Column> columns) {
    Types.MessageTypeBuilder builder = Types.buildMessage();
    for (Column c : columns) {
      switch (c.type()) {
        case STRING -> builder.optional(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType()).named(c.name());
        case INT -> builder.optional(PrimitiveTypeName.INT32).named(c.name());
        case LONG -> builder.optional(PrimitiveTypeName.INT64).named(c.name());
        case DOUBLE -> builder.optional(PrimitiveTypeName.DOUBLE).named(c.name());
        case BOOLEAN -> builder.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
        case DECIMAL -> builder.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY)
            .length(bytesFor(c.precision()))
            .as(LogicalTypeAnnotation.decimalType(c.scale(), c.precision())).named(c.name());
        default -> throw new IllegalArgumentException("Cannot write type " + c.type());
      }
    }
    return builder.named(name);
  }

  /** Writes the rows (values in column order, null allowed) to one Parquet file. */
  public static void write(Path file, Configuration conf, String name, List<Column> columns,
      List<Object[]> rows) {
    MessageType schema = schema(name, columns);
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try {
      FileSystem fs = file.getFileSystem(conf);
      fs.mkdirs(file.getParent());
      try (ParquetWriter<Group> writer = ExampleParquetWriter
          .builder(org.apache.parquet.hadoop.util.HadoopOutputFile.fromPath(file, conf))
          .withConf(conf)
          .withType(schema)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
          .build()) {
        for (Object[] row : rows) {
          Group group = groups.newGroup();
          for (int i = 0; i < columns.size(); i++) {
            Object value = row[i];
            if (value == null) {
              continue;
            }
            Column c = columns.get(i);
            switch (c.type()) {
              case STRING -> group.add(c.name(), (String) value);
              case INT -> group.add(c.name(), ((Number) value).intValue());
              case LONG -> group.add(c.name(), ((Number) value).longValue());
              case DOUBLE -> group.add(c.name(), ((Number) value).doubleValue());
              case BOOLEAN -> group.add(c.name(), (Boolean) value);
              case DECIMAL -> group.add(c.name(), Binary.fromConstantByteArray(
                  unscaledBytes((BigDecimal) value, c)));
              default -> throw new IllegalArgumentException("Cannot write " + c);
            }
          }
          writer.write(group);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Every row of a Parquet file or folder of files, values in the order of {@code columns}. */
  public static List<Object[]> read(Path location, Configuration conf, List<Column> columns) {
    List<Object[]> rows = new ArrayList<>();
    try {
      FileSystem fs = location.getFileSystem(conf);
      if (!fs.exists(location)) {
        return rows;
      }
      List<Path> files = new ArrayList<>();
      if (fs.getFileStatus(location).isDirectory()) {
        for (var status : fs.listStatus(location)) {
          String name = status.getPath().getName();
          if (status.isFile() && name.endsWith(".parquet")) {
            files.add(status.getPath());
          }
        }
        files.sort(null);
      } else {
        files.add(location);
      }
      for (Path file : files) {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file)
            .withConf(conf).build()) {
          for (Group group = reader.read(); group != null; group = reader.read()) {
            rows.add(values(group, columns));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /**
   * The partition folders {@code <key>=<value>} of a partitioned table folder, by value in text
   * order; empty when the folder does not exist yet.
   */
  public static java.util.SortedMap<String, Path> partitions(Path table, String key,
      Configuration conf) {
    java.util.SortedMap<String, Path> partitions = new java.util.TreeMap<>();
    try {
      FileSystem fs = table.getFileSystem(conf);
      if (!fs.exists(table)) {
        return partitions;
      }
      for (var status : fs.listStatus(table)) {
        String name = status.getPath().getName();
        if (name.startsWith(key + "=")) {
          partitions.put(name.substring(key.length() + 1), status.getPath());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + table + ": " + e.getMessage(), e);
    }
    return partitions;
  }

  private static Object[] values(Group group, List<Column> columns) {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (!group.getType().containsField(c.name())
          || group.getFieldRepetitionCount(c.name()) == 0) {
        continue;
      }
      values[i] = switch (c.type()) {
        case STRING -> group.getString(c.name(), 0);
        case INT -> group.getInteger(c.name(), 0);
        case LONG -> group.getLong(c.name(), 0);
        case DOUBLE -> group.getDouble(c.name(), 0);
        case BOOLEAN -> group.getBoolean(c.name(), 0);
        case DECIMAL -> new BigDecimal(new BigInteger(group.getBinary(c.name(), 0).getBytes()),
            c.scale());
      };
    }
    return values;
  }

  /** Bytes of the smallest two's-complement array holding every value of this precision. */
  static int bytesFor(int precision) {
    int bytes = 1;
    while (BigInteger.TEN.pow(precision).compareTo(BigInteger.ONE.shiftLeft(8 * bytes - 1)) > 0) {
      bytes++;
    }
    return bytes;
  }

  private static byte[] unscaledBytes(BigDecimal value, Column c) {
    BigInteger unscaled = value.setScale(c.scale(), java.math.RoundingMode.HALF_UP)
        .unscaledValue();
    if (unscaled.abs().compareTo(BigInteger.TEN.pow(c.precision())) >= 0) {
      throw new IllegalArgumentException("Cannot store " + value + " in " + c.name() + " "
          + c.sqlType());
    }
    byte[] minimal = unscaled.toByteArray();
    byte[] fixed = new byte[bytesFor(c.precision())];
    byte pad = (byte) (unscaled.signum() < 0 ? 0xFF : 0x00);
    Arrays.fill(fixed, pad);
    System.arraycopy(minimal, 0, fixed, fixed.length - minimal.length, minimal.length);
    return fixed;
  }
}
