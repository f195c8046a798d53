package vn.mocchau.analytics.marts;

import static org.apache.spark.sql.functions.lit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.contract.PlanningParameters;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.curate.CornSeasons;
import vn.mocchau.analytics.curate.CuratedTables;
import vn.mocchau.analytics.io.CsvExport;
import vn.mocchau.analytics.io.HadoopFiles;
import vn.mocchau.analytics.io.OutputLayout;
import vn.mocchau.analytics.io.ParquetTables;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.progress.AnnualSeries;
import vn.mocchau.analytics.progress.IndicatorData;
import vn.mocchau.analytics.progress.MonthlySeries;
import vn.mocchau.analytics.progress.Observation;
import vn.mocchau.analytics.progress.Progress;
import vn.mocchau.analytics.progress.Projection;
import vn.mocchau.analytics.progress.ValueProgress;
import vn.mocchau.analytics.progress.Vintages;
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

  /**
   * The marts' outcome: rows per mart and warnings for the manifest, the assessments, and the
   * staged marts themselves for the report.
   */
  public record Summary(Map<String, Integer> rows, List<Notice> warnings,
      List<Progress.Row> progress, Marts marts) {}

  static final double MIN_REVENUE_PER_ARRIVAL = 200_000;
  static final double MAX_REVENUE_PER_ARRIVAL = 5_000_000;

  private final SparkSession spark;
  private final Configuration conf;
  private final Path out;
  private final Publisher publisher;
  private final ReferenceData reference;
  private final List<Target> targets;
  private final MartStore store;
  private final MartWorkbook workbooks;

  /** A builder whose workbooks are in Vietnamese and not labelled as the synthetic sample. */
  public MartBuilder(SparkSession spark, Path out, Publisher publisher, ReferenceData reference,
      List<Target> targets) {
    this(spark, out, publisher, reference, targets,
        new MartWorkbook.Labels(vn.mocchau.analytics.text.Language.VI, false));
  }

  /** @param labels the language of the .xlsx exports and whether the data are the sample */
  public MartBuilder(SparkSession spark, Path out, Publisher publisher, ReferenceData reference,
      List<Target> targets, MartWorkbook.Labels labels) {
    this.spark = spark;
    this.conf = spark.sparkContext().hadoopConfiguration();
    this.out = out;
    this.publisher = publisher;
    this.reference = reference;
    this.targets = targets;
    this.store = new MartStore(out, conf, publisher);
    Map<String, String> units = new LinkedHashMap<>();
    targets.forEach(t -> units.put(t.indicatorId(), t.unit()));
    this.workbooks = new MartWorkbook(labels, units);
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

    List<TourismMonthlyRow> monthly = TourismMarts.monthlyRows(month, reference.localities(),
        byLocality, delivered);
    crossFeedChecks(month, monthly, warnings);
    List<TourismMonthlyRow> allMonthly = store.replace(TourismMonthlyRow.TABLE,
        r -> period.equals(r.period()), monthly);
    jumpChecks(month, allMonthly, warnings);
    List<TourismAreaMonthlyRow> allArea = store.replace(TourismAreaMonthlyRow.TABLE,
        r -> period.equals(r.period()),
        TourismMarts.areaMonthlyRows(month, reference.localities(), byLocality, delivered));
    List<TourismAnnualRow> allAnnual = store.replace(TourismAnnualRow.TABLE,
        r -> r.year() == month.getYear(), TourismMarts.annualRows(month.getYear(), allArea));
    List<CornAnnualRow> allCorn = corn(month, delivered);
    List<DataQualityRow> allQuality = store.replace(DataQualityRow.TABLE,
        r -> period.equals(r.period()), qualityRows(period, quality));

    // Indicator values: every vintage curated so far; a run uses what was known in its month.
    List<Observation> observations = observations(month);
    List<IndicatorObservationRow> allObservations = store.replace(IndicatorObservationRow.TABLE,
        r -> true, IndicatorValueMarts.observationRows(observations));
    List<Observation> known = Vintages.asOf(observations, month);
    List<ReconciliationRow> allReconciliation = store.replace(ReconciliationRow.TABLE,
        r -> period.equals(r.asOf()), IndicatorValueMarts.reconciliation(month, known, allArea));

    Map<String, IndicatorData> data = indicatorData(month, allArea, allCorn);
    List<Progress.Row> progress = new ArrayList<>();
    for (Target target : targets) {
      progress.add(target.fromIndicatorValues() ? ValueProgress.assess(target, known, month)
          : Progress.assess(target, data.get(target.indicatorId()), month));
    }
    List<TargetProgressRow> allProgress = store.replace(TargetProgressRow.TABLE,
        r -> period.equals(r.asOf()), progress.stream().map(TargetProgressRow::of).toList());
    List<PlanningRequirementRow> allPlanning = store.replace(PlanningRequirementRow.TABLE,
        r -> period.equals(r.asOf()), PlanningRequirements.rows(new PlanningRequirements.Inputs(
            month, reference.localities(), reference.establishments().values(), allArea,
            allCorn, targets, reference.planning())));
    if (!reference.planning().filePresent()) {
      warnings.add(Notice.of(Msg.PLANNING_PARAMETERS_MISSING, PlanningParameters.FILE));
    }
    // One file per as-of month: every run adds ~150 forecast rows per indicator, so rewriting the
    // whole table would make a month's run slower as history grows (measured: 11.7 MB at 442
    // months). The export holds the run's own projection.
    List<ProjectionMonthlyRow> allProjections = projections(month, data, progress);
    store.writePartition(ProjectionMonthlyRow.TABLE, period, allProjections);

    // The workbooks' as-of month is the latest month the publication holds: re-running an
    // earlier month leaves later months in the marts, and the workbooks should say so.
    YearMonth published = allArea.stream().map(r -> YearMonth.parse(r.period()))
        .filter(month::isBefore).max(YearMonth::compareTo).orElse(month);
    export(TourismMonthlyRow.TABLE, allMonthly, published, counts);
    export(TourismAreaMonthlyRow.TABLE, allArea, published, counts);
    export(TourismAnnualRow.TABLE, allAnnual, published, counts);
    export(CornAnnualRow.TABLE, allCorn, published, counts);
    export(TargetProgressRow.TABLE, allProgress, published, counts);
    export(ProjectionMonthlyRow.TABLE, allProjections, published, counts);
    export(DataQualityRow.TABLE, allQuality, published, counts);
    export(IndicatorObservationRow.TABLE, allObservations, published, counts);
    export(ReconciliationRow.TABLE, allReconciliation, published, counts);
    export(PlanningRequirementRow.TABLE, allPlanning, published, counts);
    return new Summary(counts, warnings, progress, new Marts(allMonthly, allArea, allAnnual,
        allCorn, allProgress, allProjections, allQuality, allObservations, allReconciliation,
        allPlanning));
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
  private List<CornAnnualRow> corn(YearMonth month, Set<Feed> delivered) {
    if (!delivered.contains(Feed.BIOMASS_CORN)) {
      return store.published(CornAnnualRow.TABLE);
    }
    spark.sparkContext().setJobDescription("marts " + month + ": corn seasons");
    Dataset<Row> current = staged(Feed.BIOMASS_CORN, month, delivered)
        .withColumn("period", lit(month.toString()));
    Row earliest = current.agg(org.apache.spark.sql.functions.min("year")).first();
    if (earliest.isNullAt(0)) {
      return store.published(CornAnnualRow.TABLE); // delivered, but every row was rejected
    }
    int fromYear = earliest.getInt(0);
    Dataset<Row> all = current;
    SortedMap<String, Path> periods = ParquetTables.partitions(
        new Path(out, OutputLayout.curated(Feed.BIOMASS_CORN.folder())), "period", conf);
    for (Map.Entry<String, Path> p : periods.tailMap(fromYear + "-01").entrySet()) {
      if (!p.getKey().equals(month.toString())) {
        all = all.unionByName(spark.read().parquet(p.getValue().toString())
            .withColumn("period", lit(p.getKey())));
      }
    }
    List<CornAnnual.SeasonReport> reports = new ArrayList<>();
    for (Row r : CornSeasons.latestDeliveryWins(all).select("year", "season", "locality_code",
        "planted_ha", "harvested_ha", "output_tonnes", "households", "period").collectAsList()) {
      reports.add(new CornAnnual.SeasonReport(r.<Integer>getAs("year"), r.getAs("season"),
          r.getAs("locality_code"), r.getAs("planted_ha"), r.getAs("harvested_ha"),
          r.getAs("output_tonnes"), r.<Long>getAs("households"), r.getAs("period")));
    }
    // Deliveries since January of fromYear also report earlier years' late seasons: those years
    // are incomplete here and keep their published rows.
    List<CornAnnualRow> recomputed = CornAnnual.rows(reports).stream()
        .filter(r -> r.year() >= fromYear).toList();
    return store.replace(CornAnnualRow.TABLE, r -> r.year() >= fromYear, recomputed);
  }

  /**
   * Every accepted indicator value curated so far, each with its delivery month: the published
   * partitions of curated/indicator_values/ and the month's own staged one (when this run
   * delivered the feed, it replaces the published one of the month). The feed is small — a few
   * hundred values a year — so every run reads all of it in one scan, which keeps superseded_by
   * right when an old month is re-run.
   */
  private List<Observation> observations(YearMonth month) {
    SortedMap<String, Path> periods = new java.util.TreeMap<>(ParquetTables.partitions(
        new Path(out, OutputLayout.curated(INDICATOR_VALUES)), "period", conf));
    String own = OutputLayout.curated(INDICATOR_VALUES, month);
    Path staged = publisher.staged(own);
    if (hasParquet(staged)) {
      periods.put(month.toString(), staged);
    } else if (publisher.changes().contains(new Publisher.Change(own, true))) {
      periods.remove(month.toString()); // not delivered this time: the run withdraws it
    }
    // A delivery whose every row was rejected may have no data file.
    String[] paths = periods.values().stream().filter(this::hasParquet).map(Path::toString)
        .toArray(String[]::new);
    List<Observation> observations = new ArrayList<>();
    if (paths.length == 0) {
      return observations;
    }
    spark.sparkContext().setJobDescription("marts " + month + ": indicator values");
    Dataset<Row> all = CuratedTables.deliveries(spark, paths)
        .select("indicator_id", "period", "scope", "value", "status", "source", "note",
            "source_file", "source_line", "delivered");
    for (Row r : all.collectAsList()) {
      observations.add(new Observation(r.getAs("indicator_id"), r.getAs("period"),
          r.getAs("scope"), r.getAs("value"), r.getAs("status"), r.getAs("source"),
          r.getAs("note"), YearMonth.parse(r.<String>getAs("delivered")),
          r.getAs("source_file"), r.isNullAt(r.fieldIndex("source_line")) ? null
              : ((Number) r.getAs("source_line")).longValue()));
    }
    return observations;
  }

  /** The curated folder of the fifth feed (programme.md §1). */
  static final String INDICATOR_VALUES = Feed.INDICATOR_VALUES.folder();

  private boolean hasParquet(Path folder) {
    try {
      return HadoopFiles.exists(folder, conf)
          && HadoopFiles.holdsFileEndingWith(folder, ".parquet", conf);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static List<DataQualityRow> qualityRows(String period, List<FileQuality> quality) {
    List<DataQualityRow> rows = new ArrayList<>();
    for (FileQuality q : quality) {
      rows.add(new DataQualityRow(period, q.feed(), q.file(), q.read(), q.accepted(),
          q.rejected(), q.duplicates(), q.read() == 0 ? null : (double) q.rejected() / q.read(),
          q.status()));
    }
    return rows;
  }

  /** The observed series of the five regional indicators, using months up to the as-of month. */
  public static Map<String, IndicatorData> indicatorData(YearMonth asOf,
      List<TourismAreaMonthlyRow> areaRows, List<CornAnnualRow> cornRows) {
    MonthlySeries visitors = MonthlySeries.additive();
    MonthlySeries revenue = MonthlySeries.additive();
    MonthlySeries share = MonthlySeries.ratio();
    for (TourismAreaMonthlyRow row : areaRows) {
      YearMonth month = YearMonth.parse(row.period());
      if (!TourismMarts.TOURISM_AREA.equals(row.scope()) || month.isAfter(asOf)) {
        continue;
      }
      Long arrivals = row.measures().arrivals();
      Long overnight = row.measures().overnightGuests();
      BigDecimal revenueVnd = row.measures().revenueVnd();
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
    for (CornAnnualRow row : cornRows) {
      if (CornAnnual.ALL.equals(row.localityCode()) && row.year() <= asOf.getYear()) {
        area.put(row.year(), row.plantedHa());
        output.put(row.year(), row.outputTonnes());
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
  public static List<ProjectionMonthlyRow> projections(YearMonth asOf,
      Map<String, IndicatorData> data, List<Progress.Row> progress) {
    List<ProjectionMonthlyRow> rows = new ArrayList<>();
    for (Progress.Row row : progress) {
      String indicator = row.target().indicatorId();
      if (!(data.get(indicator) instanceof MonthlySeries series)) {
        continue;
      }
      for (Projection.Forecast f : Projection.monthly(row, series, asOf,
          YearMonth.of(row.target().targetYear(), 12))) {
        rows.add(new ProjectionMonthlyRow(asOf.toString(), indicator, f.period().toString(),
            f.point(), f.lower80(), f.upper80(), f.lower95(), f.upper95(),
            Projection.method(row, asOf)));
      }
    }
    return rows;
  }

  /** feeds.md §6 cross-feed checks: warnings, never rejections. */
  static void crossFeedChecks(YearMonth month, List<TourismMonthlyRow> monthly,
      List<Notice> warnings) {
    for (TourismMonthlyRow row : monthly) {
      String unit = row.localityName() + " (" + row.localityCode() + ")";
      Long arrivals = row.measures().arrivals();
      Long overnight = row.measures().overnightGuests();
      BigDecimal perArrival = row.measures().revenuePerArrivalVnd();
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
  static void jumpChecks(YearMonth month, List<TourismMonthlyRow> allMonthly,
      List<Notice> warnings) {
    Map<String, TourismMonthlyRow> previous = new LinkedHashMap<>();
    Map<String, TourismMonthlyRow> current = new LinkedHashMap<>();
    for (TourismMonthlyRow row : allMonthly) {
      if (month.minusMonths(1).toString().equals(row.period())) {
        previous.put(row.localityCode(), row);
      } else if (month.toString().equals(row.period())) {
        current.put(row.localityCode(), row);
      }
    }
    current.forEach((code, row) -> {
      TourismMonthlyRow before = previous.get(code);
      if (before == null) {
        return;
      }
      for (boolean arrivals : new boolean[] {true, false}) {
        Number now = arrivals ? row.measures().arrivals() : row.measures().revenueVnd();
        Number then = arrivals ? before.measures().arrivals() : before.measures().revenueVnd();
        if (now == null || then == null || then.doubleValue() <= 0 || now.doubleValue() <= 0) {
          continue;
        }
        double ratio = now.doubleValue() / then.doubleValue();
        if ((ratio > 3 || ratio < 1 / 3.0) && Math.max(now.doubleValue(), then.doubleValue())
            >= 1000) {
          warnings.add(Notice.of(Msg.MONTH_ON_MONTH_JUMP, Localized.dataMonth(month),
              row.localityName(), code, arrivals ? Msg.JUMP_ARRIVALS : Msg.JUMP_REVENUE, ratio));
        }
      }
    });
  }

  /**
   * Stages the mart's exports — the CSV for tools and the .xlsx for officers, both from the rows
   * as staged, on the driver — and counts its rows for the manifest.
   */
  private <R extends Record> void export(MartTable<R> table, List<R> rows, YearMonth asOf,
      Map<String, Integer> counts) {
    String relative = OutputLayout.martExport(table.name());
    CsvExport.write(publisher.staged(relative), conf, table.columnNames(), rows.stream()
        .map(r -> Arrays.stream(table.values(r)).map(CsvExport::rounded).toList()).iterator());
    publisher.replace(relative);
    String workbook = OutputLayout.martWorkbook(table.name());
    workbooks.write(publisher.staged(workbook), conf, table, rows, asOf);
    publisher.replace(workbook);
    counts.put(table.name(), rows.size());
  }
}
