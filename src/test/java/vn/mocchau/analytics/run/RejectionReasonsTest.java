package vn.mocchau.analytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.contract.RejectionTally;

/** Rejected rows grouped by column and reason code, as the manifest and the report take them. */
class RejectionReasonsTest {
  private static final StructType SCHEMA = new StructType()
      .add("source_file", DataTypes.StringType)
      .add("source_line", DataTypes.IntegerType)
      .add("status", DataTypes.StringType)
      .add("column", DataTypes.StringType)
      .add("reason_en", DataTypes.StringType)
      .add("reason_vi", DataTypes.StringType)
      .add("reason_code", DataTypes.StringType);

  private static Row row(int line, String status, String column, String code, String reason) {
    return new GenericRowWithSchema(new Object[] {"stays/2026-01/a.csv", line, status, column,
        reason, reason + " (vi)", code}, SCHEMA);
  }

  @Test
  void groupsRejectedRowsByColumnAndCodeMostFirstWithTheFirstRowAsExample() {
    List<Row> notAccepted = List.of(
        row(3, "rejected", "check_out", "date_order", "check_out 2026-01-02 before check_in"),
        row(4, "rejected", "guests", "not_a_number", "guests 'mười' is not a number"),
        row(5, "duplicate", null, null, null),
        row(7, "rejected", "guests", "not_a_number", "guests 'x' is not a number"),
        row(9, "rejected", "guests", "negative", "guests -1 is negative"),
        row(11, "rejected", "check_out", "date_order", "check_out 2026-01-05 before check_in"));
    List<RejectionTally.Count> reasons = RejectionReasons.byReason(notAccepted);
    assertEquals(List.of(
        new RejectionTally.Count("check_out", "date_order", 2, "stays/2026-01/a.csv:3",
            "check_out 2026-01-02 before check_in", "check_out 2026-01-02 before check_in (vi)"),
        new RejectionTally.Count("guests", "not_a_number", 2, "stays/2026-01/a.csv:4",
            "guests 'mười' is not a number", "guests 'mười' is not a number (vi)"),
        new RejectionTally.Count("guests", "negative", 1, "stays/2026-01/a.csv:9",
            "guests -1 is negative", "guests -1 is negative (vi)")), reasons);
    assertEquals(5, new RejectionReasons(null, List.of(), reasons).rows(),
        "duplicates are not rejections");
  }

  @Test
  void aReasonWithoutCodeIsItsOwnGroup() {
    List<RejectionTally.Count> reasons = RejectionReasons.byReason(List.of(
        row(2, "rejected", "(row)", null, "too few fields"),
        row(3, "rejected", "(row)", "field_count", "too few fields")));
    assertEquals(2, reasons.size());
    assertEquals(null, reasons.get(0).reasonCode());
    assertEquals("field_count", reasons.get(1).reasonCode());
  }
}
