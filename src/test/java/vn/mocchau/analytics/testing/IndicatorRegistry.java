package vn.mocchau.analytics.testing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.mocchau.analytics.contract.NumberStyle;
import vn.mocchau.analytics.contract.ReferenceData;
import vn.mocchau.analytics.contract.RowContext;
import vn.mocchau.analytics.contract.Target;

/**
 * A small registry for the indicator_values tests (not the shipped targets.csv): indicators of
 * every unit the contract treats apart (a share, yes/no, a count, tonnes), of each frequency and
 * of the three scopes, with the fixture localities.
 */
public final class IndicatorRegistry {
  private IndicatorRegistry() {}

  public static Map<String, Target> targets() {
    Map<String, Target> targets = new LinkedHashMap<>();
    add(targets, "ward_health_insurance", "fraction", "thao_nguyen_ward", "annual", "0.95");
    add(targets, "ward_tea_output", "tonnes/year", "thao_nguyen_ward", "annual", "800");
    add(targets, "culture_week", "yes_no", "moc_chau_area", "annual", "1");
    add(targets, "visitors", "visits/year", "tourism_area", "annual", "6250000");
    add(targets, "ward_budget_revenue_q", "billion VND", "thao_nguyen_ward", "quarterly", "50");
    add(targets, "ward_new_enterprises_m", "enterprises", "thao_nguyen_ward", "monthly", "30");
    return targets;
  }

  private static void add(Map<String, Target> targets, String id, String unit, String scope,
      String frequency, String target) {
    targets.put(id, new Target(id, id, id, unit, scope, "annual", 2025, null, 2030,
        new BigDecimal(target), null, "at_least", "test registry", "ward_economy", "(1)",
        frequency, Target.defaultSourceFeed(id), "compound", "at_least",
        Target.DEFAULT_TERM_START));
  }

  /** The fixture localities and establishments with this registry's targets. */
  public static ReferenceData reference() {
    ReferenceData fixture = Fixtures.reference();
    return new ReferenceData(fixture.localities(), fixture.establishments(), targets());
  }

  public static RowContext context(String month, NumberStyle style) {
    return new RowContext(YearMonth.parse(month), reference(), style, new ArrayList<>());
  }
}
