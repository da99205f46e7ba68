package org.psmapathway.dosimetry.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** research/dosimetry.md §3.3: sphere S values by log–log PCHIP, the cubic fit, bone density. */
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
        .hasMessageContaining("1000.0 g is outside").hasMessageContaining("0.00431-932.0 g");
    assertThatThrownBy(() -> SphereModel.softTissue().dose("L1", 10, 0.001, Double.NaN))
        .hasMessageContaining("outside");
    LesionDose d = new SphereModel(table, true).dose("L1", 10, 1000, Double.NaN);
    assertThat(d.extrapolated()).isTrue();
  }

  @Test
  void softTissueLesionDose() {
    // V = 10/1.03 mL → m = 10 g, S = 8.539711 mGy/(MBq·h); D = 500 MBq·h × 8.539711/1000 = 4.26986 Gy
    LesionDose d = SphereModel.softTissue().dose("L1", 500, 10 / 1.03, Double.NaN);
    assertThat(d.massG()).isCloseTo(10, within(1e-12));
    assertThat(d.tissue()).isEqualTo(LesionTissue.SOFT_TISSUE);
    assertThat(d.meanGy()).isCloseTo(4.269856, within(1e-6));
    assertThat(d.extrapolated()).isFalse();
    // LED = 500 × 0.0853063/10 = 4.26531 Gy: electrons only, about 0.1 % below at 10 g
    assertThat(d.ledGy()).isCloseTo(4.265315, within(1e-6));
    assertThat(d.cubicFitGy()).isCloseTo(500 * 8.52553222 / 1000, within(1e-6));
    assertThat(d.fitDifferencePercent()).isCloseTo(100 * (8.52553222 / 8.539711174 - 1),
        within(1e-5));
  }

  @Test
  void boneLesionHuBandsAndDensityCorrection() {
    assertThat(LesionTissue.fromMeanHu(100)).isEqualTo(LesionTissue.SOFT_TISSUE);
    assertThat(LesionTissue.fromMeanHu(100.5).composition()).isEqualTo("75/25");
    assertThat(LesionTissue.fromMeanHu(250).densityGPerMl()).isEqualTo(1.255);
    assertThat(LesionTissue.fromMeanHu(500).densityGPerMl()).isEqualTo(1.48);
    assertThat(LesionTissue.fromMeanHu(750).densityGPerMl()).isEqualTo(1.70);
    assertThat(LesionTissue.fromMeanHu(751).densityGPerMl()).isEqualTo(1.92);
    assertThat(LesionTissue.fromMeanHu(-50).isBone()).isFalse();
    // 20 mL at 800 HU: m = 1.92 × 20 = 38.4 g, S = 2.2423576 mGy/(MBq·h) (scipy), D = 300 × S/1000
    LesionDose bone = SphereModel.softTissue().dose("T9", 300, 20, 800);
    assertThat(bone.tissue().composition()).isEqualTo("0/100");
    assertThat(bone.massG()).isCloseTo(38.4, within(1e-12));
    assertThat(bone.meanGy()).isCloseTo(300 * 2.2423576297110217 / 1000, within(1e-10));
    // The same volume read as soft tissue (20.6 g) would give 300 × 4.1678167/1000 = 1.25 Gy:
    // density correction lowers the dose by 46 %.
    LesionDose soft = SphereModel.softTissue().dose("T9", 300, 20, Double.NaN);
    assertThat(soft.meanGy()).isCloseTo(300 * 4.167816720934556 / 1000, within(1e-10));
  }

  @Test
  void tumourBurdenIsTheMassWeightedMean() {
    SphereModel model = SphereModel.softTissue();
    LesionDose a = model.dose("A", 500, 10 / 1.03, Double.NaN);
    LesionDose b = model.dose("B", 300, 20, 800);
    double expected = (a.massG() * a.meanGy() + b.massG() * b.meanGy()) / (a.massG() + b.massG());
    assertThat(SphereModel.tumourBurdenGy(List.of(a, b))).isCloseTo(expected, within(1e-12));
    // (10 × 4.269856 + 38.4 × 0.672707)/48.4 = (42.69856 + 25.83196)/48.4 = 1.415920 Gy
    assertThat(SphereModel.tumourBurdenGy(List.of(a, b))).isCloseTo(1.415920, within(1e-6));
    assertThatThrownBy(() -> SphereModel.tumourBurdenGy(List.of())).hasMessageContaining("at least one");
  }

  @Test
  void badLesionInput() {
    assertThatThrownBy(() -> SphereModel.softTissue().dose("L", -1, 1, Double.NaN))
        .hasMessageContaining("time-integrated activity");
    assertThatThrownBy(() -> SphereModel.softTissue().dose("L", 1, 0, Double.NaN))
        .hasMessageContaining("volume");
  }
}
