package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.text.Msg;

/**
 * The officers' guide (docs/huong-dan.md) quotes the words the jobs print. When a message the guide
 * explains is reworded in {@link Msg}, this test fails until the guide says the same.
 */
class HuongDanTest {
  /** Messages the officer meets in the monthly routine, and that the guide therefore explains. */
  private static final Set<Msg> IN_GUIDE = EnumSet.of(Msg.MONTH_UNREADABLE, Msg.MONTH_IN_FUTURE,
      Msg.MONTH_BEFORE_FIRST, Msg.OUTPUT_BUSY, Msg.STALE_LOCK, Msg.FEED_NOT_DELIVERED,
      Msg.FEED_COUNTS, Msg.PUBLISHED_STAGE, Msg.REPORT_DRAWN, Msg.SUMMARY_HEADING,
      Msg.SUMMARY_COLUMNS, Msg.STATUS_DELIVERED, Msg.STATUS_NOT_DELIVERED, Msg.STATUS_FAILED_FILE,
      Msg.STATUS_TOO_MANY_REJECTS, Msg.TOP_REASONS, Msg.WARNINGS, Msg.PROGRESS_HEADING,
      Msg.REPORT_AT, Msg.REJECTS_AT, Msg.MANIFEST, Msg.PUBLISHED, Msg.NOT_PUBLISHED,
      Msg.BACKFILL_STOPPED, Msg.IGNORED_FILE, Msg.PROGRESS_BEFORE_BASELINE_END,
      Msg.PROGRESS_NEEDS_BACKFILL, Msg.VALIDATE_OK, Msg.VALIDATE_NOT_OK, Msg.FEED_NOT_DUE,
      Msg.STATUS_NOT_DUE, Msg.TEMPLATE_WRITTEN, Msg.PROGRAMME_COUNTS);

  @Test
  void theGuideUsesTheWordsTheJobsPrint() throws Exception {
    String guide = Files.readString(Path.of("docs/huong-dan.md"), StandardCharsets.UTF_8)
        .replaceAll("\\s+", " ");
    List<String> missing = new ArrayList<>();
    for (Msg message : IN_GUIDE) {
      // The fixed words between the values (%s, %d...) must appear in the guide.
      for (String words : message.vi().split("%[-0-9.,]*[sdfn%]")) {
        String fixed = words.replaceAll("\\s+", " ").replaceAll("^[\\s.,;:()]+|[\\s.,;:()]+$", "");
        if (fixed.length() >= 6 && !guide.contains(fixed)) {
          missing.add(message + ": \"" + fixed + "\"");
        }
      }
    }
    assertTrue(missing.isEmpty(), "docs/huong-dan.md does not quote " + missing);
  }
}
