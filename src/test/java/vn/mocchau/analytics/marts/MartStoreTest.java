package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.contract.Target;
import vn.mocchau.analytics.io.Publisher;
import vn.mocchau.analytics.progress.MonthlySeries;
import vn.mocchau.analytics.progress.Progress;

/**
 * What a run stages is what jobs/report loads after the commit: the report drawn in the run and
 * the one redrawn later start from equal rows.
 */
class MartStoreTest {
  static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  static DataQualityRow quality(String period, String feed, long read, long rejected) {
    return new DataQualityRow(period, feed, feed + "/" + period + "/a.csv", read,
        read - rejected, rejected, 0L, (double) rejected / read, rejected > 0 ? "with_rejects"
            : "ok");
  }

  @Test
  void aRunsMartsLoadBackEqualAndARerunReplacesItsMonthOnly(@TempDir Path dir) {
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(dir.toUri());
    Configuration conf = new Configuration();
    Target visitors = new Target("visitors", "Tổng lượt khách", "Visits", "visits/year",
        "tourism_area", "rolling_12m", 2025, null, 2030, new BigDecimal("6250000"), null,
        "at_least", "test");
    MonthlySeries series = MonthlySeries.additive();
    for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(OCTOBER); m = m.plusMonths(1)) {
      series.put(m, BigDecimal.valueOf(300_000 + 1_000L * m.getMonthValue()), null);
    }
    TargetProgressRow progress = TargetProgressRow.of(Progress.assess(visitors, series,
        OCTOBER));
    ProjectionMonthlyRow forecast = new ProjectionMonthlyRow("2026-10", "visitors", "2026-11",
        310_000.5, 290_000.0, 330_000.0, 280_000.0, 345_000.25, "test");

    Publisher first = new Publisher(out, "run-1", conf);
    MartStore store = new MartStore(out, conf, first);
    List<DataQualityRow> staged = store.replace(DataQualityRow.TABLE, r -> false, List.of(
        quality("2026-10", "stays", 100, 2), quality("2026-09", "stays", 80, 0)));
    store.replace(TargetProgressRow.TABLE, r -> false, List.of(progress));
    store.writePartition(ProjectionMonthlyRow.TABLE, "2026-10", List.of(forecast));
    first.commit();

    Marts loaded = MartStore.load(out, conf, OCTOBER);
    assertEquals(staged, loaded.dataQuality());
    assertEquals(List.of("2026-09", "2026-10"), loaded.dataQuality().stream()
        .map(DataQualityRow::period).toList(), "stored in key order");
    assertEquals(List.of(progress), loaded.targetProgress(),
        "decimals at 6 places come back equal, scale included");
    assertEquals(List.of(forecast), loaded.projectionMonthly());
    assertEquals(List.of(), loaded.tourismMonthly(), "a mart not yet written is empty");
    assertEquals(List.of(), MartStore.load(out, conf, YearMonth.of(2026, 9))
        .projectionMonthly(), "only the as-of month's projection");

    Publisher rerun = new Publisher(out, "run-2", conf);
    new MartStore(out, conf, rerun).replace(DataQualityRow.TABLE,
        r -> "2026-10".equals(r.period()), List.of(quality("2026-10", "stays", 100, 0)));
    rerun.commit();
    assertEquals(List.of(quality("2026-09", "stays", 80, 0), quality("2026-10", "stays", 100, 0)),
        MartStore.load(out, conf, OCTOBER).dataQuality());
  }
}
