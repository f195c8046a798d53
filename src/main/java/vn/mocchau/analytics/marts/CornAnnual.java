package vn.mocchau.analytics.marts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * corn_annual (outputs.md §3) from the season reports that won supersession
 * ({@code curate.CornSeasons}): rows are first summed to (year, season, current unit), then over
 * the year's seasons. Annual sown area = sum of planted_ha over the seasons; households = the
 * largest single season's count; yield = output / harvested area over the seasons that report a
 * harvested area. {@code ALL} is the whole area.
 */
public final class CornAnnual {
  public static final String ALL = "ALL";

  /** One reporting unit's report of a season, from the winning delivery. */
  public record SeasonReport(int year, String season, String localityCode, BigDecimal plantedHa,
      BigDecimal harvestedHa, BigDecimal outputTonnes, Long households, String period) {}

  private CornAnnual() {}

  public static List<CornAnnualRow> rows(List<SeasonReport> reports) {
    // (year, locality) -> season -> summed report; ALL collects every unit.
    Map<Integer, Map<String, Map<String, SeasonReport>>> byYear = new TreeMap<>();
    for (SeasonReport r : reports) {
      for (String code : List.of(r.localityCode(), ALL)) {
        byYear.computeIfAbsent(r.year(), y -> new TreeMap<>())
            .computeIfAbsent(code, c -> new TreeMap<>())
            .merge(r.season(), r, CornAnnual::sum);
      }
    }
    List<CornAnnualRow> rows = new ArrayList<>();
    byYear.forEach((year, byLocality) -> byLocality.forEach((code, seasons) -> {
      BigDecimal planted = BigDecimal.ZERO;
      BigDecimal harvested = null;
      BigDecimal output = null;
      BigDecimal yieldOutput = BigDecimal.ZERO;
      Long households = null;
      String latest = "";
      for (SeasonReport s : seasons.values()) {
        planted = planted.add(s.plantedHa());
        if (s.harvestedHa() != null) {
          harvested = add(harvested, s.harvestedHa());
          yieldOutput = yieldOutput.add(s.outputTonnes() == null ? BigDecimal.ZERO
              : s.outputTonnes());
        }
        if (s.outputTonnes() != null) {
          output = add(output, s.outputTonnes());
        }
        if (s.households() != null && (households == null || s.households() > households)) {
          households = s.households();
        }
        latest = s.period().compareTo(latest) > 0 ? s.period() : latest;
      }
      Double yield = harvested == null || harvested.signum() == 0 ? null
          : yieldOutput.divide(harvested, 10, RoundingMode.HALF_UP).doubleValue();
      rows.add(new CornAnnualRow(year, code, planted, harvested, output, yield, households,
          seasons.size(), latest));
    }));
    return rows;
  }

  private static SeasonReport sum(SeasonReport a, SeasonReport b) {
    return new SeasonReport(a.year(), a.season(), a.localityCode(),
        a.plantedHa().add(b.plantedHa()), add(a.harvestedHa(), b.harvestedHa()),
        add(a.outputTonnes(), b.outputTonnes()),
        a.households() == null ? b.households()
            : b.households() == null ? a.households() : a.households() + b.households(),
        a.period().compareTo(b.period()) >= 0 ? a.period() : b.period());
  }

  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a.add(b);
  }
}
