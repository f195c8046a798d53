package vn.mocchau.analytics.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.mocchau.analytics.testing.Fixtures;

/** Every rejection reason, warning and reason-code meaning the contracts write, as text. */
final class ReasonWordingCases {
  private ReasonWordingCases() {}

  /** Label, English, Vietnamese (and code, column, value) of every case, in order. */
  static List<String> observed() {
    List<String> out = new ArrayList<>();
    VisitorCountsContract v = new VisitorCountsContract();
    RevenueContract r = new RevenueContract();
    StaysContract s = new StaysContract();
    BiomassCornContract c = new BiomassCornContract();
    row(out, v, "2026-01", "2026-02-01", "03982", "domestic", "10");
    row(out, v, "2026-01", "29/02/2025", "03982", "domestic", "10");
    row(out, v, "2026-01", "5 Jan", "03982", "domestic", "10");
    row(out, v, "2026-01", "2026-01-05", "03982", "alien", "10");
    row(out, v, "2026-01", "2026-01-05", "03982", "domestic", "-5");
    row(out, v, "2026-01", "2026-01-05", "03982", "domestic", "1.2.3");
    row(out, v, "2026-01", "2026-01-05", "03982", "domestic", "12345678901234567890");
    row(out, v, "2026-01", "2026-01-05", "Tân Lập", "domestic", "10");
    row(out, v, "2026-01", "2026-01-05", "Phường Mộc Chuau", "domestic", "10");
    row(out, v, "2026-01", "2026-01-05", "03982", "domestic", null);
    row(out, r, "2026-01", "2026-02", "03982", "accommodation", "5", "dong");
    row(out, r, "2026-01", "13/2026", "03982", "accommodation", "5", "dong");
    row(out, r, "2026-01", "Jan", "03982", "accommodation", "5", "dong");
    row(out, r, "2026-01", "2026-01", "03982", "accommodation", "-5", "dong");
    row(out, r, "2026-01", "2026-01", "03982", "accommodation", "abc", "dong");
    row(out, r, "2026-01", "2026-01", "03982", "accommodation", "5", "yen");
    row(out, r, "2026-01", "2026-01", "03982", "spa", "5", "dong");
    row(out, r, "2026-01", "2026-01", "03982", "accommodation", "99999999999999999999", "dong");
    row(out, r, "2026-01", "2026-01", "03982", "accommodation", "9999999999999", "billion_dong");
    row(out, s, "2026-01", "R1", "CS-9999", "2026-01-03", "2026-01-05", "2", "VN");
    row(out, s, "2026-01", "R1", "CS-0001", "2026-02-03", "2026-02-05", "2", "VN");
    row(out, s, "2026-01", "R1", "CS-0001", "2026-01-05", "2026-01-03", "2", "VN");
    row(out, s, "2026-01", "R1", "CS-0001", "2026-01-03", "2026-01-05", "0", "VN");
    row(out, s, "2026-01", "R1", "CS-0001", "2026-01-03", "2026-01-05", "2", "XX");
    row(out, s, "2026-01", "R1", "CS-0001", "2025-09-03", null, "2", "FR");
    row(out, s, "2026-01", "R1", "CS-0001", "2025-12-03", "2025-12-05", "2", "FR");
    row(out, s, "2026-01", "R1", "CS-0001", "2025-12-03", "2025-12-03", "2", "FR");
    row(out, s, "2026-01", "R1", "CS-0004", "2026-01-03", "2026-01-05", "2", "VN");
    row(out, c, "2026-07", "1999", "spring", "03982", "10", "5", "40", "3");
    row(out, c, "2026-07", "2027", "spring", "03982", "10", "5", "40", "3");
    row(out, c, "2026-07", "2026", "spring", "03982", "10", "12", "40", "3");
    row(out, c, "2026-07", "2026", "spring", "03982", "123456789012345", "5", "40", "3");
    row(out, c, "2026-07", "2026", "autumn", "03982", "10", "5", "40", "3");
    row(out, c, "2026-07", "2026", "spring", "03982", "10", "5", "40", "-3");
    for (NumberStyle style : NumberStyle.values()) {
      try {
        Decimals.resolve(Decimals.read("2.150"), style, "2.150");
        out.add("decimal " + style + ": read");
      } catch (InvalidValueException e) {
        out.add("decimal " + style + ": " + e.code() + " | " + e.reasonEn() + " | "
            + e.reasonVi());
      }
    }
    for (String text : new String[] {"x1", "1,2,3", "--1"}) {
      try {
        Decimals.read(text);
        out.add("read " + text + ": read");
      } catch (InvalidValueException e) {
        out.add("read " + text + ": " + e.code() + " | " + e.reasonEn() + " | " + e.reasonVi());
      }
    }
    for (Map.Entry<String, Notice> e : ReasonCode.ALL.entrySet()) {
      out.add("code " + e.getKey() + " | " + e.getValue().en() + " | " + e.getValue().vi());
    }
    out.add("calendar | " + DeliveryCalendar.MONTHLY.description() + " | "
        + DeliveryCalendar.AFTER_EACH_HARVEST.description());
    return out;
  }

  private static void row(List<String> out, FeedContract contract, String month,
      String... cells) {
    List<Notice> warnings = new ArrayList<>();
    String label = contract.feed() + " " + month + " " + java.util.Arrays.toString(cells) + ": ";
    try {
      contract.validate(cells, Fixtures.context(month, NumberStyle.VIETNAMESE, warnings));
      out.add(label + "valid " + warnings);
    } catch (RowRejectedException e) {
      Rejection x = e.rejection();
      out.add(label + x.code() + " | " + x.column() + " | " + x.value() + " | " + x.reasonEn()
          + " | " + x.reasonVi() + " | " + warnings);
    }
  }
}
