package org.psmapathway.dosimetry.voxel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.dosimetry.Lutetium177;
import org.psmapathway.dosimetry.image.ImageVolume;

/** The per-voxel rule against research/dosimetry.md §2.5 and closed forms. */
class VoxelTimeIntegrationTest {

  private static final double[] T = {4, 24, 48, 96, 168};
  private static final double LP = Lutetium177.DECAY_CONSTANT_PER_HOUR;

  @Test
  void monoExponentialExampleOneGivesTheTrapezoidWithLastTwoPointsTail() {
    // Ex1: A0 = 100 MBq, T_eff = 40 h → trapezoid, A(0)=0, tail from the last 2 points: 5784.74
    double[] a = {93.303299, 65.975396, 43.527528, 18.946457, 5.440941};
    assertThat(VoxelTimeIntegration.integrate(a, T, LP)).isCloseTo(5784.74, within(0.005));
  }

  @Test
  void biExponentialWithUptakeExampleTwo() {
    double[] a = {35.796816, 40.600413, 32.987695, 21.763764, 11.662912};
    assertThat(VoxelTimeIntegration.integrate(a, T, LP)).isCloseTo(5582.10, within(0.005));
  }

  @Test
  void theTailOfAMonoExponentialIsItsExactIntegral() {
    // A(t) = 50·e^(−λt), λ = ln2/30 h: head + trapezoids by hand, tail ∫_t5^∞ = A(t5)/λ exactly.
    double lambda = Math.log(2) / 30;
    double[] a = new double[T.length];
    for (int t = 0; t < T.length; t++) {
      a[t] = 50 * Math.exp(-lambda * T[t]);
    }
    double trapezoid = a[0] * T[0] / 2;
    for (int t = 1; t < T.length; t++) {
      trapezoid += (a[t] + a[t - 1]) * (T[t] - T[t - 1]) / 2;
    }
    double exactTail = 50 * Math.exp(-lambda * 168) / lambda;
    assertThat(VoxelTimeIntegration.integrate(a, T, LP)).isCloseTo(trapezoid + exactTail, within(1e-9));
  }

  @Test
  void slowerThanPhysicalDecayOrRisingLastPointsFallBackToPhysicalDecay() {
    double[] hours = {24, 96};
    // falls more slowly than physical decay: λ = λp
    double[] slow = {10, 9.9};
    assertThat(VoxelTimeIntegration.integrate(slow, hours, LP))
        .isCloseTo(10 * 24 / 2.0 + (10 + 9.9) * 72 / 2 + 9.9 / LP, within(1e-9));
    double[] rising = {10, 12};
    assertThat(VoxelTimeIntegration.integrate(rising, hours, LP))
        .isCloseTo(10 * 24 / 2.0 + 22 * 72 / 2.0 + 12 / LP, within(1e-9));
    assertThat(VoxelTimeIntegration.integrate(new double[] {0, 0}, hours, LP)).isZero();
  }

  @Test
  void mapsAreConvertedFromBqPerMlToMBqPerVoxel() {
    // 2 mm voxels = 0.008 mL; 1e6 Bq/mL → 0.008 MBq per voxel
    List<ImageVolume> maps = new ArrayList<>();
    double[] a = {93.303299, 65.975396, 43.527528, 18.946457, 5.440941};
    for (double mbq : a) {
      maps.add(volume(2, new float[] {(float) (mbq / 0.008 * 1e6), 0f}));
    }
    ImageVolume tia = VoxelTimeIntegration.tiaMBqH(maps, T, Lutetium177.HALF_LIFE_HOURS,
        List.of("t1", "t2", "t3", "t4", "t5"));
    assertThat(tia.values()[0]).isCloseTo(5784.74f, within(0.01f));
    assertThat(tia.values()[1]).isZero();
    assertThat(tia.unit()).isEqualTo("MBq·h");
  }

  @Test
  void badInputIsNamed() {
    ImageVolume ok = volume(2, new float[] {1f, 2f});
    List<String> names = List.of("a.nii", "b.nii");
    assertThatThrownBy(() -> VoxelTimeIntegration.tiaMBqH(List.of(ok, ok), new double[] {-1, 24}, 159.5, names))
        .hasMessageContaining("time 1 (a.nii) is -1.0 h; scan times must be after injection");
    assertThatThrownBy(() -> VoxelTimeIntegration.tiaMBqH(List.of(ok, ok), new double[] {24, 24}, 159.5, names))
        .hasMessageContaining("times must increase: 24.0 h then 24.0 h (b.nii)");
    assertThatThrownBy(() -> VoxelTimeIntegration.tiaMBqH(List.of(ok, volume(3, new float[] {1f, 2f})),
        new double[] {4, 24}, 159.5, names)).hasMessageContaining("b.nii is not on the grid of a.nii");
    assertThatThrownBy(() -> VoxelTimeIntegration.tiaMBqH(List.of(ok, volume(2, new float[] {1f, -2f})),
        new double[] {4, 24}, 159.5, names))
        .hasMessageContaining("b.nii: activity at voxel (1, 0, 0) is -2.0 Bq/mL; expected a finite value ≥ 0");
  }

  static ImageVolume volume(double mm, float[] values) {
    return new ImageVolume(values.length, 1, 1, new double[] {mm, mm, mm}, new double[3],
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, values, "Bq/mL");
  }
}
