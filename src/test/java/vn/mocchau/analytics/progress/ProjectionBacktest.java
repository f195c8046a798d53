package vn.mocchau.analytics.progress;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The backtest behind docs/projection.md: fit on data up to an origin, forecast one to several
 * years ahead, compare with what happened. Two data sets: the published annual arrivals of Mộc
 * Châu 2010–2023 (irregular years, COVID included) and the sample's rolling 12-month visits and
 * revenue (from a published {@code exports/tourism_area_monthly.csv}). Prints Markdown tables:
 * MAPE and median log error by method and horizon, and the 80 %/95 % coverage of the intervals
 * that {@link Projection} draws.
 *
 * <pre>
 * mvn -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   vn.mocchau.analytics.progress.ProjectionBacktest OUT_DIR ../../shared/reference/moc-chau-published.md
 * </pre>
 */
public final class ProjectionBacktest {
  static final double DAMPING = 0.8;
  /** The pandemic year of the published series: a shock the intervals are not meant to cover. */
  static final int COVID = 2020;

  /** One forecast and what happened, on the log scale. */
  record Error(String dataSet, String method, String origin, int horizon, double logError,
      double horizonYears, boolean covid) {}

  public static void main(String[] args) throws IOException {
    Map<Integer, Double> published = published(Path.of(args[1]));
    Map<String, MonthlySeries> sample = sample(Path.of(args[0]));
    List<Error> errors = new ArrayList<>();
    errors.addAll(annual("published arrivals 2010–2023", published));
    sample.forEach((name, series) -> errors.addAll(monthly("sample " + name, series)));
    System.out.println("All forecasts each method can make:\n");
    System.out.println(table(errors));
    System.out.println("Only origins (and horizons) where every method forecasts:\n");
    System.out.println(table(sameOrigins(errors)));
    List<Error> status = errors.stream().filter(e -> e.method().equals("status")).toList();
    System.out.printf(Locale.ROOT, "sigma per year, published, status method: %.4f without the "
        + "pairs that start or end in %d, %.4f with them; in code: %.4f%n%n",
        calibrate(status.stream().filter(e -> e.dataSet().startsWith("published") && !e.covid())
            .toList()), COVID, calibrate(status.stream().filter(e -> e.dataSet()
            .startsWith("published")).toList()), Projection.SIGMA_PER_YEAR);
    List<Error> labelled = new ArrayList<>();
    for (Error e : status) {
      labelled.add(e);
      if (e.dataSet().startsWith("published") && !e.covid()) {
        labelled.add(new Error(e.dataSet() + ", without " + COVID, e.method(), e.origin(),
            e.horizon(), e.logError(), e.horizonYears(), false));
      }
    }
    System.out.println(coverage(labelled));
  }

  // ---------------------------------------------------------------------------------------------

