package org.psmapathway.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoDateTest {

  @Test
  void readsRealDatesAndRejectsTheRest() {
    assertThat(IsoDate.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoDate.parse("2023-02-29")).isNull();
    assertThat(IsoDate.parse("2023-13-01")).isNull();
    assertThat(IsoDate.parse("2023-00-10")).isNull();
    assertThat(IsoDate.parse("2023-1-10")).isNull();
    assertThat(IsoDate.parse("2023/01/10")).isNull();
    assertThat(IsoDate.parse("20230110")).isNull();
    assertThat(IsoDate.parse("2023-01-1x")).isNull();
    assertThat(IsoDate.parse("")).isNull();
  }

  @Test
  void agreesWithLocalDateParseOnTenCharacterTexts() {
    Random random = new Random(7);
    String alphabet = "0123456789-";
    for (int i = 0; i < 50_000; i++) {
      String text = random.nextInt(3) == 0
          ? randomText(random, alphabet)
          : String.format("%04d-%02d-%02d", 1900 + random.nextInt(200), random.nextInt(14),
              random.nextInt(33));
      LocalDate expected;
      try {
        expected = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        expected = null;
      }
      assertThat(IsoDate.parse(text)).as(text).isEqualTo(expected);
    }
  }

  private static String randomText(Random random, String alphabet) {
    StringBuilder s = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
