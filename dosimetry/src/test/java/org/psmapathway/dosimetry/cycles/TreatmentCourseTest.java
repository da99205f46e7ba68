package org.psmapathway.dosimetry.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** research/dosimetry.md §3.5: cumulative dose, kidney BED, margin and next-cycle activity. */
class TreatmentCourseTest {

  private static List<RegionCourse> kidneysAndLesion(Radiobiology rb) {
    List<CycleRecord> rs = List.of(
        new CycleRecord(1, "kidneys", 7400, 3.0, 40, "SPECT/CT 4,24,96 h", 0),
        new CycleRecord(2, "kidneys", 6000, Double.NaN, Double.NaN, "", 1),
        new CycleRecord(3, "kidneys", 7000, 3.5, 50, "SPECT/CT 24 h + cycle-1 kinetics", 2),
        new CycleRecord(1, "lesion-T9", 7400, 20.0, Double.NaN, "SPECT/CT", 3),
        new CycleRecord(2, "lesion-T9", 6000, Double.NaN, Double.NaN, "", 4));
    return TreatmentCourse.analyse(rs, r -> r.startsWith("kidney") ? rb : null);
  }

  @Test
  void kidneyBedOverThreeCyclesByHand() {
    // α/β 2.6 Gy, T_rep 2.8 h.
    // Cycle 1: D = 3.0 Gy, T_eff 40 h: G = 2.8/42.8 = 0.0654206; BED = 3 + 9/2.6 × G = 3.2264558
    // Cycle 2: not measured: D = 3.0/7400 × 6000 = 2.4324324 Gy, cycle-1 kinetics (G as above):
    //          BED = 2.4324324 + 5.9167275/2.6 × 0.0654206 = 2.5813077
    // Cycle 3: D = 3.5 Gy, T_eff 50 h: G = 2.8/52.8 = 0.0530303; BED = 3.5 + 12.25/2.6 × G = 3.7498543
    // Σ BED = 9.5576178; margin to 40 Gy = 30.4423822
    // Next cycle (G = 0.0530303): D = 2·30.4423822/(1 + √(1 + 4 × 0.0530303 × 30.4423822/2.6))
    //          = 21.2404596 Gy; activity = 21.2404596 / (3.5/7000 Gy/MBq) = 42480.919 MBq
    RegionCourse k = kidneysAndLesion(Radiobiology.KIDNEY).get(0);
    assertThat(k.region()).isEqualTo("kidneys");
    List<CycleDose> c = k.cycles();
    assertThat(c.get(0).leaCatcheside()).isCloseTo(0.06542056074766354, within(1e-15));
    assertThat(c.get(0).bedGy()).isCloseTo(3.2264557872034505, within(1e-12));
    assertThat(c.get(1).doseGy()).isCloseTo(2.4324324324324325, within(1e-12));
    assertThat(c.get(1).doseProvenance()).isEqualTo("scaled-from-cycle-1");
    assertThat(c.get(1).halfLifeProvenance()).isEqualTo("cycle-1-kinetics");
    assertThat(c.get(1).bedGy()).isCloseTo(2.5813076760285654, within(1e-12));
    assertThat(c.get(2).doseProvenance()).isEqualTo("measured");
    assertThat(c.get(2).bedGy()).isCloseTo(3.749854312354312, within(1e-12));
    assertThat(c.get(2).cumulativeDoseGy()).isCloseTo(8.932432432432432, within(1e-12));
    assertThat(k.cumulativeDoseGy()).isCloseTo(8.932432432432432, within(1e-12));
    assertThat(k.cumulativeBedGy()).isCloseTo(9.557617775586328, within(1e-12));
    assertThat(k.marginBedGy()).isCloseTo(30.44238222441367, within(1e-12));
    assertThat(k.nextCycleDoseGy()).isCloseTo(21.240459563413857, within(1e-11));
    assertThat(k.nextCycleActivityMBq()).isCloseTo(42480.91912682771, within(1e-7));
    assertThat(k.limitExceeded()).isFalse();
    assertThat(c.get(0).gyPerGBq()).isCloseTo(3.0 / 7.4, within(1e-15));
    // the next cycle's BED is exactly the margin
    Radiobiology rb = Radiobiology.KIDNEY;
    assertThat(rb.bed(k.nextCycleDoseGy(), c.get(2).leaCatcheside()))
        .isCloseTo(k.marginBedGy(), within(1e-12));
  }

