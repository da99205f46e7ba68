package org.psmapathway.dosimetry.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** research/dosimetry.md §3.3: sphere S values by log–log PCHIP, the cubic fit, bone lesions. */
class SphereModelTest {

  private final SphereSValueTable table = SphereSValueTable.softTissue();

  @Test
  void researchTestValues() {
    // §3.3 / §7: 1 g → 83.62, 10 g → 8.540, 100 g → 0.8634 mGy/(MBq·h)
    assertThat(table.sMGyPerMBqH(1, false)).isCloseTo(83.62, within(0.005));
    assertThat(table.sMGyPerMBqH(10, false)).isCloseTo(8.540, within(0.0005));
    assertThat(table.sMGyPerMBqH(100, false)).isCloseTo(0.8634, within(0.00005));
    // §7: 1 g = 2.323e-2 mGy/(MBq·s)
    assertThat(table.sMGyPerMBqH(1, false) / 3600).isCloseTo(2.323e-2, within(0.0005e-2));
  }

  @Test
  void matchesScipyLogLogPchipToTenDigits() {
    // np.exp(PchipInterpolator(np.log(m), np.log(s))(np.log(t))) * 3.6e12, SciPy 1.10.1
    double[][] expected = {
        {0.01, 7425.077553324849}, {0.05, 1579.39857439683}, {1, 83.62084984755096},
        {3.3, 25.62593090302508}, {10, 8.539711174060976}, {50, 1.7231984986595572},
        {100, 0.8634157946449789}, {500, 0.1760259207049681}, {20.6, 4.167816720934556},
        {38.4, 2.2423576297110217}};
    for (double[] e : expected) {
      assertThat(table.sMGyPerMBqH(e[0], false)).as("%s g", e[0])
          .isCloseTo(e[1], within(e[1] * 1e-10));
    }
    assertThat(table.sMGyPerMBqH(1000, true)).isCloseTo(0.08904196902087401, within(1e-12));
    assertThat(table.sMGyPerMBqH(0.003, true)).isCloseTo(22841.971925076963, within(1e-7));
  }

  @Test
  void tablePointsAreReproducedAndTheCubicFitAgreesWithinItsStatedError() {
    double[] m = table.massesG();
    double[] s = table.sValuesGyPerBqS();
    assertThat(m).hasSize(15);
    for (int i = 0; i < m.length; i++) {
      double pchip = table.sMGyPerMBqH(m[i], false);
      assertThat(pchip).isCloseTo(s[i] * 3.6e12, within(s[i] * 3.6e12 * 1e-12));
      // §3.3: the fit's max |error| is 0.42 % over 0.0043–932 g
      assertThat(SphereSValueTable.cubicFitMGyPerMBqH(m[i]) / pchip - 1).as("%s g", m[i])
          .isBetween(-0.0043, 0.0043);
    }
    for (double g = 0.005; g < 930; g *= 1.1) {
      double ratio = SphereSValueTable.cubicFitMGyPerMBqH(g) / table.sMGyPerMBqH(g, false) - 1;
      assertThat(ratio).as("%s g", g).isBetween(-0.01, 0.01);
    }
  }

  @Test
  void outOfRangeMassIsAnErrorUnlessExtrapolationIsAsked() {
    assertThatThrownBy(() -> table.sMGyPerMBqH(1000, false))
        .hasMessageContaining("1000.0 g is outside the soft-tissue (100/0)").hasMessageContaining("0.00431-932.0 g");
    assertThatThrownBy(() -> SphereModel.shipped().dose("L1", 10, 0.001, Double.NaN))
        .hasMessageContaining("outside");
    LesionDose d = new SphereModel(true).dose("L1", 10, 1000, Double.NaN);
    assertThat(d.extrapolated()).isTrue();
  }

