package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.psmapathway.core.psa.Patients.below;
import static org.psmapathway.core.psa.Patients.psa;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.PsaValue;

class PsaVelocityTest {

  private static final List<PsaValue> VECTOR = List.of(psa("2024-01-10", 0.12),
      psa("2024-04-10", 0.18), psa("2024-07-10", 0.25), psa("2024-10-10", 0.36));

  @Test
  void researchVector() {
    PsaVelocity v = PsaVelocity.of(VECTOR);

    assertThat(v.regressionNgMlPerYear()).isCloseTo(0.316, within(5e-4));
    assertThat(v.firstLastNgMlPerYear()).isCloseTo(0.320, within(5e-4));
    assertThat(v.valuesUsed()).isEqualTo(4);
  }

  @Test
  void threeMethodsExactly() {
    // Days 0, 91, 182, 274.
    PsaVelocity v = PsaVelocity.of(VECTOR);

    assertThat(v.regressionNgMlPerYear()).isCloseTo(0.31616367753351526, within(1e-12));
    assertThat(v.firstLastNgMlPerYear()).isCloseTo(0.24 / 274 * 365.25, within(1e-12));
    assertThat(v.meanOfSuccessiveRatesNgMlPerYear())
        .isCloseTo((0.06 / 91 + 0.07 / 91 + 0.11 / 92) / 3 * 365.25, within(1e-12));
  }

  @Test
  void belowDetectionValuesAreLeftOutAndRepeatDrawsAveraged() {
    PsaVelocity v = PsaVelocity.of(List.of(below("2024-01-01", 0.1), psa("2024-04-01", 0.2),
        psa("2024-04-01", 0.4), psa("2025-04-01", 1.3)));

    assertThat(v.valuesUsed()).isEqualTo(3);
    assertThat(v.firstLastNgMlPerYear()).isCloseTo(1.0 / 365 * 365.25, within(1e-12));
    assertThat(v.regressionNgMlPerYear()).isCloseTo(v.firstLastNgMlPerYear(), within(1e-12));
  }

  @Test
  void fewerThanTwoDatesHaveNoVelocity() {
    assertThat(PsaVelocity.of(List.of())).isNull();
    assertThat(PsaVelocity.of(List.of(psa("2024-01-01", 0.2), psa("2024-01-01", 0.3),
        below("2024-02-01", 0.1)))).isNull();
  }
}
