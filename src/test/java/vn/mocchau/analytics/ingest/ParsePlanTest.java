package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsePlanTest {
  private static final long MB = 1L << 20;

  @Test
  void fiveEqualFilesOnTwoCoresCutTheLastFileInTwo() {
    List<FilePart> plan = plan(2, 20 * MB, 20 * MB, 20 * MB, 20 * MB, 20 * MB);
    assertEquals(6, plan.size());
    for (int f = 0; f < 4; f++) {
      assertTrue(plan.get(f).isWhole());
    }
    assertEquals(new FilePart(plan.get(4).file(), 0, 2, 0, 10 * MB), plan.get(4));
    assertEquals(new FilePart(plan.get(5).file(), 1, 2, 10 * MB, Long.MAX_VALUE), plan.get(5));
    assertContiguous(plan);
  }

  @Test
  void oneLargeFileIsCutForEveryCore() {
    List<FilePart> plan = plan(4, 400 * MB);
    assertEquals(4, plan.size());
    assertContiguous(plan);
    assertEquals(2, plan(2, 10 * MB).size());
  }

  @Test
  void filesThatFillEveryRoundAreNotCut() {
    assertEquals(4, plan(2, 20 * MB, 20 * MB, 20 * MB, 20 * MB).size());
  }

  @Test
  void smallFilesAndSingleCoresAreNotCut() {
    assertEquals(1, plan(2, 7 * MB).size(), "two parts would be under 4 MiB");
    assertEquals(1, plan(1, 400 * MB).size(), "one core");
  }

  @Test
  void aLargeFileAmongSmallOnesIsTheOneCut() {
    List<FilePart> plan = plan(2, 1 * MB, 100 * MB, 1 * MB);
    assertTrue(plan.get(0).isWhole());
    assertEquals(2, plan.get(1).count());
    assertTrue(plan.get(3).isWhole());
    assertContiguous(plan);
  }

  private static List<FilePart> plan(int cores, long... textBytes) {
    List<DeliveryFile> files = new ArrayList<>();
    for (int f = 0; f < textBytes.length; f++) {
      files.add(new DeliveryFile("file:/f" + f + ".csv", "stays/2026-10/f" + f + ".csv", f));
    }
    return ParsePlan.parts(files, textBytes, cores, ParsePlan.MIN_PART_BYTES);
  }

  /** Each file's parts follow each other: from 0 to the end, later parts starting at 1 or more. */
  private static void assertContiguous(List<FilePart> plan) {
    for (int i = 0; i < plan.size(); i++) {
      FilePart part = plan.get(i);
      if (part.index() == 0) {
        assertEquals(0, part.start());
      } else {
        assertTrue(part.start() >= 1);
        assertEquals(plan.get(i - 1).end(), part.start());
        assertEquals(part.file(), plan.get(i - 1).file());
      }
      if (part.isLast()) {
        assertEquals(Long.MAX_VALUE, part.end());
      }
    }
  }
}
