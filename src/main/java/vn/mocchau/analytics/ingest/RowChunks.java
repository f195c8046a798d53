package vn.mocchau.analytics.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.unsafe.Platform;

/**
 * Packs Spark's compact rows into a few large byte arrays, so that a parsed month is cached as
 * some hundred 4 MB chunks instead of millions of small objects: the garbage collector then has
 * next to nothing to trace or copy (with row objects, collection pauses took most of a second on
 * a 2-million-row month). Unpacking reads the rows in place, without copying them. Each chunk
 * starts with the number of bytes used, then holds [row size, row bytes] pairs.
 */
final class RowChunks {
  static final int CHUNK_BYTES = 4 << 20;

  private RowChunks() {}

  /** The rows, packed into chunks as they stream; each row is copied once, into its chunk. */
  static Iterator<byte[]> pack(Iterator<? extends UnsafeRow> rows) {
    return new Iterator<>() {
      /** The row that did not fit in the previous chunk. */
      private UnsafeRow pending;

      @Override
      public boolean hasNext() {
        return pending != null || rows.hasNext();
      }

      @Override
      public byte[] next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        UnsafeRow first = pending != null ? pending : rows.next();
        pending = null;
        byte[] chunk = new byte[Math.max(CHUNK_BYTES, 8 + first.getSizeInBytes())];
        int used = append(chunk, 4, first);
        while (rows.hasNext()) {
          UnsafeRow row = rows.next();
          if (used + 4 + row.getSizeInBytes() > chunk.length) {
            pending = row.copy(); // the source reuses its row
            break;
          }
          used = append(chunk, used, row);
        }
        if (pending == null && used < chunk.length / 2) {
          chunk = java.util.Arrays.copyOf(chunk, used); // the last chunk: keep what is used
        }
        Platform.putInt(chunk, Platform.BYTE_ARRAY_OFFSET, used);
        return chunk;
      }

      private int append(byte[] chunk, int used, UnsafeRow row) {
        int size = row.getSizeInBytes();
        Platform.putInt(chunk, Platform.BYTE_ARRAY_OFFSET + used, size);
        row.writeToMemory(chunk, Platform.BYTE_ARRAY_OFFSET + used + 4);
        return used + 4 + size;
      }
    };
  }

  /**
   * The rows of every {@code slices}-th chunk from chunk {@code slice} on that {@code keep}
   * accepts, read in place; the row returned is reused on every call. Slicing lets several tasks
   * share one cached partition, so that work is balanced over the cores even when files are few.
   */
  static Iterator<InternalRow> unpack(Iterator<byte[]> chunks, int fields, int slice, int slices,
      Predicate<UnsafeRow> keep) {
    return new Iterator<>() {
      private final UnsafeRow row = new UnsafeRow(fields);
      private byte[] chunk;
      private int chunkIndex = -1;
      private int used;
      private int at;
      private boolean ready;

      @Override
      public boolean hasNext() {
        while (!ready) {
          while (chunk == null || at >= used) {
            if (!chunks.hasNext()) {
              return false;
            }
            byte[] next = chunks.next();
            chunkIndex++;
            if (chunkIndex % slices != slice) {
              continue;
            }
            chunk = next;
            used = Platform.getInt(chunk, Platform.BYTE_ARRAY_OFFSET);
            at = 4;
          }
          int size = Platform.getInt(chunk, Platform.BYTE_ARRAY_OFFSET + at);
          row.pointTo(chunk, Platform.BYTE_ARRAY_OFFSET + at + 4, size);
          at += 4 + size;
          ready = keep.test(row);
        }
        return true;
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ready = false;
        return row;
      }
    };
  }
}
