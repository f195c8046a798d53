package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EstablishmentTest {

  /** firstClosedDay answers what a day-by-day walk with isOpenOn would, for every small case. */
  @Test
  void firstClosedDayIsTheFirstDayNotOpen() {
    LocalDate base = LocalDate.of(2026, 10, 1);
    for (int opened = 0; opened < 8; opened++) {
      for (int closed = -1; closed < 8; closed++) {
        Establishment e = new Establishment("CS-1", "n", "14300", "hotel", 1, 1, null,
            base.plusDays(opened), closed < 0 ? null : base.plusDays(closed));
        for (int from = 0; from < 9; from++) {
          for (int until = 0; until < 10; until++) {
            LocalDate walk = null;
            for (LocalDate d = base.plusDays(from); d.isBefore(base.plusDays(until));
                d = d.plusDays(1)) {
              if (!e.isOpenOn(d)) {
                walk = d;
                break;
              }
            }
            assertEquals(walk, e.firstClosedDay(base.plusDays(from), base.plusDays(until)),
                "opened " + opened + " closed " + closed + " from " + from + " until " + until);
          }
        }
      }
    }
  }
}
