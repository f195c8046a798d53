package vn.mocchau.analytics.ingest;

import java.util.List;

/**
 * A month's delivery of one feed as found in data-raw/: the CSV files to read (in code-point order
 * of their names) and the other files, which are ignored and reported. {@code delivered} is false
 * when the month has no folder or no CSV file for the feed.
 */
public record Delivery(String feed, String month, boolean delivered, List<DeliveryFile> files,
    List<String> ignoredFiles, List<String> linkedFiles) {

  /** A delivery without symbolic links. */
  public Delivery(String feed, String month, boolean delivered, List<DeliveryFile> files,
      List<String> ignoredFiles) {
    this(feed, month, delivered, files, ignoredFiles, List.of());
  }
}
