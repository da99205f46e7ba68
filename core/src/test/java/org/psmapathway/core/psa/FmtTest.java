package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FmtTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.0", "0.001", "0.01", "0.1", "0.12", "0.123", "0.205", "1.0", "10.0", "12.5",
      "100.05", "3.2", "-60.0", "-37.5", "9999999.999", "0.0005", "1.0E7", "0.1234", "1.0E-4"})
  void numbersAreWrittenAsDoubleToStringWritesThem(double value) {
    assertThat(Fmt.number(value)).isEqualTo(Double.toString(value));
  }

  @Test
  void randomDecimalsAgreeWithDoubleToString() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      int decimals = random.nextInt(5);
      double value = Math.round(random.nextDouble() * Math.pow(10, random.nextInt(8) + decimals))
          / Math.pow(10, decimals) * (random.nextBoolean() ? 1 : -1);
      assertThat(Fmt.number(value)).as("%s", value).isEqualTo(Double.toString(value));
    }
  }

  @Test
  void percentagesCarryTheirSign() {
    assertThat(Fmt.percent(55.0)).isEqualTo("+55.0%");
    assertThat(Fmt.percent(-60.04)).isEqualTo("-60.0%");
    assertThat(Fmt.percent(-0.04)).isEqualTo("0.0%");
    assertThat(Fmt.percent(37.46)).isEqualTo("+37.5%");
  }
}
