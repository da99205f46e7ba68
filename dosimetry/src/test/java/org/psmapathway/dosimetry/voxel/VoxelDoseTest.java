package org.psmapathway.dosimetry.voxel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.psmapathway.dosimetry.image.ImageVolume;

class VoxelDoseTest {

  private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

  @Test
  void localDepositionIsDeltaEOverVoxelMass() {
    // 4.8 mm voxel: 0.110592 mL at 1.04 g/mL; 100 MBq·h → 100·0.08531/(1.04·0.110592) Gy
    ImageVolume tia = cube(3, 4.8, 100f);
    double[] rho = VoxelDose.densities(tia, null);
    ImageVolume d = VoxelDose.localDeposition(tia, rho);
    assertThat(d.values()[13]).isCloseTo((float) (100 * 0.08531 / (1.04 * 0.110592)), within(0.01f));
    assertThat(d.unit()).isEqualTo("Gy");
  }

  @Test
  void ctDensityClipsAirToWaterAndScalesMass() {
    ImageVolume tia = cube(2, 4.8, 10f);
    float[] hu = {-1000f, -50f, 0f, 40f, 100f, 1000f, 3000f, 60f};
    ImageVolume ct = tia.withValues(hu, "HU");
    double[] rho = VoxelDose.densities(tia, ct);
    assertThat(rho).containsExactly(new double[] {1.0, 1.0, 1.0, 1.04, 1.1, 1.92, 1.92, 1.06}, within(1e-12));
    ImageVolume led = VoxelDose.localDeposition(tia, rho);
    assertThat(led.values()[5] / led.values()[0]).isCloseTo((float) (1.0 / 1.92), within(1e-6f));
  }

  @Test
  void uniformFieldGetsTheKernelSumAndElectronEnergyMatchesLed() {
    // Far from the edges of a uniform map, D = Ã·ΣS (published) and, normalised to Δ_e, D = LED.
    int n = 23;
    ImageVolume tia = cube(n, 4.42, 50f);
    double[] rho = VoxelDose.densities(tia, null);
    int centre = tia.index(11, 11, 11);
    ImageVolume published = VoxelDose.kernel(tia, rho, KernelNormalisation.PUBLISHED, false);
    assertThat(published.values()[centre]).isCloseTo((float) (50 * 3.6 * 0.25275), within(1e-3f));
    ImageVolume electron = VoxelDose.kernel(tia, rho, KernelNormalisation.ELECTRON_ENERGY, false);
    ImageVolume led = VoxelDose.localDeposition(tia, rho);
    assertThat(electron.values()[centre]).isCloseTo(led.values()[centre], within(led.values()[centre] * 1e-5f));
  }

  @Test
  void densityCorrectionScalesByKernelOverVoxelDensity() {
    ImageVolume tia = cube(13, 4.8, 1f);
    float[] hu = new float[tia.size()];
    Arrays.fill(hu, 500f);
    double[] rho = VoxelDose.densities(tia, tia.withValues(hu, "HU"));
    ImageVolume plain = VoxelDose.kernel(tia, rho, KernelNormalisation.PUBLISHED, false);
    ImageVolume corrected = VoxelDose.kernel(tia, rho, KernelNormalisation.PUBLISHED, true);
    assertThat(corrected.values()[100] / plain.values()[100]).isCloseTo((float) (1.04 / 1.5), within(1e-6f));
  }

  @Test
  void nonCubicVoxelsAndForeignCtGridsAreRefused() {
    ImageVolume box = new ImageVolume(2, 2, 2, new double[] {4.42, 4.42, 3.3}, new double[3], IDENTITY,
        new float[8], "MBq·h");
    assertThatThrownBy(() -> VoxelDose.kernel(box, VoxelDose.densities(box, null),
        KernelNormalisation.PUBLISHED, false))
        .hasMessageContaining("kernel convolution needs cubic voxels, got 4.42×4.42×3.3 mm");
    ImageVolume tia = cube(2, 4.8, 1f);
    ImageVolume bigCt = cube(3, 4.8, 0f);
    assertThatThrownBy(() -> VoxelDose.densities(tia, bigCt))
        .hasMessageContaining("the CT (3×3×3) is larger than the activity map (2×2×2)");
  }

  static ImageVolume cube(int n, double mm, float value) {
    float[] v = new float[n * n * n];
    Arrays.fill(v, value);
    return new ImageVolume(n, n, n, new double[] {mm, mm, mm}, new double[3], IDENTITY, v, "MBq·h");
  }
}