  @Test
  void regionWithoutRadiobiologyGetsCumulativeDoseOnly() {
    RegionCourse t = kidneysAndLesion(Radiobiology.KIDNEY).get(1);
    // 20 + 20/7400 × 6000 = 36.216216 Gy
    assertThat(t.cumulativeDoseGy()).isCloseTo(20 + 20.0 / 7400 * 6000, within(1e-12));
    assertThat(t.cumulativeBedGy()).isNaN();
    assertThat(t.nextCycleActivityMBq()).isNaN();
    assertThat(t.cycles().get(1).halfLifeProvenance()).isEqualTo("none");
    assertThat(t.radiobiology()).isNull();
  }

  @Test
  void riskFactorLimitAndExceededMargin() {
    RegionCourse k = kidneysAndLesion(Radiobiology.KIDNEY_WITH_RISK_FACTORS).get(0);
    assertThat(k.marginBedGy()).isCloseTo(28 - 9.557617775586328, within(1e-12));
    Radiobiology tight = new Radiobiology(2.6, 2.8, 9.0);
    RegionCourse over = kidneysAndLesion(tight).get(0);
    assertThat(over.limitExceeded()).isTrue();
    assertThat(over.nextCycleDoseGy()).isZero();
    assertThat(over.nextCycleActivityMBq()).isZero();
  }

  @Test
  void bedQuadraticRootSeededProperty() {
    java.util.Random rnd = new java.util.Random(7L);
    for (int i = 0; i < 1000; i++) {
      Radiobiology rb = new Radiobiology(0.5 + rnd.nextDouble() * 10, 0.5 + rnd.nextDouble() * 5,
          40);
      double g = rnd.nextDouble();
      double bed = rnd.nextDouble() * 100;
      double d = rb.doseForBed(bed, g);
      assertThat(d).isBetween(0.0, bed);
      assertThat(rb.bed(d, g)).isCloseTo(bed, within(1e-10 * Math.max(1, bed)));
    }
    assertThat(Radiobiology.KIDNEY.doseForBed(0, 0.1)).isZero();
    assertThat(Radiobiology.KIDNEY.doseForBed(5, 0)).isEqualTo(5);
  }

  @Test
  void badCourses() {
    assertThatThrownBy(() -> TreatmentCourse.analyse(List.of(
            new CycleRecord(1, "kidneys", 7400, Double.NaN, 40, "", 0)), r -> Radiobiology.KIDNEY))
        .hasMessageContaining("row 0").hasMessageContaining("needs a measured dose");
    assertThatThrownBy(() -> TreatmentCourse.analyse(List.of(
            new CycleRecord(1, "kidneys", 7400, 3, Double.NaN, "", 0)), r -> Radiobiology.KIDNEY))
        .hasMessageContaining("row 0").hasMessageContaining("effective half-life");
    assertThatThrownBy(() -> TreatmentCourse.analyse(List.of(
            new CycleRecord(1, "kidneys", 7400, 3, 40, "", 0),
            new CycleRecord(1, "kidneys", 7400, 3, 40, "", 1)), r -> null))
        .hasMessageContaining("row 1").hasMessageContaining("appears twice");
    assertThatThrownBy(() -> TreatmentCourse.analyse(List.of(
            new CycleRecord(1, "kidneys", 0, 3, 40, "", 4)), r -> null))
        .hasMessageContaining("row 4").hasMessageContaining("activity");
    assertThatThrownBy(() -> TreatmentCourse.analyse(List.of(
            new CycleRecord(1, "kidneys", 10, -3, 40, "", 2)), r -> null))
        .hasMessageContaining("row 2").hasMessageContaining("dose");
    assertThatThrownBy(() -> new Radiobiology(0, 2.8, 40)).hasMessageContaining("α/β");
  }
}