  @Test
  void softTissueLesionDose() {
    // V = 10/1.03 mL → m = 10 g, S = 8.539711 mGy/(MBq·h); D = 500 MBq·h × 8.539711/1000 = 4.26986 Gy
    LesionDose d = SphereModel.shipped().dose("L1", 500, 10 / 1.03, Double.NaN);
    assertThat(d.massG()).isCloseTo(10, within(1e-12));
    assertThat(d.tissue()).isEqualTo(LesionTissue.SOFT_TISSUE);
    assertThat(d.meanGy()).isCloseTo(4.269856, within(1e-6));
    assertThat(d.extrapolated()).isFalse();
    // LED = 500 × 0.0853063/10 = 4.26531 Gy: electrons only, about 0.1 % below at 10 g
    assertThat(d.ledGy()).isCloseTo(4.265315, within(1e-6));
    assertThat(d.cubicFitGy()).isCloseTo(500 * 8.52553222 / 1000, within(1e-6));
    assertThat(d.fitDifferencePercent()).isCloseTo(100 * (8.52553222 / 8.539711174 - 1),
        within(1e-5));
    assertThat(d.softTissueGy()).isNaN();
    assertThat(d.compositionEffectPercent()).isNaN();
  }

  @Test
  void boneLesionsUseTheMixtureTableOfTheirHuBand() {
    assertThat(LesionTissue.fromMeanHu(100)).isEqualTo(LesionTissue.SOFT_TISSUE);
    assertThat(LesionTissue.fromMeanHu(100.5).composition()).isEqualTo("75/25");
    assertThat(LesionTissue.fromMeanHu(250).densityGPerMl()).isEqualTo(1.255);
    assertThat(LesionTissue.fromMeanHu(500).densityGPerMl()).isEqualTo(1.48);
    assertThat(LesionTissue.fromMeanHu(750).densityGPerMl()).isEqualTo(1.70);
    assertThat(LesionTissue.fromMeanHu(751).densityGPerMl()).isEqualTo(1.92);
    assertThat(LesionTissue.fromMeanHu(-50).isBone()).isFalse();
    // 20 mL at 800 HU: m = 1.92 × 20 = 38.4 g; 0/100 table by log–log PCHIP (SciPy 1.10.1):
    // S = 2.2808256 mGy/(MBq·h), D = 300 × S/1000. The soft-tissue table at 38.4 g gives 2.2423576:
    // the composition adds +1.72 %.
    LesionDose bone = SphereModel.shipped().dose("T9", 300, 20, 800);
    assertThat(bone.tissue().composition()).isEqualTo("0/100");
    assertThat(bone.massG()).isCloseTo(38.4, within(1e-12));
    assertThat(bone.sMGyPerMBqH()).isCloseTo(2.280825643745271, within(2.28 * 1e-10));
    assertThat(bone.meanGy()).isCloseTo(300 * 2.280825643745271 / 1000, within(1e-10));
    assertThat(bone.softTissueGy()).isCloseTo(300 * 2.2423576297110217 / 1000, within(1e-10));
    assertThat(bone.compositionEffectPercent())
        .isCloseTo(100 * (2.280825643745271 / 2.2423576297110217 - 1), within(1e-7));
    assertThat(bone.cubicFitGy()).isNaN();
    // 8 mL at 180 HU: 75/25, 1.255 g/mL → 10.04 g, S = 8.5380021 (SciPy) against 8.5060118
    LesionDose mixed = SphereModel.shipped().dose("L-ilium", 1000, 8.0, 180);
    assertThat(mixed.tissue().composition()).isEqualTo("75/25");
    assertThat(mixed.sMGyPerMBqH()).isCloseTo(8.538002072196727, within(8.54 * 1e-10));
    // The same volume read as soft tissue (20.6 g) would give 300 × 4.1678167/1000 = 1.25 Gy:
    // density and composition together lower the dose by 45 %.
    LesionDose soft = SphereModel.shipped().dose("T9", 300, 20, Double.NaN);
    assertThat(soft.meanGy()).isCloseTo(300 * 4.167816720934556 / 1000, within(1e-10));
  }

