package vn.mocchau.analytics.cli;

import vn.mocchau.analytics.text.Msg;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.progress.Progress;
import vn.mocchau.analytics.report.Programme;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.run.PublishDecision.FeedStatus;
import vn.mocchau.analytics.run.RunManifest.TopReason;

/**
 * The closing summary of a month on the console: per feed its status, counts and top rejection
 * reasons; then progress, warnings and where to look. Reads the run's typed results only.
 */
final class MonthSummary {
  private MonthSummary() {}

  /** One feed's line: status, counts and the columns with most rejected rows. */
  record FeedLine(Feed feed, FeedStatus status, int files, long read, long accepted,
      long rejected, long duplicates, List<TopReason> reasons) {
    static FeedLine notDelivered(Feed feed, FeedStatus status) {
      return new FeedLine(feed, status, 0, 0, 0, 0, 0, List.of());
    }
  }

  /**
   * Where to look when the visits indicator is not assessed: which months are published in
   * --out and delivered in --raw (see {@link ProgressDiagnosis}).
   */
  record Months(Predicate<YearMonth> published, Predicate<YearMonth> delivered) {}

  static Msg statusText(FeedStatus status) {
    return switch (status) {
      case OK -> Msg.STATUS_DELIVERED;
      case NOT_DUE -> Msg.STATUS_NOT_DUE;
      case NOT_DELIVERED -> Msg.STATUS_NOT_DELIVERED;
      case FAILED_FILE -> Msg.STATUS_FAILED_FILE;
      case TOO_MANY_REJECTS -> Msg.STATUS_TOO_MANY_REJECTS;
    };
  }

  static void print(Console console, YearMonth month, List<FeedLine> feeds,
      List<Progress.Row> progress, List<Notice> warnings, Months months, String reportPath,
      String rejectsPath) {
    Language language = console.lang();
    console.line("");
    console.say(Msg.SUMMARY_HEADING, month);
    console.line("  " + console.text(Msg.SUMMARY_COLUMNS));
    for (FeedLine f : feeds) {
      console.line(String.format(Locale.ROOT, "  %-16s %-16s %5s %6s %10s %8s %10s",
          console.feed(f.feed()), console.text(statusText(f.status())), console.count(f.files()),
          console.count(f.read()), console.count(f.accepted()), console.count(f.rejected()),
          console.count(f.duplicates())));
      if (!f.reasons().isEmpty()) {
        console.line("      " + console.text(Msg.TOP_REASONS));
        for (TopReason r : f.reasons()) {
          // The column as the officer's file wrote it; the contract's own name without one.
          String label = language.pick(r.columnLabelVi(), r.columnLabel());
          String text = (label != null ? label : console.column(f.feed(), r.column())) + " ("
              + console.count(r.rows()) + "), " + console.text(Msg.EXAMPLE) + " " + r.example()
              + ": " + language.pick(r.reasonVi(), r.reason());
          console.line("        " + shorten(text, 160));
        }
      }
    }
    // One line per assessed headline target (the five the monthly feeds measure); the rest of
    // the programme, some fifty targets, is one line of counts per status (the report lists it).
    List<Progress.Row> assessed = progress.stream()
        .filter(row -> !row.target().fromIndicatorValues())
        .filter(row -> !"not_assessed".equals(row.status())).toList();
    if (!assessed.isEmpty()) {
      console.say(Msg.PROGRESS_HEADING);
      for (Progress.Row row : assessed) {
        console.line("  " + language.pick(row.target().nameVi(), row.target().nameEn()) + ": "
            + console.lang().word(row.status()) + " — " + describe(row, console));
      }
    }
    if (progress.stream().anyMatch(row -> row.target().fromIndicatorValues())) {
      console.say(Msg.PROGRAMME_COUNTS, Programme.countsLine(Programme.counts(
          progress.stream().map(Progress.Row::status).toList(),
          progress.stream().map(row -> Programme.hasData(row.assessedValue() != null,
              row.target().sourceFeed())).toList()), language));
    }
    progress.stream()
        .filter(row -> "visitors".equals(row.target().indicatorId()))
        .filter(row -> "not_assessed".equals(row.status()))
        .findFirst()
        .ifPresent(row -> console.line(ProgressDiagnosis.of(month, row.target().baselineYear(),
            months.published(), months.delivered()).text(language)));
    if (!warnings.isEmpty()) {
      console.say(Msg.WARNINGS, warnings.size());
      warnings.stream().limit(10).forEach(w -> console.line("  - " + w.text(language)));
      if (warnings.size() > 10) {
        console.say(Msg.MORE_WARNINGS, warnings.size() - 10);
      }
    }
    if (reportPath != null) {
      console.say(Msg.REPORT_AT, reportPath);
    }
    if (rejectsPath != null) {
      console.say(Msg.REJECTS_AT, rejectsPath);
    }
  }

  /**
   * An assessed indicator as the officer reads it: "4.066.680 lượt khách/năm (11/2025–10/2026),
   * P = 0,76, tạm tính"; shares as "27,3 %".
   */
  static String describe(Progress.Row row, Console console) {
    Language lang = console.lang();
    boolean share = row.target().unit().startsWith("fraction");
    String value = row.assessedValue() == null ? "–" : share
        ? lang.percent(row.assessedValue().doubleValue(), 1)
        : lang.number(row.assessedValue().doubleValue(),
            row.assessedValue().abs().doubleValue() < 100 ? 2 : 0);
    String p = row.anticipatedProgress() == null ? ""
        : ", P = " + lang.progressRatio(row.anticipatedProgress());
    String unit = share ? ""
        : " " + lang.unit(row.target().unit());
    return value + unit + " (" + console.period(row.assessedPeriod()) + ")" + p
        + (row.provisional() ? ", " + lang.word("provisional") : "");
  }


  /** At most {@code max} characters, cut after a whole word ("…" marks the cut). */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max - 1);
    return text.substring(0, space > max / 2 ? space : max - 1) + " …";
  }
}
