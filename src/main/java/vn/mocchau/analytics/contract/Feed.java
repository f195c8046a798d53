package vn.mocchau.analytics.contract;

import java.util.List;

/**
 * The delivered feeds, in the order a run ingests them: the registry of contracts. A fifth feed is
 * its contract class and one constant here; the monthly and validate jobs run every registered
 * feed without knowing which.
 */
public enum Feed {
  VISITOR_COUNTS(new VisitorCountsContract()),
  STAYS(new StaysContract()),
  REVENUE(new RevenueContract()),
  BIOMASS_CORN(new BiomassCornContract()),
  /** Values of any registry indicator, delivered when the offices have them (programme.md §1). */
  INDICATOR_VALUES(new IndicatorValuesContract());

  /** The three feeds a tourism month needs to be complete (outputs.md §3). */
  public static final List<Feed> TOURISM = List.of(VISITOR_COUNTS, STAYS, REVENUE);

  private final FeedContract contract;

  Feed(FeedContract contract) {
    this.contract = contract;
  }

  /** Every registered feed, in ingest order. */
  public static List<Feed> registered() {
    return List.of(values());
  }

  public FeedContract contract() {
    return contract;
  }

  /** Folder name under data-raw/, curated/ and quarantine/. */
  public String folder() {
    return contract.feed();
  }
}
