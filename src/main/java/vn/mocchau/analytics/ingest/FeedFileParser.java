package vn.mocchau.analytics.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.HadoopFiles;
import vn.mocchau.analytics.contract.ColumnSpec;
import vn.mocchau.analytics.contract.Decimals;
import vn.mocchau.analytics.contract.FeedContract;
import vn.mocchau.analytics.contract.InvalidValueException;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.NumberStyle;
import vn.mocchau.analytics.contract.ReasonCode;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Rejection;
import vn.mocchau.analytics.contract.RowContext;
import vn.mocchau.analytics.contract.RowRejectedException;
import vn.mocchau.analytics.contract.Text;
import vn.mocchau.analytics.contract.ValidRow;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Reason;

/**
 * Reads one delivered file against its feed's contract, inside a Spark task: decodes strict UTF-8
 * (plain or gzip), matches the header, decides the file's decimal style (a first pass over the
 * decimal columns, only for feeds that have them), then checks every row. Emits one staging row
 * per record ({@link StagingSchema}, as Java values in schema order) and, when the file is done,
 * hands its {@link FileSummary} to the caller. Rows stream through: a file is never held in memory
 * whole.
 */
public final class FeedFileParser implements Serializable {
  private final FeedContract contract;
  private final ReferenceData reference;
  private final YearMonth deliveryMonth;
  private final Map<String, String> hadoopSettings;

  public FeedFileParser(FeedContract contract, ReferenceData reference, YearMonth deliveryMonth,
      Map<String, String> hadoopSettings) {
    this.contract = contract;
    this.reference = reference;
    this.deliveryMonth = deliveryMonth;
    this.hadoopSettings = hadoopSettings;
  }

  /**
   * The file's staging rows; {@code onFinished} receives its summary once the last row has been
   * taken (or the file has failed).
   */
  public Iterator<Object[]> parse(DeliveryFile file, Consumer<FileSummary> onFinished) {
    return parse(FilePart.whole(file), onFinished);
  }

  /**
   * The staging rows of one part of a file, and its summary: the counts, rejections and key
   * hashes of the part's rows; the hash of the file's bytes only from its last part.
   */
  public Iterator<Object[]> parse(FilePart part, Consumer<FileSummary> onFinished) {
    return new FileRows(part, onFinished);
  }

  /**
   * Opens the file's text; with a digest, every byte delivered (compressed, for gzip) passes
   * through it.
   */
  private InputStream open(DeliveryFile file, DigestInputStream[] digest) throws IOException {
    Configuration conf = new Configuration(false);
    hadoopSettings.forEach(conf::set);
    Path path = new Path(file.location());
    InputStream in = HadoopFiles.open(path, conf);
    if (digest != null) {
      try {
        digest[0] = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Cannot hash: no SHA-256 in this JVM", e);
      }
      in = digest[0];
    }
    return file.gzipped() ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private CsvRecordReader reader(DeliveryFile file) throws IOException {
    return reader(file, null);
  }

  private CsvRecordReader reader(DeliveryFile file, DigestInputStream[] digest) throws IOException {
    return new CsvRecordReader(decoder(open(file, digest)));
  }

  /** Strict UTF-8: a bad byte fails the file rather than becoming a replacement character. */
  private static InputStreamReader decoder(InputStream text) {
    return new InputStreamReader(text, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * First pass: how the file's decimal cells read on their own decides its style; null for a feed
   * without decimal columns.
   */
  private NumberStyle numberStyle(DeliveryFile file, HeaderMapping header) throws IOException {
    List<Integer> decimalPositions = new ArrayList<>();
    List<ColumnSpec> columns = contract.columns();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).decimal() && header.positionOfColumn[c] >= 0) {
        decimalPositions.add(header.positionOfColumn[c]);
      }
    }
    if (decimalPositions.isEmpty()) {
      return null; // no decimal column: no style to decide
    }
    Set<Decimals.Reading> readings = EnumSet.noneOf(Decimals.Reading.class);
    try (CsvRecordReader records = reader(file)) {
      records.readHeader();
      for (CsvRecordReader.Record record = records.next(); record != null;
          record = records.next()) {
        for (int position : decimalPositions) {
          String cell = position < record.fields().size()
              ? Text.cell(record.fields().get(position)) : null;
          if (cell == null) {
            continue;
          }
          // "95,5%" reveals the style as "95,5" does (indicator_values' shares).
          String percentBody = Decimals.percentBody(cell);
          try {
            readings.add(Decimals.read(percentBody == null ? cell : percentBody).reading());
          } catch (InvalidValueException notANumber) {
            // rejected by the row checks of the second pass
          }
        }
        if (readings.contains(Decimals.Reading.VIETNAMESE)
            && readings.contains(Decimals.Reading.INTERNATIONAL)) {
          break;
        }
      }
    }
    return NumberStyle.decide(readings);
  }

