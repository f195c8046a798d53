package vn.mocchau.analytics.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.mocchau.analytics.io.HadoopFiles;
import vn.mocchau.analytics.contract.ColumnSpec;
import vn.mocchau.analytics.contract.Decimals;
import vn.mocchau.analytics.contract.Enumeration;
import vn.mocchau.analytics.contract.Establishment;
import vn.mocchau.analytics.contract.InvalidValueException;
import vn.mocchau.analytics.contract.LocalityRegistry;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.NumberStyle;
import vn.mocchau.analytics.contract.PlanningParameters;
import vn.mocchau.analytics.contract.ReferenceContracts;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.contract.Values;
import vn.mocchau.analytics.text.Msg;
import vn.mocchau.analytics.text.Reason;

/**
 * Loads data-raw/reference/ on the driver. Reference files are maintained by officers and are all
 * or nothing: any bad row stops the run with a message naming the file, line, column and value.
 */
public final class ReferenceLoader {
  public static final String FOLDER = "reference";
  /** More rooms or beds than any lodging has: a typo (issue #19: 9.999.999.999 overflowed). */
  static final int MAX_ROOMS_OR_BEDS = 100_000;
  private final Path referenceDir;
  private final Configuration conf;

  public ReferenceLoader(Path rawRoot, Configuration conf) {
    this.referenceDir = new Path(rawRoot, FOLDER);
    this.conf = conf;
  }

  public ReferenceData load() {
    LocalityRegistry localities = localities();
    Map<String, Target> targets = new LinkedHashMap<>();
    targets().forEach(t -> targets.put(t.indicatorId(), t));
    return new ReferenceData(localities, establishments(localities), targets,
        planningParameters());
  }

