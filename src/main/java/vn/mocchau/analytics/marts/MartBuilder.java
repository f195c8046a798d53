package vn.mocchau.analytics.marts;

import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.curate.CornSeasons;
import vn.mocchau.analytics.io.CsvExport;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.io.ParquetTables;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.progress.AnnualSeries;
import vn.mocchau.analytics.progress.IndicatorData;
import vn.mocchau.analytics.progress.MonthlySeries;
import vn.mocchau.analytics.progress.Progress;
import vn.mocchau.analytics.progress.Projection;
import vn.mocchau.analytics.text.Localized;
import vn.mocchau.analytics.text.Msg;

/**
 * Rebuilds the marts for one month from the curated layer and stages them, with their CSV exports,
 * in the month's publication. Work is proportional to the month, not to the history: Spark reads
 * only the month's curated tables (and, for corn, the deliveries since the earliest year the month
 * reports); everything after the per-locality aggregation is small and done on the driver.
 */
public final class MartBuilder {
  /** What the month's curated data looked like, for data_quality. */
  public record FileQuality(String feed, String file, long read, long accepted, long rejected,
      long duplicates, String status) {}

  /** The marts' outcome for the manifest. */
  public record Summary(Map<String, Integer> rows, List<Notice> warnings,
      List<Progress.Row> progress) {}

  static final double MIN_REVENUE_PER_ARRIVAL = 200_000;
  static final double MAX_REVENUE_PER_ARRIVAL = 5_000_000;

  private final SparkSession spark;
  private final Configuration conf;
  private final Path out;
  private final Publisher publisher;
  private final ReferenceData reference;
  private final List<Target> targets;
  private final MartStore store;

  public MartBuilder(SparkSession spark, Path out, Publisher publisher, ReferenceData reference,
      List<Target> targets) {
    this.spark = spark;
    this.conf = spark.sparkContext().hadoopConfiguration();
    this.out = out;
    this.publisher = publisher;
    this.reference = reference;
    this.targets = targets;
    this.store = new MartStore(out, conf, publisher);
  }

  /** @param delivered the feeds delivered for the month; their curated tables are staged */
  public Summary build(YearMonth month, Set<Feed> delivered, List<FileQuality> quality) {
    String period = month.toString();
    List<Notice> warnings = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();

    spark.sparkContext().setJobDescription("marts " + period + ": aggregate by locality");
    Map<String, MonthAggregates.LocalityTotals> totals = MonthAggregates.collect(
        MonthAggregates.byLocality(staged(Feed.VISITOR_COUNTS, month, delivered),
            staged(Feed.STAYS, month, delivered), staged(Feed.REVENUE, month, delivered)));
    Map<String, Measures> byLocality = TourismMarts.localityMonth(reference.localities(), totals,
        TourismMarts.bedNightsAvailable(reference.establishments().values(), month), delivered);

    List<Object[]> monthly = TourismMarts.monthlyRows(month, reference.localities(), byLocality,
        delivered);
    crossFeedChecks(month, monthly, warnings);
    List<Object[]> allMonthly = store.replace(MartSchemas.TOURISM_MONTHLY,
        r -> period.equals(r[0]), monthly, TourismMarts.byKeys(0, 3));
    jumpChecks(month, allMonthly, warnings);
    List<Object[]> allArea = store.replace(MartSchemas.TOURISM_AREA_MONTHLY,
        r -> period.equals(r[0]),
        TourismMarts.areaMonthlyRows(month, reference.localities(), byLocality, delivered),
        TourismMarts.byKeys(0, 3));
    List<Object[]> allAnnual = store.replace(MartSchemas.TOURISM_ANNUAL,
        r -> ((Number) r[0]).intValue() == month.getYear(),
        TourismMarts.annualRows(month.getYear(), allArea), TourismMarts.byKeys(0, 1));
    List<Object[]> allCorn = corn(month, delivered);
    List<Object[]> allQuality = store.replace(MartSchemas.DATA_QUALITY,
        r -> period.equals(r[0]), qualityRows(period, quality), TourismMarts.byKeys(0, 1, 2));

    Map<String, IndicatorData> data = indicatorData(month, allArea, allCorn);
    List<Progress.Row> progress = new ArrayList<>();
    for (Target target : targets) {
      progress.add(Progress.assess(target, data.get(target.indicatorId()), month));
    }
    List<Object[]> allProgress = store.replace(MartSchemas.TARGET_PROGRESS,
        r -> period.equals(r[0]), progress.stream().map(Progress.Row::values).toList(),
        TourismMarts.byKeys(0, 1));
    // One file per as-of month: every run adds ~150 forecast rows per indicator, so rewriting the
    // whole table would make a month's run slower as history grows (measured: 11.7 MB at 442
    // months). The export holds the run's own projection.
    List<Object[]> allProjections = projections(month, data, progress);
    store.writePartition(MartSchemas.PROJECTION_MONTHLY, period, allProjections);

    Map<String, List<Object[]>> tables = new LinkedHashMap<>();
    tables.put(MartSchemas.TOURISM_MONTHLY, allMonthly);
    tables.put(MartSchemas.TOURISM_AREA_MONTHLY, allArea);
    tables.put(MartSchemas.TOURISM_ANNUAL, allAnnual);
    tables.put(MartSchemas.CORN_ANNUAL, allCorn);
    tables.put(MartSchemas.TARGET_PROGRESS, allProgress);
    tables.put(MartSchemas.PROJECTION_MONTHLY, allProjections);
    tables.put(MartSchemas.DATA_QUALITY, allQuality);
    tables.forEach((mart, rows) -> {
      export(mart, rows);
      counts.put(mart, rows.size());
    });
    return new Summary(counts, warnings, progress);
  }

