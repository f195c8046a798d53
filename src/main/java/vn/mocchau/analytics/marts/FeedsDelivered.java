package vn.mocchau.analytics.marts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.mocchau.analytics.contract.Feed;

/** Which tourism feeds a month of a monthly tourism mart was built from. */
public record FeedsDelivered(
    @MartColumn(meaning = "tourism feeds delivered for the period, comma-separated")
    String feedsDelivered,
    @MartColumn(unit = "0-3", meaning = "how many of the three tourism feeds were delivered")
    Integer feedsDeliveredCount,
    @MartColumn(meaning = "all three tourism feeds delivered")
    Boolean complete) {

  public static FeedsDelivered of(Set<Feed> delivered) {
    List<String> names = new ArrayList<>();
    for (Feed feed : Feed.TOURISM) {
      if (delivered.contains(feed)) {
        names.add(feed.folder());
      }
    }
    return new FeedsDelivered(String.join(",", names), names.size(), names.size() == 3);
  }
}