  /** Streams a file's (or a part's) staging rows, then hands over its summary. */
  private final class FileRows implements Iterator<Object[]> {
    private final FilePart part;
    private final DeliveryFile file;
    private final Consumer<FileSummary> onFinished;
    private final KeyHash keyHash = KeyHash.of(contract);
    private final int typedWidth = contract.typedSchema().size();
    private long[] keyHashes = new long[1024];
    private long accepted;
    private long rejected;
    private long rowsWithWarnings;
    private Notice firstWarning;
    private final Map<String, Long> rejectedByColumn = new HashMap<>();
    private final Map<String, FeedIngest.FirstRejection> firstRejectionByColumn = new HashMap<>();
    private CsvRecordReader records;
    private HeaderMapping header;
    private NumberStyle style;
    private final DigestInputStream[] digest = new DigestInputStream[1];
    private long rowsRead;
    private int blankRecords;
    private Object[] pending;
    private boolean finished;

    FileRows(FilePart part, Consumer<FileSummary> onFinished) {
      this.part = part;
      this.file = part.file();
      this.onFinished = onFinished;
    }

    @Override
    public boolean hasNext() {
      if (pending == null && !finished) {
        pending = advance();
      }
      return pending != null;
    }

    @Override
    public Object[] next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Object[] row = pending;
      pending = null;
      return row;
    }

    /** The next row, or null when the file is done (its summary handed over). */
    private Object[] advance() {
      try {
        if (records == null) {
          FileReport failure = openAndReadHeader();
          if (failure != null) {
            return finish(failure);
          }
        }
        CsvRecordReader.Record record = records.next();
        while (record != null && (allBlank(record) || unfilled(record, header))) {
          blankRecords++;
          record = records.next();
        }
        if (record == null) {
          byte[] hash = part.isLast() ? digest[0].getMessageDigest().digest() : null;
          FileReport report = new FileReport(file.name(), file.order(),
              String.valueOf(records.delimiter()), style == null ? null : style.name(),
              header.matchedColumns,
              header.extraColumns, records.blankLines() + blankRecords, rowsRead,
              hash == null ? null : HexFormat.of().formatHex(hash), bytes(),
              null, null, header.headerTexts);
          return finish(report);
        }
        rowsRead++;
        return row(record);
      } catch (CharacterCodingException e) {
        return finish(FileReport.failure(file, rowsRead, notUtf8()));
      } catch (ZipException | EOFException e) {
        // The officer reads what went wrong; the data team reads the system's own (English) words.
        Localized why = language -> language.pick(Reason.GZIP_DAMAGED.in(language),
            e.getMessage());
        return finish(FileReport.failure(file, rowsRead, Notice.of(Reason.BAD_GZIP, why)));
      } catch (IOException e) {
        // The system's own words are English; kept, marked as such, for the data team.
        return finish(FileReport.failure(file, rowsRead,
            Notice.of(Reason.UNREADABLE_FILE, String.valueOf(e.getMessage()))));
      }
    }

    /**
     * Null when the header is usable, else the report of the failed file. Every part of a file
     * reads its header (a few bytes): the columns, the delimiter and where the rows begin.
     */
    private FileReport openAndReadHeader() throws IOException {
      char delimiter;
      int firstDataLine;
      try (CsvRecordReader headerOnly = reader(file)) {
        CsvRecordReader.Record headerRecord = headerOnly.readHeader();
        if (headerRecord == null) {
          return FileReport.failure(file, 0, Notice.of(Reason.EMPTY_FILE));
        }
        header = HeaderMapping.of(headerRecord.fields(), contract.columns());
        delimiter = headerOnly.delimiter();
        firstDataLine = headerOnly.nextLine();
      } catch (HeaderMapping.BadHeader bad) {
        return FileReport.failure(file, 0, bad.reason);
      }
      style = numberStyle(file, header);
      if (part.isWhole()) {
        records = reader(file, digest);
        records.readHeader();
        return null;
      }
      CsvSegment segment = new CsvSegment(open(file, digest), delimiter, firstDataLine,
          part.start(), part.end());
      if (part.index() == 0) {
        records = new CsvRecordReader(decoder(segment));
        records.readHeader();
      } else {
        records = new CsvRecordReader(decoder(segment), delimiter, segment.firstLine());
      }
      return null;
    }

    /** Not UTF-8: the line of the first bad byte, found by reading the file once more. */
    private Notice notUtf8() {
      try (InputStream in = open(file, null)) {
        long line = Utf8Scan.firstBadLine(in);
        if (line > 0) {
          return Notice.of(Reason.NOT_UTF8_AT_LINE, line);
        }
      } catch (IOException unreadableAgain) {
        // said below, without the line
      }
      return Notice.of(Reason.NOT_UTF8, rowsRead);
    }

    private long bytes() {
      try {
        Configuration conf = new Configuration(false);
        hadoopSettings.forEach(conf::set);
        Path path = new Path(file.location());
        return HadoopFiles.length(path, conf);
      } catch (IOException e) {
        return -1;
      }
    }

