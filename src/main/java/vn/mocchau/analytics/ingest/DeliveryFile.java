package vn.mocchau.analytics.ingest;

import java.io.Serializable;

/**
 * One delivered CSV file: its location (a Hadoop path URI), its name as reports show it
 * ({@code feed/YYYY-MM/file.csv}) and its rank in code-point order of names within the delivery.
 */
public record DeliveryFile(String location, String name, int order) implements Serializable {

  public boolean gzipped() {
    return name.endsWith(".gz");
  }
}
