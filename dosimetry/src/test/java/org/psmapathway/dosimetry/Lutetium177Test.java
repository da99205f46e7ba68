package org.psmapathway.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The derived constants against the values of research/dosimetry.md §1. */
class Lutetium177Test {

  @Test
  void decayConstantIsLn2OverTheHalfLife() {
    assertThat(Lutetium177.HALF_LIFE_HOURS).isEqualTo(159.528, within(1e-9));
    assertThat(Lutetium177.DECAY_CONSTANT_PER_HOUR).isEqualTo(4.34499e-3, within(1e-8));
  }

  @Test
  void localDepositionFactorIs0_08531GrayGramPerMegabecquerelHour() {
    assertThat(Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H).isEqualTo(0.08531, within(5e-6));
    // The Hänscheid-2017 coefficient before rounding: Δ_e / ln 2 = 0.1231 Gy·mL/(MBq·h).
    assertThat(Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H / Math.log(2)).isEqualTo(0.1231, within(5e-5));
  }

  @Test
  void electronEnergyIsTheSumOfItsParts() {
    assertThat(Lutetium177.BETA_MEAN_ENERGY_KEV + Lutetium177.CONVERSION_ELECTRON_ENERGY_KEV
        + Lutetium177.AUGER_ELECTRON_ENERGY_KEV).isEqualTo(Lutetium177.ELECTRON_ENERGY_KEV, within(0.06));
  }
}
