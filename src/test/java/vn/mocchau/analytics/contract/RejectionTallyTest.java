package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.text.Language;

/** The one grouping of rejection reasons that the console, the manifest and the report share. */
class RejectionTallyTest {
  private static RejectionTally.Rejected row(String column, String code, int line, String en,
      String vi) {
    return new RejectionTally.Rejected(column, code, "stays.csv:" + line, en, vi);
  }

  @Test
  void rowsAreCountedPerColumnAndReasonCodeMostFirstWithTheFirstRowAsExample() {
    List<RejectionTally.Count> counts = RejectionTally.of(List.of(
        row("check_out", "before_check_in", 2, "'2026-10-01' is before check-in", "trước"),
        row("locality", "unknown_locality", 3, "unknown locality 'X'", "không rõ 'X'"),
        row("check_out", "before_check_in", 4, "'2026-10-02' is before check-in", "trước"),
        row("check_out", "not_a_date", 5, "'abc' is not a date", "không phải ngày"),
        row("locality", "unknown_locality", 6, "unknown locality 'Y'", "không rõ 'Y'"),
        row("check_out", "before_check_in", 7, "'2026-10-03' is before check-in", "trước")));
    assertEquals(3, counts.size());
    assertEquals(new RejectionTally.Count("check_out", "before_check_in", 3, "stays.csv:2",
        "'2026-10-01' is before check-in", "trước"), counts.get(0));
    assertEquals(List.of("unknown_locality", "not_a_date"),
        List.of(counts.get(1).reasonCode(), counts.get(2).reasonCode()));
    assertEquals(List.of(2L, 1L), List.of(counts.get(1).rows(), counts.get(2).rows()));
    assertEquals(6, counts.stream().mapToLong(RejectionTally.Count::rows).sum(),
        "every rejected row is in one group");
  }

  @Test
  void withoutACodeTheWordingWithItsValuesMaskedStandsInForIt() {
    List<RejectionTally.Count> counts = RejectionTally.of(List.of(
        row("locality", null, 2, "unknown locality 'Phường Mộc Chuau'",
            "địa bàn không xác định 'Phường Mộc Chuau'"),
        row("locality", null, 3, "unknown locality 'Xã Mường Sang'",
            "địa bàn không xác định 'Xã Mường Sang'"),
        row("check_in", null, 4, "2026-09-30 is outside the delivery month",
            "2026-09-30 nằm ngoài tháng nộp")));
    assertEquals(2, counts.size());
    assertEquals(2, counts.get(0).rows());
    assertEquals("địa bàn không xác định '…'", counts.get(0).meaning(Language.VI));
    assertEquals("unknown locality '…'", counts.get(0).meaning(Language.EN));
    assertEquals("… is outside the delivery month", counts.get(1).meaning(Language.EN));
  }

  @Test
  void aKnownCodeIsToldByItsMeaningInEachLanguage() {
    String code = ReasonCode.ALL.keySet().iterator().next();
    RejectionTally.Count count = RejectionTally.of(List.of(row("c", code, 2, "x 'v'", "y 'v'")))
        .get(0);
    assertEquals(ReasonCode.ALL.get(code).text(Language.VI), count.meaning(Language.VI));
    assertEquals(ReasonCode.ALL.get(code).text(Language.EN), count.meaning(Language.EN));
  }
}
