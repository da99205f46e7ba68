package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PsaSettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertThat(PsaSettings.defaults())
        .isEqualTo(new PsaSettings(DoublingTimePolicy.ALL_DETECTABLE, true, 7, 0.2, 21, 21));
  }

  @Test
  void ofChangesOnlyThePolicy() {
    assertThat(PsaSettings.of(DoublingTimePolicy.RTOG))
        .isEqualTo(new PsaSettings(DoublingTimePolicy.RTOG, true, 7, 0.2, 21, 21));
    assertThat(PsaSettings.defaults().withRising(14, 0.1).withPcwg3(28, 14)
        .withExcludeValuesOnAdt(false))
        .isEqualTo(new PsaSettings(DoublingTimePolicy.ALL_DETECTABLE, false, 14, 0.1, 28, 14));
  }

  @Test
  void policyCodesAreTheCommandLineSpellings() {
    assertThat(DoublingTimePolicy.values()).extracting(DoublingTimePolicy::code)
        .containsExactly("all-detectable", "rtog");
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> PsaSettings.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("doublingTimePolicy");
    assertThatThrownBy(() -> PsaSettings.defaults().withRising(-1, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("risingMinimumIntervalDays must be ≥ 0, was -1");
    assertThatThrownBy(() -> PsaSettings.defaults().withRising(7, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("risingThresholdNgMl must be a finite number ≥ 0, was NaN");
    assertThatThrownBy(() -> PsaSettings.defaults().withPcwg3(0, 21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pcwg3ConfirmationDays must be ≥ 1, was 0");
  }
}
