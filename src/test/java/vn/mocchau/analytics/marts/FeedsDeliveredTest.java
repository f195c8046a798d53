package vn.mocchau.analytics.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.Feed;

class FeedsDeliveredTest {
  static final Set<Feed> ALL = Set.of(Feed.VISITOR_COUNTS, Feed.STAYS, Feed.REVENUE);

  @Test
  void theTourismFeedsInTheirOrderAndCornNotCounted() {
    assertEquals(new FeedsDelivered("visitor_counts,stays,revenue", 3, true),
        FeedsDelivered.of(ALL));
    assertEquals(new FeedsDelivered("stays", 1, false),
        FeedsDelivered.of(Set.of(Feed.BIOMASS_CORN, Feed.STAYS)));
    assertEquals(new FeedsDelivered("", 0, false), FeedsDelivered.of(Set.of()));
  }
}