    /** Closes the file and hands over its summary; returns null (no more rows). */
    private Object[] finish(FileReport report) {
      finished = true;
      if (records != null) {
        try {
          records.close();
        } catch (IOException ignored) {
          // reading is over; nothing to keep
        }
      }
      long[] hashes = Arrays.copyOf(keyHashes, (int) accepted);
      onFinished.accept(new FileSummary(report, accepted + rejected, accepted, rejected,
          rowsWithWarnings, firstWarning, rejectedByColumn, firstRejectionByColumn, hashes));
      return null;
    }

    private Object[] row(CsvRecordReader.Record record) {
      List<Notice> warnings = new ArrayList<>(0);
      String locality = null;
      try {
        if (record.unterminatedQuote()) {
          throw new RowRejectedException(Rejection.of(ReasonCode.UNCLOSED_QUOTE,
              Rejection.WHOLE_ROW, null, Reason.UNCLOSED_QUOTE));
        }
        if (record.fields().size() != header.headerWidth) {
          throw new RowRejectedException(Rejection.of(ReasonCode.FIELD_COUNT,
              Rejection.WHOLE_ROW, null, Reason.FIELD_COUNT, record.fields().size(),
              header.headerWidth));
        }
        String[] cells = header.cells(record.fields());
        if (contract.hasLocalityColumn()) {
          locality = cells[localityIndex()];
        }
        ValidRow valid = contract.validate(cells,
            new RowContext(deliveryMonth, reference, style, warnings));
        Notice warning = warnings.isEmpty() ? null : Notice.told(language -> String.join("; ",
            warnings.stream().map(w -> w.in(language)).toList()));
        long hash = keyHash.hash(valid.typedValues(), valid.reportingUnit());
        if (accepted == keyHashes.length) {
          keyHashes = Arrays.copyOf(keyHashes, keyHashes.length * 2);
        }
        keyHashes[(int) accepted++] = hash;
        if (warning != null) {
          rowsWithWarnings++;
          firstWarning = firstWarning == null ? warning : firstWarning;
        }
        return stagingRow(record, locality, valid.reportingUnit(), valid.localityCode(),
            valid.typedValues(), StagingSchema.STATUS_ACCEPTED, null, warning, hash);
      } catch (RowRejectedException e) {
        Rejection rejection = e.rejection();
        rejected++;
        String column = rejection.column() == null ? Rejection.WHOLE_ROW : rejection.column();
        rejectedByColumn.merge(column, 1L, Long::sum);
        firstRejectionByColumn.putIfAbsent(column, new FeedIngest.FirstRejection(
            file.name(), file.order(), record.lineNumber(), rejection.reasonEn(),
            rejection.reasonVi()));
        return stagingRow(record, locality, null, null, null, StagingSchema.STATUS_REJECTED,
            rejection, null, null);
      }
    }

    private Object[] stagingRow(CsvRecordReader.Record record, String locality,
        String reportingUnit, String localityCode, Object[] typed, String status,
        Rejection rejection, Notice warning, Long keyHash) {
      Object[] values = new Object[StagingSchema.LEADING.size() + typedWidth
          + StagingSchema.TRAILING.size()];
      int i = 0;
      values[i++] = file.name();
      values[i++] = file.order();
      values[i++] = record.lineNumber();
      values[i++] = record.rawText();
      values[i++] = locality;
      values[i++] = reportingUnit;
      values[i++] = localityCode;
      for (int t = 0; t < typedWidth; t++) {
        values[i++] = typed == null ? null : typed[t];
      }
      values[i++] = status;
      values[i++] = rejection == null ? null : rejection.column();
      values[i++] = rejection == null ? null : rejection.value();
      values[i++] = rejection == null ? null : rejection.reasonEn();
      values[i++] = rejection == null ? null : rejection.reasonVi();
      values[i++] = warning == null ? null : warning.en();
      values[i++] = keyHash;
      values[i++] = rejection == null ? null : rejection.code();
      values[i] = warning == null ? null : warning.vi();
      return values;
    }
  }

  private int localityIndex() {
    List<ColumnSpec> columns = contract.columns();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).name().equals("locality")) {
        return c;
      }
    }
    throw new IllegalStateException("Cannot find the locality column of " + contract.feed());
  }

  /**
   * A row of a pre-filled form left unfilled: every column the office fills in is empty
   * ({@link vn.mocchau.analytics.contract.FeedContract#filledInColumns()}); false for a feed
   * without a form.
   */
  private boolean unfilled(CsvRecordReader.Record record, HeaderMapping header) {
    List<String> filledIn = contract.filledInColumns();
    if (filledIn.isEmpty() || record.unterminatedQuote()) {
      return false;
    }
    List<ColumnSpec> columns = contract.columns();
    for (int c = 0; c < columns.size(); c++) {
      if (!filledIn.contains(columns.get(c).name())) {
        continue;
      }
      int position = header.positionOfColumn[c];
      if (position >= 0 && position < record.fields().size()
          && Text.cell(record.fields().get(position)) != null) {
        return false;
      }
    }
    return true;
  }

  private static boolean allBlank(CsvRecordReader.Record record) {
    for (String field : record.fields()) {
      if (!field.isBlank()) {
        return false;
      }
    }
    return !record.unterminatedQuote();
  }
}
