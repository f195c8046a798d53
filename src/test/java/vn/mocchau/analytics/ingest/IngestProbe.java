package vn.mocchau.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.contract.ReferenceData;

/**
 * What a parse task does to one gzip file, step by step and without Spark, for ParseBench: each
 * step includes the ones before it, except SKIP: inflating and following the records to the end
 * of the text without decoding or parsing them, which is what a later part of a cut file pays
 * for the text before it ({@link CsvSegment}; {@link ParsePlan#SKIP_COST} is SKIP / PACK).
 */
public final class IngestProbe {
  /** The steps, cumulative but for SKIP. */
  public enum Step { INFLATE, SKIP, DECODE, RECORDS, ROWS, CONVERT, PACK }

  private IngestProbe() {}

  /** Runs the file through the steps up to {@code last}; returns a count that depends on all. */
  public static long run(Step last, FeedContract contract, ReferenceData reference,
      YearMonth month, DeliveryFile file) throws IOException {
    long n = 0;
    if (last.compareTo(Step.RECORDS) <= 0) {
      Path path = new Path(file.location());
      try (InputStream in = new GZIPInputStream(
          path.getFileSystem(new Configuration()).open(path), 1 << 16);
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        if (last == Step.SKIP) {
          CsvSegment rest = new CsvSegment(in, ',', 2, Long.MAX_VALUE - 1, Long.MAX_VALUE);
          n = rest.firstLine() + rest.read();
        } else if (last == Step.INFLATE) {
          byte[] buffer = new byte[1 << 16];
          for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
            n += r;
          }
        } else if (last == Step.DECODE) {
          char[] buffer = new char[1 << 16];
          for (int r = reader.read(buffer); r >= 0; r = reader.read(buffer)) {
            n += r;
          }
        } else {
          CsvRecordReader records = new CsvRecordReader(reader);
          records.readHeader();
          for (CsvRecordReader.Record r = records.next(); r != null; r = records.next()) {
            n += r.fields().size();
          }
        }
      }
      return n;
    }
    FeedFileParser parser = new FeedFileParser(contract, reference, month, Map.of());
    InternalRows converter = new InternalRows(StagingSchema.of(contract));
    if (last == Step.ROWS) {
      Iterator<Object[]> values = parser.parse(file, summary -> { });
      while (values.hasNext()) {
        n += values.next().length;
      }
      return n;
    }
    if (last == Step.CONVERT) {
      Iterator<UnsafeRow> rows = new FeedIngest.MappedIterator(
          parser.parse(file, summary -> { }), converter);
      while (rows.hasNext()) {
        n += rows.next().getSizeInBytes();
      }
      return n;
    }
    Iterator<byte[]> chunks = FeedIngest.packedRows(parser, converter,
        FilePart.whole(file), summary -> { });
    while (chunks.hasNext()) {
      n += chunks.next().length;
    }
    return n;
  }
}
