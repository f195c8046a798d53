package vn.mocchau.analytics.progress;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The fan charts' projection before it was unified with the status ({@link Projection}); kept as
 * a candidate in the backtest (docs/projection.md). Ordinary least
 * squares on the log scale with a linear trend and one effect per calendar month,
 * {@code log v_t = a + b·t + s_month(t) + e_t}, and Student-t prediction intervals
 * {@code ŷ ± t(n−p) · s · sqrt(1 + x0'(X'X)⁻¹x0)}, exponentiated back (so the point is the median).
 *
 * <p>Why this model: 2–4 years of monthly history are too short for a stable Holt–Winters fit
 * (three smoothing parameters, one seasonal cycle for initialisation), while trend + month effects
 * has 13 parameters with closed-form intervals that account for parameter uncertainty, handles
 * gaps (months not delivered are simply missing), and on the log scale turns growth into a slope
 * ({@code e^{12b} − 1} a year) and makes seasonality multiplicative. The intervals assume the trend
 * stays log-linear to the target year; they widen with the horizon through x0'(X'X)⁻¹x0.
 */
public final class SeasonalProjection {
  public static final int MIN_MONTHS = 24;
  private static final int PARAMETERS = 13;

  /** A month's forecast on the original scale. */
  public record Forecast(YearMonth period, double point, double lower80, double upper80,
      double lower95, double upper95) {}

  /** The fitted model; {@code annualGrowth} is e^{12b} − 1. */
  public record Fit(YearMonth first, YearMonth last, int months, double[] beta,
      RealMatrix inverseGram, double residualSd, double annualGrowth) {

    public String method() {
      return String.format(java.util.Locale.ROOT,
          "log-linear trend + month effects (OLS), %d months %s..%s, Student-t intervals",
          months, first, last);
    }
  }

  private SeasonalProjection() {}

  /** Null when there are fewer than 24 positive months or a calendar month is never observed. */
  public static Fit fit(Map<YearMonth, Double> history) {
    List<YearMonth> months = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    history.forEach((m, v) -> {
      if (v != null && v > 0) {
        months.add(m);
        values.add(Math.log(v));
      }
    });
    if (months.size() < MIN_MONTHS) {
      return null;
    }
    YearMonth first = months.get(0);
    double[][] x = new double[months.size()][];
    for (int i = 0; i < months.size(); i++) {
      x[i] = row(first, months.get(i));
    }
    RealMatrix design = new Array2DRowRealMatrix(x, false);
    RealVector y = new ArrayRealVector(values.stream().mapToDouble(Double::doubleValue).toArray());
    DecompositionSolver gram = new LUDecomposition(design.transpose().multiply(design))
        .getSolver();
    if (!gram.isNonSingular()) {
      return null;
    }
    RealVector beta = new QRDecomposition(design).getSolver().solve(y);
    RealVector residuals = y.subtract(design.operate(beta));
    int degrees = months.size() - PARAMETERS;
    double sd = Math.sqrt(residuals.dotProduct(residuals) / degrees);
    return new Fit(first, months.get(months.size() - 1), months.size(), beta.toArray(),
        gram.getInverse(), sd, Math.exp(12 * beta.getEntry(1)) - 1);
  }

  /** Forecasts for every month after the fitted history through {@code until}. */
  public static List<Forecast> forecast(Fit fit, YearMonth until) {
    List<Forecast> forecasts = new ArrayList<>();
    if (fit == null) {
      return forecasts;
    }
    TDistribution t = new TDistribution(fit.months() - PARAMETERS);
    double q80 = t.inverseCumulativeProbability(0.90);
    double q95 = t.inverseCumulativeProbability(0.975);
    RealVector beta = new ArrayRealVector(fit.beta(), false);
    for (YearMonth m = fit.last().plusMonths(1); !m.isAfter(until); m = m.plusMonths(1)) {
      RealVector x0 = new ArrayRealVector(row(fit.first(), m), false);
      double mean = x0.dotProduct(beta);
      double se = fit.residualSd() * Math.sqrt(1 + x0.dotProduct(fit.inverseGram().operate(x0)));
      forecasts.add(new Forecast(m, Math.exp(mean), Math.exp(mean - q80 * se),
          Math.exp(mean + q80 * se), Math.exp(mean - q95 * se), Math.exp(mean + q95 * se)));
    }
    return forecasts;
  }

  private static double[] row(YearMonth first, YearMonth month) {
    double[] regressors = new double[PARAMETERS];
    regressors[0] = 1;
    regressors[1] = ChronoUnit.MONTHS.between(first, month);
    int calendarMonth = month.getMonthValue();
    if (calendarMonth > 1) {
      // columns 2..12: February..December, January is the reference
      regressors[calendarMonth] = 1;
    }
    return regressors;
  }
}
