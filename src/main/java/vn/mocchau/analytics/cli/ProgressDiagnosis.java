package vn.mocchau.analytics.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;

/**
 * Why the headline indicator (visits, a rolling 12-month value) cannot be assessed as of a month,
 * and what helps. Progress compares the latest 12 months with the baseline year, so it needs the
 * baseline year to be over and complete, and the 12 months ending in the as-of month:
 * <ul>
 *   <li>before the end of the baseline year nothing can help: wait (no backfill advice);
 *   <li>needed months delivered but not yet published: a backfill over exactly those months;
 *   <li>needed months never delivered: name them (a backfill cannot create them);
 *   <li>every needed month published, yet no complete window: a feed is missing in some month.
 * </ul>
 * Pure: the caller says which months are published and which are delivered.
 */
final class ProgressDiagnosis {
  private static final int MONTHS_NAMED = 6;

  /** One case: the message and its arguments; {@code months} are listed where the message asks. */
  record Advice(Msg message, List<Object> args, List<YearMonth> months) {
    String text(Language lang) {
      List<Object> all = new ArrayList<>(args);
      if (message == Msg.PROGRESS_MONTHS_MISSING) {
        String listed = months.stream().limit(MONTHS_NAMED).map(lang::month)
            .collect(Collectors.joining(", "));
        all.add(months.size() > MONTHS_NAMED ? listed + ", …" : listed);
      }
      return message.format(lang, all.toArray());
    }
  }

  private ProgressDiagnosis() {}

  static Advice of(YearMonth asOf, int baselineYear, Predicate<YearMonth> published,
      Predicate<YearMonth> delivered) {
    YearMonth firstAssessable = YearMonth.of(baselineYear + 1, 1);
    if (asOf.isBefore(firstAssessable)) {
      return new Advice(Msg.PROGRESS_BEFORE_BASELINE_END, List.of(baselineYear, firstAssessable),
          List.of());
    }
    YearMonth windowStart = asOf.minusMonths(11);
    List<YearMonth> needed = new ArrayList<>();
    for (YearMonth m = YearMonth.of(baselineYear, 1); !m.isAfter(asOf); m = m.plusMonths(1)) {
      if (m.getYear() == baselineYear || !m.isBefore(windowStart)) {
        needed.add(m);
      }
    }
    List<YearMonth> missing = needed.stream().filter(published.negate()).toList();
    List<YearMonth> loadable = missing.stream().filter(delivered).toList();
    List<Object> window = List.of(baselineYear, windowStart, asOf);
    if (!loadable.isEmpty()) {
      List<Object> args = new ArrayList<>(window);
      args.addAll(List.of(loadable.size(), loadable.get(0).toString(), asOf.toString()));
      return new Advice(Msg.PROGRESS_NEEDS_BACKFILL, args, loadable);
    }
    if (!missing.isEmpty()) {
      List<Object> args = new ArrayList<>(window);
      args.add(missing.size());
      return new Advice(Msg.PROGRESS_MONTHS_MISSING, args, missing);
    }
    return new Advice(Msg.PROGRESS_INCOMPLETE_MONTHS, window, List.of());
  }
}
