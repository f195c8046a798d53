package vn.mocchau.analytics.contract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rejected rows counted by column and reason code: the one grouping of rejection reasons, used by
 * the run (console summary and manifest, from the rows the ingest holds) and by the report (from
 * the same rows, or from the published quarantine when it is redrawn alone).
 */
public final class RejectionTally {
  private RejectionTally() {}

  /**
   * One rejected row as the tally needs it.
   *
   * @param reasonCode the stable {@link ReasonCode}; null in quarantine published before codes
   *     existed, whose reason's wording, values masked, then stands in for the code
   * @param example where the row is, "file:line"
   */
  public record Rejected(String column, String reasonCode, String example, String reasonEn,
      String reasonVi) {}

  /** Rows with one column and reason, the first row seen as the example. */
  public record Count(String column, String reasonCode, long rows, String example,
      String reasonEn, String reasonVi) {

    /** The reason in a language: the code's meaning, else the first row's wording, masked. */
    public String meaning(vn.mocchau.analytics.text.Language lang) {
      Notice known = reasonCode == null ? null : ReasonCode.ALL.get(reasonCode);
      return known != null ? known.text(lang) : masked(lang.pick(reasonVi, reasonEn));
    }
  }

  /** A date or month written bare in a reason (years 1900–2099, so "ISO 3166-1" stays). */
  public static final String BARE_DATE =
      "\\b((19|20)\\d{2}-\\d{1,2}(-\\d{1,2})?|(\\d{1,2}/)?\\d{1,2}/(19|20)\\d{2})\\b";

  /** A reason's wording with its values (quoted, and bare dates) masked, so alike reasons group. */
  public static String masked(String reason) {
    return String.valueOf(reason).replaceAll(Rejection.QUOTED_VALUE, Rejection.MASK)
        .replaceAll(BARE_DATE, "…");
  }

  /** Counts per column and reason, most rows first; equal counts keep the order of first sight. */
  public static List<Count> of(Iterable<Rejected> rows) {
    Map<List<String>, Count> groups = new LinkedHashMap<>();
    for (Rejected row : rows) {
      String reason = row.reasonCode() != null ? row.reasonCode() : masked(row.reasonEn());
      groups.merge(java.util.Arrays.asList(row.column(), reason),
          new Count(row.column(), row.reasonCode(), 1, row.example(), row.reasonEn(),
              row.reasonVi()),
          (seen, next) -> new Count(seen.column(), seen.reasonCode(), seen.rows() + 1,
              seen.example(), seen.reasonEn(), seen.reasonVi()));
    }
    return groups.values().stream().sorted(Comparator.comparingLong(Count::rows).reversed())
        .toList();
  }
}