  @Test
  void everyMixtureTableReproducesItsPointsAndLiesCloseToSoftTissueAtEqualMass() {
    // At equal mass the mixtures' S values lie -0.1 to +5 % from soft tissue's (spheres.json); the
    // density implied by mass/volume at each radius is the HU band's (1.255-1.92 g/mL).
    double[] density = {1.255, 1.48, 1.70, 1.92};
    String[] composition = {"75/25", "50/50", "25/75", "0/100"};
    double[] radiusMm = {1, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 40, 50, 60};
    for (int c = 0; c < composition.length; c++) {
      SphereSValueTable mix = SphereSValueTable.of(composition[c]);
      double[] m = mix.massesG();
      double[] s = mix.sValuesGyPerBqS();
      assertThat(m).hasSize(15);
      for (int i = 0; i < m.length; i++) {
        assertThat(mix.sMGyPerMBqH(m[i], false)).isCloseTo(s[i] * 3.6e12, within(s[i] * 3.6e12 * 1e-12));
        double volumeMl = 4.0 / 3 * Math.PI * Math.pow(radiusMm[i] / 10, 3);
        assertThat(m[i] / volumeMl).as("%s r %s", composition[c], radiusMm[i])
            .isCloseTo(density[c], within(0.035));
        if (m[i] <= table.maxMassG()) {
          assertThat(mix.sMGyPerMBqH(m[i], false) / table.sMGyPerMBqH(m[i], false))
              .as("%s at %s g", composition[c], m[i]).isBetween(0.995, 1.055);
        }
      }
    }
    assertThatThrownBy(() -> SphereSValueTable.of("60/40")).hasMessageContaining("60/40")
        .hasMessageContaining("0/100");
  }

  @Test
  void aBoneLesionBeyondTheSoftTissueTableStillHasItsDose() {
    // 0/100 reaches 1740 g; 1500 g of cortical bone lies beyond the soft-tissue table (932 g)
    LesionDose big = SphereModel.shipped().dose("pelvis", 100, 1500 / 1.92, 900);
    assertThat(big.meanGy()).isCloseTo(100 * 0.06215644098915395 / 1000, within(1e-12));
    assertThat(big.extrapolated()).isFalse();
    assertThat(big.softTissueGy()).isNaN();
    assertThat(big.compositionEffectPercent()).isNaN();
    // with extrapolation allowed the comparison still is not extrapolated
    assertThat(new SphereModel(true).dose("pelvis", 100, 1500 / 1.92, 900).softTissueGy()).isNaN();
  }

  @Test
  void tumourBurdenIsTheMassWeightedMean() {
    SphereModel model = SphereModel.shipped();
    LesionDose a = model.dose("A", 500, 10 / 1.03, Double.NaN);
    LesionDose b = model.dose("B", 300, 20, 800);
    double expected = (a.massG() * a.meanGy() + b.massG() * b.meanGy()) / (a.massG() + b.massG());
    assertThat(SphereModel.tumourBurdenGy(List.of(a, b))).isCloseTo(expected, within(1e-12));
    // (10 × 4.269856 + 38.4 × 0.684248)/48.4 = (42.69856 + 26.27511)/48.4 = 1.425076 Gy
    assertThat(SphereModel.tumourBurdenGy(List.of(a, b))).isCloseTo(1.425076, within(1e-6));
    assertThatThrownBy(() -> SphereModel.tumourBurdenGy(List.of())).hasMessageContaining("at least one");
  }

  @Test
  void badLesionInput() {
    assertThatThrownBy(() -> SphereModel.shipped().dose("L", -1, 1, Double.NaN))
        .hasMessageContaining("time-integrated activity");
    assertThatThrownBy(() -> SphereModel.shipped().dose("L", 1, 0, Double.NaN))
        .hasMessageContaining("volume");
  }
}
