package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.util.Map;

/**
 * The reference registries a delivery is validated against; small, shipped to every task.
 * {@code targets} (by indicator_id, in registry order) is what indicator_values rows are checked
 * against (programme.md §1); {@code planning} the assumptions of the planning requirements
 * (programme.md §6).
 */
public record ReferenceData(LocalityRegistry localities, Map<String, Establishment> establishments,
    Map<String, Target> targets, PlanningParameters planning) implements Serializable {

  /** Reference data without planning parameters (programme.md §6 not used; test fixtures). */
  public ReferenceData(LocalityRegistry localities, Map<String, Establishment> establishments,
      Map<String, Target> targets) {
    this(localities, establishments, targets, PlanningParameters.none());
  }
}
