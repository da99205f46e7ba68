package org.psmapathway.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast ISO text equals {@link LocalDate#toString()} on every kind of date. */
class DatesTest {

  @Test
  void sameTextAsLocalDateOnSeededDatesAndEdges() {
    SplittableRandom random = new SplittableRandom(20261123);
    long from = LocalDate.of(-20000, 1, 1).toEpochDay();
    long to = LocalDate.of(20000, 12, 31).toEpochDay();
    for (int i = 0; i < 50_000; i++) {
      LocalDate d = LocalDate.ofEpochDay(random.nextLong(from, to + 1));
      assertThat(Dates.iso(d)).isEqualTo(d.toString());
    }
    for (LocalDate d : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(2024, 2, 29)}) {
      assertThat(Dates.iso(d)).isEqualTo(d.toString());
    }
  }
}
