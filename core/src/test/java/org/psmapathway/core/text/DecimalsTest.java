package org.psmapathway.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast number texts are the library's texts: checked value by value on seeded samples. */
class DecimalsTest {

  @Test
  void plainIsDoubleToString() {
    Random random = new Random(20261123L);
    for (int i = 0; i < 20_000; i++) {
      double value = sample(random);
      assertThat(Decimals.plain(value)).as("value %s", value).isEqualTo(Double.toString(value));
    }
    assertThat(Decimals.plain(0.2)).isEqualTo("0.2");
    assertThat(Decimals.plain(1e-4)).isEqualTo("1.0E-4");
    assertThat(Decimals.plain(-3.05)).isEqualTo("-3.05");
  }

  @Test
  void fixedIsStringFormat() {
    Random random = new Random(42L);
    for (int i = 0; i < 20_000; i++) {
      double value = sample(random);
      int decimals = random.nextInt(4);
      String expected = String.format(Locale.ROOT, "%." + decimals + "f", value);
      if (expected.matches("-0\\.?0*")) {
        expected = expected.substring(1); // a negative that rounds to zero is written as zero
      }
      assertThat(Decimals.fixed(value, decimals))
          .as("value %s to %d decimals", value, decimals).isEqualTo(expected);
    }
  }

  @Test
  void tiesRoundHalfUpOnTheDecimalForm() {
    // 1.45 is stored as 1.4499999999999999556; its decimal form 1.45 rounds up, as %.1f does
    assertThat(Decimals.fixed(1.45, 1)).isEqualTo("1.5");
    assertThat(Decimals.fixed(0.25, 1)).isEqualTo("0.3");
    assertThat(Decimals.fixed(-2.5, 0)).isEqualTo("-3");
    assertThat(Decimals.fixed(10.0, 2)).isEqualTo("10.00");
    assertThat(Decimals.fixed(0.004, 2)).isEqualTo("0.00");
  }

  @Test
  void signedAndTrimmed() {
    assertThat(Decimals.signed(45.36, 1)).isEqualTo("+45.4");
    assertThat(Decimals.signed(-30, 1)).isEqualTo("-30.0");
    assertThat(Decimals.signed(0, 1)).isEqualTo("+0.0");
    assertThat(Decimals.trimmed(70)).isEqualTo("70");
    assertThat(Decimals.trimmed(50.4)).isEqualTo("50.4");
    assertThatThrownBy(() -> Decimals.fixed(1, 7)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Values as clinical records hold them: few decimals, many magnitudes, exact ties, and noise. */
  private static double sample(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> (random.nextInt(2_000_000) - 1_000_000) / 1000.0;
      case 1 -> (random.nextInt(20_000) - 10_000) / 20.0; // many exact halves at 1 decimal
      case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4);
      default -> random.nextInt(100) / 8.0;
    };
  }
}