  public LocalityRegistry localities() {
    List<LocalityRegistry.Locality> units = new ArrayList<>();
    Map<String, Integer> codes = new LinkedHashMap<>();
    for (Line line : read("localities.csv", ReferenceContracts.LOCALITIES)) {
      Integer first = codes.putIfAbsent(line.required(0), line.lineNumber);
      if (first != null) {
        throw line.bad(0, Reason.REF_LOCALITY_TWICE, first);
      }
      String type = line.enumValue(2, ReferenceContracts.UNIT_TYPE);
      String inArea = line.required(4).toLowerCase(Locale.ROOT);
      if (!inArea.equals("true") && !inArea.equals("false")) {
        throw line.bad(4, Reason.REF_TRUE_OR_FALSE, "true", "false");
      }
      units.add(new LocalityRegistry.Locality(line.required(0), line.required(1), type,
          line.required(3), inArea.equals("true")));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    Map<String, Integer> aliasLines = new LinkedHashMap<>();
    for (Line line : read("locality_aliases.csv", ReferenceContracts.LOCALITY_ALIASES)) {
      Integer first = aliasLines.putIfAbsent(line.required(0), line.lineNumber);
      if (first != null) {
        throw line.bad(0, Reason.REF_ALIAS_TWICE, first);
      }
      if (!codes.containsKey(line.required(1))) {
        throw line.bad(1, Reason.REF_ALIAS_UNKNOWN_CODE);
      }
      aliases.put(line.required(0), line.required(1));
    }
    try {
      return new LocalityRegistry(units, aliases);
    } catch (LocalityRegistry.ConflictingNames e) {
      throw new ReferenceDataException(Notice.of(Msg.REFERENCE_UNUSABLE, referenceDir
          + "/locality_aliases.csv", e.message()));
    }
  }

  public Map<String, Establishment> establishments(LocalityRegistry localities) {
    Map<String, Establishment> byId = new LinkedHashMap<>();
    for (Line line : read("establishments.csv", ReferenceContracts.ESTABLISHMENTS)) {
      String id = line.required(0);
      LocalityRegistry.Resolution place = localities.resolve(line.required(2));
      if (place == null) {
        throw line.bad(2, Reason.REF_UNKNOWN_LOCALITY);
      }
      LocalDate opened = line.date(7);
      LocalDate closed = line.cells[8] == null ? null : line.date(8);
      if (closed != null && closed.isBefore(opened)) {
        throw line.bad(8, Reason.REF_CLOSED_BEFORE_OPENED);
      }
      Integer stars = line.cells[6] == null ? null : (int) line.integer(6);
      if (stars != null && (stars < 0 || stars > 5)) {
        throw line.bad(6, Reason.REF_STARS);
      }
      Establishment previous = byId.put(id, new Establishment(id, line.required(1),
          place.localityCode(), line.enumValue(3, ReferenceContracts.ESTABLISHMENT_TYPE),
          line.count(4, MAX_ROOMS_OR_BEDS), line.count(5, MAX_ROOMS_OR_BEDS), stars, opened,
          closed));
      if (previous != null) {
        throw line.bad(0, Reason.REF_ESTABLISHMENT_TWICE);
      }
    }
    return byId;
  }

  /**
   * targets.csv (targets.md, programme.md §2). Columns 13–19 are optional: a file written before
   * programme.md keeps working with their defaults ({@link Target}).
   */
  public List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Line line : read("targets.csv", ReferenceContracts.TARGETS)) {
      String id = line.required(0);
      Integer first = seen.putIfAbsent(id, line.lineNumber);
      if (first != null) {
        throw line.bad(0, Reason.REF_TARGET_TWICE, first);
      }
      String kind = line.enumValue(11, ReferenceContracts.TARGET_KIND);
      BigDecimal high = line.cells[10] == null ? null : line.decimal(10);
      if ((kind.equals("range") || kind.equals("maintain")) && high == null) {
        throw line.bad(10, Reason.REF_TARGET_NEEDS_HIGH, kind);
      }
      String group = line.cells[13] == null ? null
          : line.enumValue(13, ReferenceContracts.TARGET_GROUP);
      String frequency = line.cells[15] == null ? "annual"
          : line.enumValue(15, ReferenceContracts.TARGET_FREQUENCY);
      String sourceFeed = line.cells[16] == null ? Target.defaultSourceFeed(id)
          : line.enumValue(16, ReferenceContracts.TARGET_SOURCE_FEED);
      int termStart = line.cells[17] == null ? Target.DEFAULT_TERM_START
          : (int) line.integer(17);
      String path = line.cells[18] == null ? "compound"
          : line.enumValue(18, ReferenceContracts.TARGET_PATH);
      String direction = line.cells[19] == null ? "at_least"
          : line.enumValue(19, ReferenceContracts.TARGET_DIRECTION);
      targets.add(new Target(id, line.required(1), line.required(2),
          line.required(3), line.required(4), line.enumValue(5, ReferenceContracts.TARGET_BASIS),
          (int) line.integer(6), line.cells[7] == null ? null : line.decimal(7),
          (int) line.integer(8), line.decimal(9), high, kind, line.cells[12], group,
          line.cells[14], frequency, sourceFeed, path, direction, termStart));
    }
    return targets;
  }

  /**
   * planning_parameters.csv (programme.md §6). Optional: without it the run goes on and the
   * requirements that need a parameter are not assessed, naming it; a file that is there is
   * checked like every reference file, and a wrong row stops the run.
   */
  public PlanningParameters planningParameters() {
    try {
      if (!HadoopFiles.present(new Path(referenceDir, PlanningParameters.FILE), conf)) {
        return PlanningParameters.none();
      }
    } catch (IOException e) {
      throw new ReferenceDataException(Notice.of(Msg.REFERENCE_UNREADABLE,
          new Path(referenceDir, PlanningParameters.FILE), e.getMessage()));
    }
    Map<String, PlanningParameters.Parameter> byName = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Line line : read(PlanningParameters.FILE, ReferenceContracts.PLANNING_PARAMETERS)) {
      String name = line.enumValue(0, ReferenceContracts.PLANNING_PARAMETER);
      Integer first = seen.putIfAbsent(name, line.lineNumber);
      if (first != null) {
        throw line.bad(0, Reason.REF_PARAMETER_TWICE, first);
      }
      BigDecimal value = line.decimal(1);
      String unit = PlanningParameters.UNITS.get(name);
      if (!line.required(2).trim().equalsIgnoreCase(unit)) {
        throw line.bad(2, Reason.REF_PARAMETER_UNIT, unit);
      }
      switch (unit) {
        case "fraction" -> {
          if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw line.bad(1, Reason.REF_PARAMETER_FRACTION);
          }
        }
        case "head" -> {
          if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0) {
            throw line.bad(1, Reason.REF_PARAMETER_WHOLE);
          }
        }
        default -> {
          if (value.signum() <= 0) {
            throw line.bad(1, Reason.REF_PARAMETER_POSITIVE);
          }
        }
      }
      byName.put(name, new PlanningParameters.Parameter(name, value, unit, line.required(3)));
    }
    return new PlanningParameters(byName, true);
  }

  /** One row of a reference file with what is needed to say exactly where it is wrong. */
  private final class Line {
    final String file;
    final int lineNumber;
    final String[] cells;
    final List<ColumnSpec> columns;

    Line(String file, int lineNumber, String[] cells, List<ColumnSpec> columns) {
      this.file = file;
      this.lineNumber = lineNumber;
      this.cells = cells;
      this.columns = columns;
    }

    ReferenceDataException bad(int column, Reason why, Object... args) {
      return bad(column, Notice.of(why, args));
    }

    ReferenceDataException bad(int column, InvalidValueException e) {
      return bad(column, e.reason());
    }

    private ReferenceDataException bad(int column, Notice why) {
      // Reference files have English headers: the column is named as the file writes it.
      return new ReferenceDataException(Notice.of(Msg.REFERENCE_BAD_VALUE, referenceDir + "/"
          + file, lineNumber, columns.get(column).name(),
          cells[column] == null ? "" : cells[column], why)); // an empty cell is '', not 'null'
    }

    String required(int column) {
      if (cells[column] == null) {
        throw bad(column, Reason.REF_EMPTY);
      }
      return cells[column];
    }

    /** A whole number from 0 to {@code max} (rooms, beds): never negative, never overflowing. */
    int count(int column, int max) {
      long value = integer(column);
      if (value < 0 || value > max) {
        throw bad(column, Reason.REF_OUT_OF_RANGE, 0, max);
      }
      return (int) value;
    }

    long integer(int column) {
      try {
        return Values.integer(required(column));
      } catch (InvalidValueException e) {
        throw bad(column, e);
      }
    }

    BigDecimal decimal(int column) {
      try {
        return Decimals.resolve(Decimals.read(required(column)), NumberStyle.INTERNATIONAL,
            cells[column]);
      } catch (InvalidValueException e) {
        throw bad(column, e);
      }
    }

    LocalDate date(int column) {
      try {
        return Values.date(required(column));
      } catch (InvalidValueException e) {
        throw bad(column, e);
      }
    }

    String enumValue(int column, Enumeration enumeration) {
      try {
        return enumeration.match(required(column));
      } catch (InvalidValueException e) {
        throw bad(column, e);
      }
    }
  }

  private List<Line> read(String name, List<ColumnSpec> columns) {
    Path path = new Path(referenceDir, name);
    List<Line> lines = new ArrayList<>();
    try {
      if (!HadoopFiles.present(path, conf)) {
        throw new ReferenceDataException(Notice.of(Msg.REFERENCE_MISSING, path));
      }
      try (CsvRecordReader records = new CsvRecordReader(new InputStreamReader(HadoopFiles.open(path, conf),
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
        CsvRecordReader.Record header = records.readHeader();
        if (header == null) {
          throw new ReferenceDataException(Notice.of(Msg.REFERENCE_EMPTY, path));
        }
        HeaderMapping mapping = HeaderMapping.of(header.fields(), columns);
        for (CsvRecordReader.Record r = records.next(); r != null; r = records.next()) {
          if (r.fields().size() != header.fields().size()) {
            throw new ReferenceDataException(Notice.of(Msg.REFERENCE_FIELD_COUNT, path,
                r.lineNumber(), r.fields().size(), header.fields().size(), records.delimiter()));
          }
          lines.add(new Line(name, r.lineNumber(), mapping.cells(r.fields()), columns));
        }
      }
    } catch (HeaderMapping.BadHeader e) {
      throw new ReferenceDataException(Notice.of(Msg.REFERENCE_UNUSABLE, path,
          e.reason));
    } catch (IOException e) {
      throw new ReferenceDataException(Notice.of(Msg.REFERENCE_UNREADABLE, path, e.getMessage()));
    }
    return lines;
  }
}
