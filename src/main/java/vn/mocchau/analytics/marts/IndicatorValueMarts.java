package vn.mocchau.analytics.marts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.mocchau.analytics.progress.Observation;
import vn.mocchau.analytics.progress.Vintages;

/**
 * The two marts of the indicator_values feed (programme.md §1, §4), from its observations: pure,
 * the Spark read of the curated partitions is {@link MartBuilder}'s.
 */
public final class IndicatorValueMarts {
  /** The indicators whose official annual figures are reconciled with the feeds (§4). */
  public static final List<String> RECONCILED = List.of("visitors", "tourism_revenue",
      "overnight_share");
  /** |relative_difference| above this flags a year (§4). */
  static final double TOLERANCE = 0.05;

  private IndicatorValueMarts() {}

  /** indicator_observations: every vintage of every key, with the delivery that replaced it. */
  public static List<IndicatorObservationRow> observationRows(List<Observation> all) {
    List<IndicatorObservationRow> rows = new ArrayList<>();
    for (Vintages.Vintage v : Vintages.withSupersededBy(all)) {
      Observation o = v.observation();
      rows.add(new IndicatorObservationRow(o.indicatorId(), o.period(), o.scope(),
          scale(o.value()), o.status(), o.source(), o.note(), o.delivered().toString(),
          v.supersededBy() == null ? null : v.supersededBy().toString(), o.sourceFile(),
          o.sourceLine()));
    }
    return rows;
  }

  /**
   * reconciliation as of {@code asOf}: one row per year with an official annual figure of the
   * tourism area known by then (latest vintage ≤ asOf, whatever its status) and per reconciled
   * indicator. The pipeline's value is the year's tourism-area months up to asOf, in the
   * indicator's unit (billion VND for revenue; the share from summed overnight guests and
   * arrivals); a year without every month complete up to December is flagged, whatever the
   * difference, and its partial value shown.
   */
  public static List<ReconciliationRow> reconciliation(YearMonth asOf, List<Observation> known,
      List<TourismAreaMonthlyRow> area) {
    List<ReconciliationRow> rows = new ArrayList<>();
    for (Observation o : known) {
      if (!RECONCILED.contains(o.indicatorId()) || o.period().length() != 4
          || !TourismMarts.TOURISM_AREA.equals(o.scope())) {
        continue;
      }
      int year = Integer.parseInt(o.period());
      YearTotals totals = YearTotals.of(year, asOf, area);
      BigDecimal pipeline = totals.value(o.indicatorId());
      BigDecimal difference = pipeline == null ? null : o.value().subtract(pipeline);
      Double relative = pipeline == null || pipeline.signum() == 0 ? null
          : difference.doubleValue() / pipeline.doubleValue();
      boolean flag = !totals.complete() || relative == null || Math.abs(relative) > TOLERANCE;
      rows.add(new ReconciliationRow(asOf.toString(), year, o.indicatorId(), scale(pipeline),
          scale(o.value()), o.status(), o.delivered().toString(), scale(difference), relative,
          flag, totals.complete()));
    }
    return rows;
  }

  /**
   * A year's tourism-area measures over its months up to the as-of month, summed as
   * tourism_annual sums them ({@link Measures#plus}: the share over months with both feeds), and
   * whether all 12 months had all three tourism feeds.
   */
  record YearTotals(Measures measures, boolean complete) {

    static YearTotals of(int year, YearMonth asOf, List<TourismAreaMonthlyRow> area) {
      Measures sum = Measures.empty();
      int completeMonths = 0;
      for (TourismAreaMonthlyRow row : area) {
        if (row.year() != year || !TourismMarts.TOURISM_AREA.equals(row.scope())
            || YearMonth.parse(row.period()).isAfter(asOf)) {
          continue;
        }
        sum = sum.plus(Measures.ofMonth(row.measures()));
        Integer feeds = row.delivery().feedsDeliveredCount();
        completeMonths += feeds != null && feeds == 3 ? 1 : 0;
      }
      return new YearTotals(sum, completeMonths == 12);
    }

    /** The year's value in the indicator's unit, or null without any month of it. */
    BigDecimal value(String indicator) {
      return switch (indicator) {
        case "visitors" -> measures.arrivals() == null ? null
            : BigDecimal.valueOf(measures.arrivals());
        case "tourism_revenue" -> measures.revenueVnd() == null ? null
            : measures.revenueVnd().movePointLeft(9);
        case "overnight_share" -> measures.overnightShareDenominator() == 0 ? null
            : BigDecimal.valueOf(measures.overnightShareNumerator()).divide(
                BigDecimal.valueOf(measures.overnightShareDenominator()), MathContext.DECIMAL64);
        default -> throw new IllegalArgumentException("Cannot reconcile " + indicator);
      };
    }
  }

  private static BigDecimal scale(BigDecimal value) {
    return value == null ? null : value.setScale(ReconciliationRow.SCALE, RoundingMode.HALF_UP);
  }
}
