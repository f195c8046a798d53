package vn.mocchau.analytics.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.mocchau.analytics.text.Reason;

/**
 * The stable codes of the quarantine's {@code reason_code} column: one short code per kind of
 * problem, the same in both languages and across releases, so that "rejected rows by reason" can
 * be counted with a GROUP BY; the offending values stay in the reason texts. {@link #ALL} is the
 * one list the docs (data dictionary, docs/contract.md, the guide) are checked against.
 */
public final class ReasonCode {
  public static final String MISSING_VALUE = "missing_value";
  public static final String BAD_DATE = "bad_date";
  public static final String BAD_MONTH = "bad_month";
  public static final String BAD_NUMBER = "bad_number";
  public static final String AMBIGUOUS_NUMBER = "ambiguous_number";
  public static final String TOO_LARGE = "too_large";
  public static final String NEGATIVE_VALUE = "negative_value";
  public static final String BELOW_MINIMUM = "below_minimum";
  public static final String UNKNOWN_VALUE = "unknown_value";
  public static final String UNKNOWN_LOCALITY = "unknown_locality";
  public static final String UNKNOWN_ESTABLISHMENT = "unknown_establishment";
  public static final String BAD_NATIONALITY = "bad_nationality";
  public static final String OUTSIDE_MONTH = "outside_month";
  public static final String BAD_YEAR = "bad_year";
  public static final String CHECK_OUT_BEFORE_CHECK_IN = "check_out_before_check_in";
  public static final String STAY_TOO_LONG = "stay_too_long";
  public static final String HARVESTED_ABOVE_PLANTED = "harvested_above_planted";
  // Slice A of #15: the rows of indicator_values (programme.md §1).
  public static final String UNKNOWN_INDICATOR = "unknown_indicator";
  public static final String BAD_PERIOD = "bad_period";
  public static final String WRONG_FREQUENCY = "wrong_frequency";
  public static final String PERIOD_NOT_STARTED = "period_not_started";
  public static final String UNKNOWN_SCOPE = "unknown_scope";
  public static final String WRONG_SCOPE = "wrong_scope";
  public static final String BAD_SHARE = "bad_share";
  public static final String UNEXPECTED_PERCENT = "unexpected_percent";
  public static final String FIELD_COUNT = "field_count";
  public static final String UNCLOSED_QUOTE = "unclosed_quote";
  public static final String CONFLICT = "conflict";
  public static final String DUPLICATE = "duplicate";
  public static final String REPLACED = "replaced";

  /**
   * Every code with its meaning in both languages (the catalogue's {@code Reason.CODE_…}), in the
   * order the docs list them.
   */
  public static final Map<String, Notice> ALL = new LinkedHashMap<>();

  static {
    ALL.put(MISSING_VALUE, Notice.of(Reason.CODE_MISSING_VALUE));
    ALL.put(BAD_DATE, Notice.of(Reason.CODE_BAD_DATE));
    ALL.put(BAD_MONTH, Notice.of(Reason.CODE_BAD_MONTH));
    ALL.put(BAD_NUMBER, Notice.of(Reason.CODE_BAD_NUMBER));
    ALL.put(AMBIGUOUS_NUMBER, Notice.of(Reason.CODE_AMBIGUOUS_NUMBER));
    ALL.put(TOO_LARGE, Notice.of(Reason.CODE_TOO_LARGE));
    ALL.put(NEGATIVE_VALUE, Notice.of(Reason.CODE_NEGATIVE_VALUE));
    ALL.put(BELOW_MINIMUM, Notice.of(Reason.CODE_BELOW_MINIMUM));
    ALL.put(UNKNOWN_VALUE, Notice.of(Reason.CODE_UNKNOWN_VALUE));
    ALL.put(UNKNOWN_LOCALITY, Notice.of(Reason.CODE_UNKNOWN_LOCALITY));
    ALL.put(UNKNOWN_ESTABLISHMENT, Notice.of(Reason.CODE_UNKNOWN_ESTABLISHMENT));
    ALL.put(BAD_NATIONALITY, Notice.of(Reason.CODE_BAD_NATIONALITY));
    ALL.put(OUTSIDE_MONTH, Notice.of(Reason.CODE_OUTSIDE_MONTH));
    ALL.put(BAD_YEAR, Notice.of(Reason.CODE_BAD_YEAR));
    ALL.put(CHECK_OUT_BEFORE_CHECK_IN, Notice.of(Reason.CODE_CHECK_OUT_BEFORE_CHECK_IN));
    ALL.put(STAY_TOO_LONG, Notice.of(Reason.CODE_STAY_TOO_LONG));
    ALL.put(HARVESTED_ABOVE_PLANTED, Notice.of(Reason.CODE_HARVESTED_ABOVE_PLANTED));
    // Slice A of #15: indicator_values.
    ALL.put(UNKNOWN_INDICATOR, Notice.of(Reason.CODE_UNKNOWN_INDICATOR));
    ALL.put(BAD_PERIOD, Notice.of(Reason.CODE_BAD_PERIOD));
    ALL.put(WRONG_FREQUENCY, Notice.of(Reason.CODE_WRONG_FREQUENCY));
    ALL.put(PERIOD_NOT_STARTED, Notice.of(Reason.CODE_PERIOD_NOT_STARTED));
    ALL.put(UNKNOWN_SCOPE, Notice.of(Reason.CODE_UNKNOWN_SCOPE));
    ALL.put(WRONG_SCOPE, Notice.of(Reason.CODE_WRONG_SCOPE));
    ALL.put(BAD_SHARE, Notice.of(Reason.CODE_BAD_SHARE));
    ALL.put(UNEXPECTED_PERCENT, Notice.of(Reason.CODE_UNEXPECTED_PERCENT));
    ALL.put(FIELD_COUNT, Notice.of(Reason.CODE_FIELD_COUNT));
    ALL.put(UNCLOSED_QUOTE, Notice.of(Reason.CODE_UNCLOSED_QUOTE));
    ALL.put(CONFLICT, Notice.of(Reason.CODE_CONFLICT));
    ALL.put(DUPLICATE, Notice.of(Reason.CODE_DUPLICATE, "duplicate"));
    ALL.put(REPLACED, Notice.of(Reason.CODE_REPLACED, "duplicate"));
  }

  private ReasonCode() {}
}
