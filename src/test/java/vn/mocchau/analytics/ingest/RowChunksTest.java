package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Feed;

/** The parser's values in Spark's compact form, and the chunks the parsed month is cached in. */
class RowChunksTest {

  /** Staging values for revenue: strings, dates are absent, wide and narrow decimals. */
  private static Object[] revenue(StructType schema, int line, String amount, String vnd) {
    Object[] values = new Object[schema.size()];
    values[schema.fieldIndex("source_file")] = "revenue/2026-10/a.csv";
    values[schema.fieldIndex("file_order")] = 0;
    values[schema.fieldIndex("source_line")] = line;
    values[schema.fieldIndex("raw_line")] = "2026-10,Thảo Nguyên,lưu trú," + amount;
    values[schema.fieldIndex("month")] = "2026-10";
    values[schema.fieldIndex("amount")] = amount == null ? null : new BigDecimal(amount);
    values[schema.fieldIndex("amount_vnd")] = vnd == null ? null : new BigDecimal(vnd);
    values[schema.fieldIndex("status")] = "accepted";
    values[schema.fieldIndex("key_hash")] = (long) line * 7919;
    return values;
  }

  /**
   * InternalRows gives exactly what Spark's createDataFrame conversion gives, for every field
   * type of the staging schemas: decimals rounded to their scale, the widest values the contracts
   * let through (wider ones are rejected as too large), nulls in wide and narrow decimal slots.
   */
  @Test
  void internalRowsMatchSparksOwnConversion() {
    StructType revenue = StagingSchema.of(Feed.REVENUE.contract());
    StructType stays = StagingSchema.of(Feed.STAYS.contract());
    List<Object[]> revenueRows = List.of(revenue(revenue, 2, "1234.5678901", "1234567890123"),
        revenue(revenue, 3, null, null), revenue(revenue, 4, "0.0000005", "0"),
        revenue(revenue, 5, "999999999999999999.9999994", "99999999999999999999"));
    for (Object[] values : revenueRows) {
      assertSameAsSpark(revenue, values);
    }
    Object[] stay = new Object[stays.size()];
    stay[stays.fieldIndex("source_file")] = "stays/2026-10/luu-tru.csv.gz";
    stay[stays.fieldIndex("file_order")] = 1;
    stay[stays.fieldIndex("source_line")] = 19_617;
    stay[stays.fieldIndex("check_in")] = LocalDate.of(2026, 9, 30);
    stay[stays.fieldIndex("guests")] = 3;
    stay[stays.fieldIndex("guest_nights")] = 9L;
    stay[stays.fieldIndex("overnight_arrival")] = true;
    stay[stays.fieldIndex("status")] = "rejected";
    stay[stays.fieldIndex("reason_vi")] = "ngày đi 2026-10-10 trước ngày đến 2026-10-12";
    assertSameAsSpark(stays, stay);
  }

  private static void assertSameAsSpark(StructType schema, Object[] values) {
    InternalRow ours = new InternalRows(schema).convert(values).copy();
    Row row = RowFactory.create(values);
    InternalRow spark = (InternalRow) CatalystTypeConverters.createToCatalystConverter(schema)
        .apply(row);
    for (int i = 0; i < schema.size(); i++) {
      assertEquals(spark.isNullAt(i), ours.isNullAt(i), schema.fields()[i].name());
      if (!spark.isNullAt(i)) {
        assertEquals(spark.get(i, schema.fields()[i].dataType()),
            ours.get(i, schema.fields()[i].dataType()), schema.fields()[i].name());
      }
    }
  }

  /** Rows of every size, a row larger than a chunk, and slices that share the chunks. */
  @Test
  void everyRowComesBackOnceWhateverTheSlicing() {
    StructType schema = StagingSchema.of(Feed.REVENUE.contract());
    InternalRows converter = new InternalRows(schema);
    List<UnsafeRow> rows = new ArrayList<>();
    for (int line = 2; line < 60_000; line++) {
      Object[] values = revenue(schema, line, line + ".5", String.valueOf(line));
      int size = line == 30_000 ? RowChunks.CHUNK_BYTES + 10 : line % 97;
      values[schema.fieldIndex("raw_line")] = "x".repeat(size);
      rows.add(converter.convert(values).copy());
    }
    List<byte[]> chunks = new ArrayList<>();
    RowChunks.pack(rows.iterator()).forEachRemaining(chunks::add);
    assertEquals(true, chunks.size() > 3, "several chunks: " + chunks.size());
    assertEquals(rows, unpack(chunks, schema, 0, 1, true), "one slice reads every row in order");
    for (int slices : new int[] {2, 3, 7, 50}) {
      List<UnsafeRow> all = new ArrayList<>();
      for (int slice = 0; slice < slices; slice++) {
        all.addAll(unpack(chunks, schema, slice, slices, true));
      }
      all.sort(java.util.Comparator.comparingInt(r -> r.getInt(schema.fieldIndex("source_line"))));
      assertEquals(rows, all, slices + " slices read every row once");
    }
    List<UnsafeRow> odd = unpack(chunks, schema, 0, 1, false);
    assertEquals(rows.stream().filter(r -> r.getInt(schema.fieldIndex("source_line")) % 2 == 1)
        .toList(), odd, "the filter keeps only the rows it accepts");
  }

  private static List<UnsafeRow> unpack(List<byte[]> chunks, StructType schema, int slice,
      int slices, boolean everyRow) {
    int line = schema.fieldIndex("source_line");
    Iterator<InternalRow> it = RowChunks.unpack(chunks.iterator(), schema.size(), slice, slices,
        r -> everyRow || r.getInt(line) % 2 == 1);
    List<UnsafeRow> out = new ArrayList<>();
    it.forEachRemaining(r -> out.add(((UnsafeRow) r).copy()));
    return out;
  }
}