  private Dataset<Row> staged(Feed feed, YearMonth month, Set<Feed> delivered) {
    if (!delivered.contains(feed)) {
      return null;
    }
    return spark.read().parquet(publisher.staged(OutputLayout.curated(feed.folder(), month))
        .toString());
  }

  /**
   * corn_annual: when the month delivers corn, recompute every year from the earliest it reports,
   * from all corn deliveries since January of that year (a season of year y is only ever
   * delivered in y or later).
   */
  private List<Object[]> corn(YearMonth month, Set<Feed> delivered) {
    if (!delivered.contains(Feed.BIOMASS_CORN)) {
      return store.published(MartSchemas.CORN_ANNUAL);
    }
    spark.sparkContext().setJobDescription("marts " + month + ": corn seasons");
    Dataset<Row> current = staged(Feed.BIOMASS_CORN, month, delivered)
        .withColumn("period", lit(month.toString()));
    Row earliest = current.agg(org.apache.spark.sql.functions.min("year")).first();
    if (earliest.isNullAt(0)) {
      return store.published(MartSchemas.CORN_ANNUAL); // delivered, but every row was rejected
    }
    int fromYear = earliest.getInt(0);
    Dataset<Row> all = current;
    try {
      Path folder = new Path(out, "curated/" + Feed.BIOMASS_CORN.folder());
      FileSystem fs = folder.getFileSystem(conf);
      if (fs.exists(folder)) {
        for (FileStatus status : fs.listStatus(folder)) {
          String name = status.getPath().getName();
          if (!name.startsWith("period=")) {
            continue;
          }
          String period = name.substring("period=".length());
          if (period.compareTo(fromYear + "-01") >= 0 && !period.equals(month.toString())) {
            all = all.unionByName(spark.read().parquet(status.getPath().toString())
                .withColumn("period", lit(period)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list curated corn: " + e.getMessage(), e);
    }
    List<CornAnnual.SeasonReport> reports = new ArrayList<>();
    for (Row r : CornSeasons.latestDeliveryWins(all).select("year", "season", "locality_code",
        "planted_ha", "harvested_ha", "output_tonnes", "households", "period").collectAsList()) {
      reports.add(new CornAnnual.SeasonReport(r.getInt(0), r.getString(1), r.getString(2),
          r.getDecimal(3), r.getDecimal(4), r.getDecimal(5), r.isNullAt(6) ? null : r.getLong(6),
          r.getString(7)));
    }
    // Deliveries since January of fromYear also report earlier years' late seasons: those years
    // are incomplete here and keep their published rows.
    List<Object[]> recomputed = CornAnnual.rows(reports).stream()
        .filter(r -> ((Number) r[0]).intValue() >= fromYear).toList();
    return store.replace(MartSchemas.CORN_ANNUAL, r -> ((Number) r[0]).intValue() >= fromYear,
        recomputed, TourismMarts.byKeys(0, 1));
  }

  private static List<Object[]> qualityRows(String period, List<FileQuality> quality) {
    List<Object[]> rows = new ArrayList<>();
    for (FileQuality q : quality) {
      rows.add(new Object[] {period, q.feed(), q.file(), q.read(), q.accepted(), q.rejected(),
          q.duplicates(), q.read() == 0 ? null : (double) q.rejected() / q.read(), q.status()});
    }
    return rows;
  }

  /** The observed series of the five regional indicators, using months up to the as-of month. */
  public static Map<String, IndicatorData> indicatorData(YearMonth asOf,
      List<Object[]> areaRows, List<Object[]> cornRows) {
    MonthlySeries visitors = MonthlySeries.additive();
    MonthlySeries revenue = MonthlySeries.additive();
    MonthlySeries share = MonthlySeries.ratio();
    int offset = 4;
    for (Object[] row : areaRows) {
      YearMonth month = YearMonth.parse((String) row[0]);
      if (!TourismMarts.TOURISM_AREA.equals(row[3]) || month.isAfter(asOf)) {
        continue;
      }
      Long arrivals = (Long) row[offset + 2];
      Long overnight = (Long) row[offset + 5];
      BigDecimal revenueVnd = (BigDecimal) row[offset + 12];
      if (arrivals != null) {
        visitors.put(month, BigDecimal.valueOf(arrivals), null);
      }
      if (revenueVnd != null) {
        revenue.put(month, revenueVnd.movePointLeft(9), null);
      }
      if (arrivals != null && overnight != null) {
        share.put(month, BigDecimal.valueOf(overnight), BigDecimal.valueOf(arrivals));
      }
    }
    AnnualSeries area = new AnnualSeries();
    AnnualSeries output = new AnnualSeries();
    for (Object[] row : cornRows) {
      int year = ((Number) row[0]).intValue();
      if (CornAnnual.ALL.equals(row[1]) && year <= asOf.getYear()) {
        area.put(year, (BigDecimal) row[2]);
        output.put(year, (BigDecimal) row[4]);
      }
    }
    Map<String, IndicatorData> data = new LinkedHashMap<>();
    data.put("visitors", visitors);
    data.put("tourism_revenue", revenue);
    data.put("overnight_share", share);
    data.put("corn_area", area);
    data.put("corn_output", output);
    return data;
  }

  /**
   * The monthly projection of each monthly indicator: the status rule's own projection
   * ({@link Projection}), so the fan charts draw what the status says. None while the indicator
   * is not assessed.
   */
  public static List<Object[]> projections(YearMonth asOf, Map<String, IndicatorData> data,
      List<Progress.Row> progress) {
    List<Object[]> rows = new ArrayList<>();
    for (Progress.Row row : progress) {
      String indicator = row.target().indicatorId();
      if (!(data.get(indicator) instanceof MonthlySeries series)) {
        continue;
      }
      for (Projection.Forecast f : Projection.monthly(row, series, asOf,
          YearMonth.of(row.target().targetYear(), 12))) {
        rows.add(new Object[] {asOf.toString(), indicator, f.period().toString(), f.point(),
            f.lower80(), f.upper80(), f.lower95(), f.upper95(), Projection.method(row, asOf)});
      }
    }
    return rows;
  }

  /** feeds.md §6 cross-feed checks: warnings, never rejections. */
  static void crossFeedChecks(YearMonth month, List<Object[]> monthly, List<Notice> warnings) {
    int offset = 6;
    for (Object[] row : monthly) {
      String unit = row[4] + " (" + row[3] + ")";
      Long arrivals = (Long) row[offset + 2];
      Long overnight = (Long) row[offset + 5];
      BigDecimal perArrival = (BigDecimal) row[offset + 19];
      Localized when = Localized.dataMonth(month);
      if (arrivals != null && overnight != null && overnight > arrivals) {
        warnings.add(Notice.of(Msg.OVERNIGHT_ABOVE_ARRIVALS, when, unit, overnight, arrivals));
      }
      if (perArrival != null && (perArrival.doubleValue() < MIN_REVENUE_PER_ARRIVAL
          || perArrival.doubleValue() > MAX_REVENUE_PER_ARRIVAL)) {
        warnings.add(Notice.of(Msg.REVENUE_PER_ARRIVAL_IMPLAUSIBLE, when, unit, perArrival));
      }
    }
  }

  /** Month-on-month jumps above 3x in arrivals or revenue, against the previous month's rows. */
  static void jumpChecks(YearMonth month, List<Object[]> allMonthly,
      List<Notice> warnings) {
    Map<String, Object[]> previous = new LinkedHashMap<>();
    Map<String, Object[]> current = new LinkedHashMap<>();
    for (Object[] row : allMonthly) {
      if (month.minusMonths(1).toString().equals(row[0])) {
        previous.put((String) row[3], row);
      } else if (month.toString().equals(row[0])) {
        current.put((String) row[3], row);
      }
    }
    current.forEach((code, row) -> {
      Object[] before = previous.get(code);
      if (before == null) {
        return;
      }
      for (int index : new int[] {8, 18}) {
        Number now = (Number) row[index];
        Number then = (Number) before[index];
        if (now == null || then == null || then.doubleValue() <= 0 || now.doubleValue() <= 0) {
          continue;
        }
        double ratio = now.doubleValue() / then.doubleValue();
        if ((ratio > 3 || ratio < 1 / 3.0) && Math.max(now.doubleValue(), then.doubleValue())
            >= 1000) {
          warnings.add(Notice.of(Msg.MONTH_ON_MONTH_JUMP, Localized.dataMonth(month), row[4], code,
              index == 8 ? Msg.JUMP_ARRIVALS : Msg.JUMP_REVENUE, ratio));
        }
      }
    });
  }

  private void export(String mart, List<Object[]> rows) {
    String relative = "exports/" + mart + ".csv";
    Path path = publisher.staged(relative);
    List<ParquetTables.Column> columns = MartSchemas.columns(mart);
    try {
      FileSystem fs = path.getFileSystem(conf);
      fs.mkdirs(path.getParent());
      try (OutputStream stream = fs.create(path, true)) {
        CsvExport.write(stream, columns.stream().map(ParquetTables.Column::name).toList(),
            rows.stream().map(r -> (List<Object>) new ArrayList<>(java.util.Arrays.asList(r)))
                .iterator());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
    publisher.replace(relative);
  }
}
