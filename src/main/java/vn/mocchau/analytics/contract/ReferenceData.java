package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.util.Map;

/** The reference registries a delivery is validated against; small, shipped to every task. */
public record ReferenceData(LocalityRegistry localities, Map<String, Establishment> establishments)
    implements Serializable {}
