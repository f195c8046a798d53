package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.testing.Folders;
import vn.mocchau.analytics.testing.Launcher;

/** jobs/validate prints every problem as the monthly job would find it, and writes nothing. */
class ValidateEndToEndTest {
  @TempDir
  Path work;

  @Test
  void listsEveryProblemAndWritesNothing() throws Exception {
    Path raw = work.resolve("data-raw");
    Folders.copy(Fixtures.resource("fixtures/reference"), raw.resolve("reference"));
    for (String feed : List.of("visitor_counts", "stays")) {
      Folders.copy(Fixtures.resource("e2e/deliveries/" + feed), raw.resolve(feed));
    }
    Folders.copy(Fixtures.resource("e2e/deliveries/bad-month"), raw);
    Launcher.Result ok = Launcher.run("validate", "2026-01", "--raw", raw.toString(), "--out",
        work.resolve("out").toString(), "--lang", "en");
    assertEquals(0, ok.exitCode(), ok.output());
    String out = ok.output();
    assertTrue(out.contains("visitor_counts/2026-01/a-moc-chau.csv:7 locality 'Tân Lập':"
        + " unknown locality 'Tân Lập'"), out);
    // English names the contract's code, the file's header ("Lượt khách") quoted beside it.
    assertTrue(out.contains("visitor_counts/2026-01/b-gui-lai.csv:3 arrivals (\"Lượt khách\") '85':"
        + " conflict"), out);
    assertTrue(out.contains("stays/2026-01/luu-tru-2026-01.csv.gz:8 establishment_id"
        + " 'CS-9999'"), out);
    assertTrue(out.contains("revenue: not delivered"), out);
    assertTrue(out.contains("biomass_corn: not due"), out);
    assertTrue(out.contains("can be published. Nothing was written."), out);
    assertEquals(List.of(), ConsoleWords.vietnamese(out), out);

    Launcher.Result vi = Launcher.run("validate", "2026-01", "--raw", raw.toString(), "--out",
        work.resolve("out").toString());
    String viOut = vi.output();
    assertTrue(viOut.contains("visitor_counts/2026-01/b-gui-lai.csv:3 Lượt khách '85': mâu thuẫn:"
        + " trùng ngày, nguồn khách, địa bàn với visitor_counts/2026-01/a-moc-chau.csv:6 nhưng"
        + " khác lượt khách; mọi dòng của khóa này bị loại"), viOut);
    // A file whose header is the contract's English code: the Vietnamese name instead.
    assertTrue(viOut.contains("visitor_counts/2026-01/a-moc-chau.csv:7 địa bàn 'Tân Lập':"
        + " địa bàn không xác định 'Tân Lập'"), viOut);
    assertTrue(viOut.contains("stays/2026-01/luu-tru-2026-01.csv.gz:8 mã cơ sở 'CS-9999'"),
        viOut);
    assertTrue(viOut.contains("doanh thu: chưa nộp"), viOut);
    assertTrue(viOut.contains("ngô sinh khối: không đến kỳ nộp"), viOut);
    for (String code : List.of("arrivals", "(row)", "establishment_id '", "conflict")) {
      assertFalse(viOut.contains(code), "no English code in Vietnamese mode: " + code);
    }

    Launcher.Result bad = Launcher.run("validate", "2026-02", "--raw", raw.toString(), "--out",
        work.resolve("out").toString());
    assertEquals(ExitCode.BAD_DELIVERY.code(), bad.exitCode(), bad.output());
    assertTrue(bad.output().contains("tệp visitor_counts/2026-02/a.csv: không phải UTF-8"),
        bad.output());
    assertTrue(bad.output().contains("doanh thu: chưa nộp"), bad.output());
    assertEquals(List.of(), ConsoleWords.english(bad.output()), bad.output());
    assertFalse(Files.exists(work.resolve("out")), "nothing written");
  }
}
