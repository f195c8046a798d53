package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Feed;

class KeyCandidatesTest {
  private final StructType schema = StagingSchema.of(Feed.STAYS.contract());

  private UnsafeRow row(String status, Long keyHash) {
    Object[] values = new Object[schema.size()];
    values[schema.fieldIndex("source_file")] = "stays/2026-10/a.csv";
    values[schema.fieldIndex("file_order")] = 0;
    values[schema.fieldIndex("source_line")] = 2;
    values[schema.fieldIndex("status")] = status;
    values[schema.fieldIndex("key_hash")] = keyHash;
    return new InternalRows(schema).convert(values).copy();
  }

  @Test
  void onlyAcceptedRowsWithARepeatedKeyGoThroughTheRules() {
    KeyCandidates candidates = new KeyCandidates(schema, new long[] {-5, 7, 42}, false);
    assertEquals(true, candidates.accepted(row(StagingSchema.STATUS_ACCEPTED, 1L)));
    assertEquals(false, candidates.accepted(row(StagingSchema.STATUS_REJECTED, null)));
    assertEquals(false, candidates.accepted(row(StagingSchema.STATUS_DUPLICATE, 7L)));
    assertEquals(true, candidates.test(row(StagingSchema.STATUS_ACCEPTED, 7L)));
    assertEquals(true, candidates.test(row(StagingSchema.STATUS_ACCEPTED, -5L)));
    assertEquals(false, candidates.test(row(StagingSchema.STATUS_ACCEPTED, 8L)));
    assertEquals(false, candidates.test(row(StagingSchema.STATUS_REJECTED, null)));
    assertEquals(false, candidates.none());
    assertEquals(true, new KeyCandidates(schema, new long[0], false).none());
    KeyCandidates all = new KeyCandidates(schema, new long[] {1}, true);
    assertEquals(true, all.test(row(StagingSchema.STATUS_ACCEPTED, 8L)));
    assertEquals(false, all.test(row(StagingSchema.STATUS_REJECTED, null)));
  }
}
