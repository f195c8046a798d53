package vn.mocchau.analytics.contract;

/** A warning or message in both languages the tool speaks: Vietnamese and English. */
public record Notice(String en, String vi) implements java.io.Serializable {
  public String text(boolean vietnamese) {
    return vietnamese ? vi : en;
  }
}
