package vn.mocchau.analytics.ingest;

import java.io.Serializable;
import java.util.Arrays;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Which staging rows go through the key rules: accepted rows whose key hash occurs more than once
 * in the delivery (or, with {@code everyAcceptedRow}, all accepted rows).
 */
final class KeyCandidates implements Serializable {
  private static final UTF8String ACCEPTED = UTF8String.fromString(StagingSchema.STATUS_ACCEPTED);

  private final int status;
  private final int keyHash;
  private final long[] repeated;
  private final boolean everyAcceptedRow;

  /** @param repeated the key hashes that occur more than once, in ascending order */
  KeyCandidates(StructType schema, long[] repeated, boolean everyAcceptedRow) {
    this.status = schema.fieldIndex("status");
    this.keyHash = schema.fieldIndex(StagingSchema.KEY_HASH);
    this.repeated = repeated;
    this.everyAcceptedRow = everyAcceptedRow;
  }

  boolean everyAcceptedRow() {
    return everyAcceptedRow;
  }

  boolean none() {
    return repeated.length == 0 && !everyAcceptedRow;
  }

  /**
   * Whether the row passed the row checks. Read in place, without building a string: this runs
   * for every row each time the cache is read. The statuses differ in their first letter.
   */
  boolean accepted(UnsafeRow row) {
    long offsetAndSize = row.getLong(status);
    int offset = (int) (offsetAndSize >> 32);
    int size = (int) offsetAndSize;
    return size == ACCEPTED.numBytes()
        && Platform.getByte(row.getBaseObject(), row.getBaseOffset() + offset) == 'a';
  }

  boolean test(UnsafeRow row) {
    if (!accepted(row) || row.isNullAt(keyHash)) {
      return false;
    }
    return everyAcceptedRow || Arrays.binarySearch(repeated, row.getLong(keyHash)) >= 0;
  }
}
