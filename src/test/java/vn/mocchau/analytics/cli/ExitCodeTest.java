package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.run.PublishDecision.FeedStatus;

class ExitCodeTest {
  @Test
  void theNumbersAreTheOnesTheReadmeDocuments() {
    Map<Integer, String> codes = new TreeMap<>();
    Arrays.stream(ExitCode.values()).forEach(c -> codes.put(c.code(), c.name()));
    assertEquals(Map.of(0, "OK", 1, "INTERNAL_ERROR", 2, "USAGE", 3, "BAD_DELIVERY",
        4, "TOO_MANY_REJECTS", 5, "OUTPUT_BUSY", 6, "BAD_REFERENCE", 7, "OUTPUT_UNWRITABLE"),
        codes);
  }

  @Test
  void anUnreadableFileIsWorseThanTooManyRejectedRowsWhicheverFeedComesFirst() {
    assertSame(ExitCode.BAD_DELIVERY, ExitCode.TOO_MANY_REJECTS.worse(ExitCode.BAD_DELIVERY));
    assertSame(ExitCode.BAD_DELIVERY, ExitCode.BAD_DELIVERY.worse(ExitCode.TOO_MANY_REJECTS));
    assertSame(ExitCode.TOO_MANY_REJECTS, ExitCode.OK.worse(ExitCode.TOO_MANY_REJECTS));
    assertSame(ExitCode.TOO_MANY_REJECTS, ExitCode.TOO_MANY_REJECTS.worse(ExitCode.OK));
    assertSame(ExitCode.OK, ExitCode.OK.worse(ExitCode.OK));
    assertSame(ExitCode.INTERNAL_ERROR, ExitCode.USAGE.worse(ExitCode.INTERNAL_ERROR));
  }

  @Test
  void onlyOkIsOk() {
    assertTrue(ExitCode.OK.ok());
    Arrays.stream(ExitCode.values()).filter(c -> c != ExitCode.OK)
        .forEach(c -> assertFalse(c.ok(), c.name()));
  }

  @Test
  void aFeedNotDeliveredDoesNotFailTheMonth() {
    assertSame(ExitCode.OK, ExitCode.of(FeedStatus.OK));
    assertSame(ExitCode.OK, ExitCode.of(FeedStatus.NOT_DUE));
    assertSame(ExitCode.OK, ExitCode.of(FeedStatus.NOT_DELIVERED));
    assertSame(ExitCode.TOO_MANY_REJECTS, ExitCode.of(FeedStatus.TOO_MANY_REJECTS));
    assertSame(ExitCode.BAD_DELIVERY, ExitCode.of(FeedStatus.FAILED_FILE));
  }
}
