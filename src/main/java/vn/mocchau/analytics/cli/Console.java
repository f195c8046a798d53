package vn.mocchau.analytics.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import vn.mocchau.analytics.contract.ColumnSpec;
import vn.mocchau.analytics.contract.Feed;
import vn.mocchau.analytics.text.Msg;
import vn.mocchau.analytics.text.Language;

/**
 * What the officer sees: progress lines, one per stage, with elapsed time, and plain lines, in the
 * run's language (Vietnamese by default). Numbers, months and periods are written as the charts
 * and the report write them ({@link Language}): "19.333", "0,76", "10/2026" in Vietnamese.
 */
public final class Console {
  private final PrintStream out;
  private final Language lang;
  private final Instant start = Instant.now();

  public Console(PrintStream out, Language lang) {
    this.out = out;
    this.lang = lang;
  }

  Language lang() {
    return lang;
  }

  String text(Msg message, Object... args) {
    return message.format(lang, args);
  }

  /** A count: "19.333" (vi), "19,333" (en). */
  String count(long n) {
    return lang.number(n, 0);
  }

  /**
   * A period as target_progress writes it ("2025-11..2026-10", or a year "2025"), as the
   * language writes it: "11/2025–10/2026" (vi), "Nov 2025–Oct 2026" (en).
   */
  String period(String period) {
    return period == null ? "" : lang.period(period);
  }

  /** A feed as the officer calls it: "lượt khách" (vi); the folder name in English. */
  String feed(Feed feed) {
    return feedName(feed).in(lang);
  }

  /** A feed's name in both languages, to pass into a notice. */
  static Msg feedName(Feed feed) {
    return switch (feed) {
      case VISITOR_COUNTS -> Msg.FEED_VISITOR_COUNTS;
      case STAYS -> Msg.FEED_STAYS;
      case REVENUE -> Msg.FEED_REVENUE;
      case BIOMASS_CORN -> Msg.FEED_BIOMASS_CORN;
      case INDICATOR_VALUES -> Msg.FEED_INDICATOR_VALUES;
    };
  }

  String feed(String folder) {
    for (Feed feed : Feed.registered()) {
      if (feed.folder().equals(folder)) {
        return feed(feed);
      }
    }
    return folder;
  }

  /**
   * A feed's column as the contract names it in the officer's language: "địa bàn" for
   * {@code locality}; a rejection of the whole row (no column) is "(cả dòng)" / "(row)".
   */
  String column(Feed feed, String column) {
    if (column == null || column.isEmpty() || column.equals("(row)")) {
      return text(Msg.WHOLE_ROW);
    }
    if (lang == Language.VI) {
      for (ColumnSpec spec : feed.contract().columns()) {
        if (spec.name().equals(column) && !spec.viAliases().isEmpty()) {
          return spec.viAliases().get(0);
        }
      }
    }
    return column;
  }

  /**
   * Why something failed, never empty: the first non-blank line of the exception's message (some
   * start with a line break: jobs/sql "\d" once printed "Lỗi truy vấn: " and nothing else), or
   * Spark's error class, or the exception's kind when there is no message.
   */
  static String cause(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    for (String line : message.split("\\R")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    String errorClass = e instanceof org.apache.spark.SparkThrowable spark
        ? spark.getErrorClass() : null;
    return errorClass != null ? errorClass : e.getClass().getSimpleName();
  }

  void stage(Msg message, Object... args) {
    stage(text(message, args));
  }

  void say(Msg message, Object... args) {
    line(text(message, args));
  }

  /** A stage line with the seconds since the job started, "[  9,3s]" in Vietnamese. */
  public void stage(String message) {
    long tenths = Math.round(Duration.between(start, Instant.now()).toMillis() / 100.0);
    String seconds = lang.number(tenths / 10, 0) + lang.pick(",", ".") + tenths % 10;
    out.printf("[%5ss] %s%n", seconds, message);
    out.flush();
  }

  public void line(String message) {
    out.println(message);
    out.flush();
  }
}