  /** The "Annual arrivals" table: year | arrivals | ... ; estimates ("~", ">") taken as written. */
  static Map<Integer, Double> published(Path markdown) throws IOException {
    Map<Integer, Double> years = new TreeMap<>();
    for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\\|");
      if (cells.length < 3 || !cells[1].trim().matches("\\d{4}")) {
        continue;
      }
      String digits = cells[2].replaceAll("[^0-9]", "");
      if (!digits.isEmpty()) {
        years.put(Integer.parseInt(cells[1].trim()), Double.parseDouble(digits));
      }
    }
    return years;
  }

  /** Visits and revenue (billion đồng) of the tourism area, per month. */
  static Map<String, MonthlySeries> sample(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("exports/tourism_area_monthly.csv"),
        StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
    int scope = header.indexOf("scope");
    int arrivals = header.indexOf("arrivals");
    int revenue = header.indexOf("revenue_vnd");
    MonthlySeries visits = MonthlySeries.additive();
    MonthlySeries billions = MonthlySeries.additive();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      if (!c[scope].equals("tourism_area")) {
        continue;
      }
      YearMonth month = YearMonth.parse(c[0]);
      if (!c[arrivals].isEmpty()) {
        visits.put(month, new BigDecimal(c[arrivals]), null);
      }
      if (!c[revenue].isEmpty()) {
        billions.put(month, new BigDecimal(c[revenue]).movePointLeft(9), null);
      }
    }
    Map<String, MonthlySeries> series = new LinkedHashMap<>();
    series.put("visits", visits);
    series.put("revenue", billions);
    return series;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Annual series: from every published year y0 that has an earlier one, forecast every later
   * published year up to 7 years ahead. "status" is the status rule's growth since a baseline,
   * with the previous published year as baseline (targets.md at τ − b ≥ 1).
   */
  static List<Error> annual(String name, Map<Integer, Double> years) {
    List<Error> errors = new ArrayList<>();
    List<Integer> observed = new ArrayList<>(years.keySet());
    for (int i = 1; i < observed.size(); i++) {
      int y0 = observed.get(i);
      double v0 = years.get(y0);
      int yb = observed.get(i - 1);
      double last2 = Math.log(v0 / years.get(yb)) / (y0 - yb);
      int y5 = observed.stream().filter(y -> y >= y0 - 5 && y < y0).findFirst().orElse(yb);
      double cagr5 = Math.log(v0 / years.get(y5)) / (y0 - y5);
      double[] trend = observed.stream().filter(y -> y <= y0).count() >= 3
          ? ols(observed.stream().filter(y -> y <= y0).mapToDouble(y -> y).toArray(),
              observed.stream().filter(y -> y <= y0).mapToDouble(y -> Math.log(years.get(y)))
                  .toArray()) : null;
      for (int y : observed) {
        int h = y - y0;
        if (h < 1 || h > 7) {
          continue;
        }
        double actual = Math.log(years.get(y));
        Map<String, Double> forecasts = new LinkedHashMap<>();
        forecasts.put("status", Math.log(v0) + last2 * h);
        forecasts.put("cagr_5y", Math.log(v0) + cagr5 * h);
        forecasts.put("damped", Math.log(v0) + last2 * dampedSum(h));
        if (trend != null) {
          forecasts.put("trend_all", trend[0] + trend[1] * y);
        }
        forecasts.put("naive", Math.log(v0));
        boolean covid = y0 == COVID || y == COVID;
        forecasts.forEach((method, f) -> errors.add(new Error(name, method, String.valueOf(y0), h,
            f - actual, h, covid)));
      }
    }
    return errors;
  }

  /**
   * Monthly series: from every month o whose 12-month window is complete and whose previous
   * calendar year b is complete, forecast the 12-month windows ending 12 and 24 months later.
   * "status" is Progress's rule with b = year(o) − 1 (growth years by seasonal shares, windows
   * with no Tết or two not used); "status_calendar" the same with targets.md's τ − b and no Tết
   * rule; "trend_all" the log-linear trend + month effects fitted on every month up to o (the
   * fan before); "yoy" the last year's growth; "damped" yoy damped by 0.8 a year.
   */
  static List<Error> monthly(String name, MonthlySeries series) {
    List<Error> errors = new ArrayList<>();
    YearMonth first = series.firstMonth();
    YearMonth last = first;
    for (YearMonth m : series.monthlyValues().keySet()) {
      last = m;
    }
    for (YearMonth o = first.plusMonths(11); !o.isAfter(last); o = o.plusMonths(1)) {
      BigDecimal x = series.rolling12(o);
      int b = o.getMonthValue() == 12 ? o.getYear() - 1 : o.getYear() - 1;
      BigDecimal vb = series.calendarYear(b);
      if (x == null || vb == null) {
        continue;
      }
      double lx = Math.log(x.doubleValue());
      double lb = Math.log(vb.doubleValue());
      BigDecimal yearAgo = series.rolling12(o.minusMonths(12));
      Map<YearMonth, Double> history = new TreeMap<>(series.monthlyValues());
      final YearMonth origin = o;
      history.keySet().removeIf(m -> m.isAfter(origin));
      SeasonalProjection.Fit fit = SeasonalProjection.fit(history);
      for (int h = 1; h <= 2; h++) {
        YearMonth end = o.plusMonths(12L * h);
        BigDecimal target = series.rolling12(end);
        if (target == null) {
          continue;
        }
        double actual = Math.log(target.doubleValue());
        Map<String, Double> forecasts = new LinkedHashMap<>();
        if (TetCalendar.comparable(o)) {
          double g = Progress.growthYears(series, b, o);
          forecasts.put("status", lb + (lx - lb) / g * (g + h));
        }
        double calendar = o.getYear() - 1 + o.getMonthValue() / 12.0 - b;
        forecasts.put("status_calendar", lb + (lx - lb) / calendar * (calendar + h));
        if (fit != null) {
          double sum = 0;
          for (SeasonalProjection.Forecast f : SeasonalProjection.forecast(fit, end)) {
            sum += f.period().isAfter(end.minusMonths(12)) ? f.point() : 0;
          }
          forecasts.put("trend_all", Math.log(sum));
        }
        if (yearAgo != null) {
          double g = lx - Math.log(yearAgo.doubleValue());
          forecasts.put("yoy", lx + g * h);
          forecasts.put("damped", lx + g * dampedSum(h));
        }
        forecasts.put("naive", lx);
        final int horizon = h;
        String from = o.toString();
        forecasts.forEach((method, f) -> errors.add(new Error(name, method, from, horizon,
            f - actual, horizon, false)));
      }
    }
    return errors;
  }

  /** The forecasts of the (data set, origin, horizon) cells where every method of the set has one. */
  static List<Error> sameOrigins(List<Error> errors) {
    Map<String, Long> methods = new TreeMap<>();
    Map<String, Long> perCell = new TreeMap<>();
    for (Error e : errors) {
      methods.merge(e.dataSet() + "|" + e.method(), 1L, Long::sum);
      perCell.merge(e.dataSet() + "|" + e.origin() + "|" + e.horizon(), 1L, Long::sum);
    }
    Map<String, Long> methodsPerSet = new TreeMap<>();
    methods.keySet().forEach(k -> methodsPerSet.merge(k.split("\\|")[0], 1L, Long::sum));
    return errors.stream().filter(e -> perCell.get(e.dataSet() + "|" + e.origin() + "|"
        + e.horizon()).equals(methodsPerSet.get(e.dataSet()))).toList();
  }

  static double dampedSum(int h) {
    double sum = 0;
    for (int i = 1; i <= h; i++) {
      sum += Math.pow(DAMPING, i);
    }
    return sum;
  }

  /** Least squares y = a + b·x. */
  static double[] ols(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double slope = sxy / sxx;
    return new double[] {my - slope * mx, slope};
  }

  // ---------------------------------------------------------------------------------------------

  /** σ such that the log error at horizon h has standard deviation σ·h: RMS of error / h. */
  static double calibrate(List<Error> errors) {
    double sum = 0;
    for (Error e : errors) {
      sum += Math.pow(e.logError() / e.horizonYears(), 2);
    }
    return Math.sqrt(sum / errors.size());
  }

  static String table(List<Error> errors) {
    Map<String, Map<Integer, List<Double>>> cells = new TreeMap<>();
    for (Error e : errors) {
      int bucket = e.horizon() <= 2 ? e.horizon() : e.horizon() <= 4 ? 3 : 5;
      cells.computeIfAbsent(e.dataSet() + "|" + e.method(), k -> new TreeMap<>())
          .computeIfAbsent(bucket, k -> new ArrayList<>()).add(e.logError());
    }
    StringBuilder t = new StringBuilder("| data set | method | h = 1 | h = 2 | h = 3–4 | h = 5–7 |\n"
        + "|---|---|---|---|---|---|\n");
    cells.forEach((key, byH) -> {
      String[] k = key.split("\\|");
      t.append("| ").append(k[0]).append(" | ").append(k[1]).append(" |");
      for (int bucket : new int[] {1, 2, 3, 5}) {
        List<Double> e = byH.get(bucket);
        if (e == null) {
          t.append(" |");
          continue;
        }
        double mape = e.stream().mapToDouble(v -> Math.abs(Math.exp(-v) - 1)).average()
            .orElse(Double.NaN);
        // MAPE as |forecast − actual| / actual = |e^{log f − log a} − 1|
        mape = e.stream().mapToDouble(v -> Math.abs(Math.exp(v) - 1)).average().orElse(mape);
        double bias = median(e);
        t.append(String.format(Locale.ROOT, " %.1f %% (%+.2f, n=%d) |", mape * 100, bias,
            e.size()));
      }
      t.append('\n');
    });
    return t.toString();
  }

  static String coverage(List<Error> errors) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Error e : errors) {
      double sd = Projection.SIGMA_PER_YEAR * e.horizonYears();
      int[] c = counts.computeIfAbsent(e.dataSet(), k -> new int[3]);
      c[0]++;
      c[1] += Math.abs(e.logError()) <= Projection.Z80 * sd ? 1 : 0;
      c[2] += Math.abs(e.logError()) <= Projection.Z95 * sd ? 1 : 0;
    }
    StringBuilder t = new StringBuilder("| data set (status method) | forecasts | inside 80 % | "
        + "inside 95 % |\n|---|---|---|---|\n");
    counts.forEach((k, c) -> t.append(String.format(Locale.ROOT, "| %s | %d | %.0f %% | %.0f %% |%n",
        k, c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0])));
    return t.toString();
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private ProjectionBacktest() {}

}
