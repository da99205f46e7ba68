package org.psmapathway.dosimetry.voxel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.dosimetry.image.ImageVolume;

class VoiStatisticsTest {

  private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

  @Test
  void statisticsOfTwoRegions() {
    // label 1: doses 1..100 Gy (100 voxels); label 2: 3 voxels of 5 Gy; the rest background
    int n = 110;
    float[] dose = new float[n];
    float[] labels = new float[n];
    for (int i = 0; i < 100; i++) {
      dose[i] = 100 - i;
      labels[i] = 1;
    }
    for (int i = 100; i < 103; i++) {
      dose[i] = 5;
      labels[i] = 2;
    }
    dose[105] = 1000; // background: ignored
    ImageVolume d = line(dose, "Gy");
    double[] rho = new double[n];
    Arrays.fill(rho, 1.04);
    List<RegionDose> r = VoiStatistics.compute(d, rho, d.withValues(labels, "label"));
    assertThat(r).hasSize(2);
    RegionDose one = r.get(0);
    assertThat(one.label()).isEqualTo(1);
    assertThat(one.voxels()).isEqualTo(100);
    assertThat(one.volumeMl()).isCloseTo(100 * 0.008, within(1e-12));
    assertThat(one.massG()).isCloseTo(100 * 0.008 * 1.04, within(1e-12));
    assertThat(one.meanGy()).isCloseTo(50.5, within(1e-12));
    assertThat(one.minGy()).isEqualTo(1);
    assertThat(one.maxGy()).isEqualTo(100);
    // hottest 2 % = 2 voxels (100, 99): D2 = 99; hottest 50 % = 50 voxels: D50 = 51; D98 = 3
    assertThat(one.d2Gy()).isEqualTo(99);
    assertThat(one.d50Gy()).isEqualTo(51);
    assertThat(one.d98Gy()).isEqualTo(3);
    double[] levels = one.dvh().doseGy();
    double[] fraction = one.dvh().volumeFraction();
    assertThat(levels).hasSize(101);
    assertThat(levels[0]).isZero();
    assertThat(fraction[0]).isEqualTo(1.0);
    assertThat(levels[50]).isEqualTo(50.0);
    assertThat(fraction[50]).isEqualTo(0.51); // doses ≥ 50: 50..100
    assertThat(fraction[100]).isEqualTo(0.01);
    for (int b = 1; b < fraction.length; b++) {
      assertThat(fraction[b]).isLessThanOrEqualTo(fraction[b - 1]);
    }
    RegionDose two = r.get(1);
    assertThat(two.d2Gy()).isEqualTo(5);
    assertThat(two.d98Gy()).isEqualTo(5);
    assertThat(two.meanGy()).isCloseTo(5, within(1e-12));
  }

  @Test
  void meanIsMassWeighted() {
    float[] dose = {1, 3};
    ImageVolume d = line(dose, "Gy");
    List<RegionDose> r = VoiStatistics.compute(d, new double[] {1.0, 3.0}, d.withValues(new float[] {1, 1}, "label"));
    assertThat(r.get(0).meanGy()).isCloseTo((1 * 1.0 + 3 * 3.0) / 4.0, within(1e-12));
  }

  @Test
  void aUniformRegionsMeanIsItsDoseExactly() {
    float[] dose = new float[1000];
    Arrays.fill(dose, 1.0033591f);
    double[] rho = new double[1000];
    Arrays.fill(rho, 1.04);
    float[] labels = new float[1000];
    Arrays.fill(labels, 1f);
    ImageVolume d = line(dose, "Gy");
    RegionDose r = VoiStatistics.compute(d, rho, d.withValues(labels, "label")).get(0);
    assertThat(r.meanGy()).isEqualTo(r.maxGy()).isEqualTo(r.minGy());
  }

  @Test
  void masksThatDoNotFitAreRefused() {
    ImageVolume d = line(new float[4], "Gy");
    double[] rho = new double[4];
    ImageVolume larger = line(new float[5], "label");
    assertThatThrownBy(() -> VoiStatistics.compute(d, rho, larger))
        .hasMessageContaining("the VOI mask (5×1×1) is larger than the dose map (4×1×1)");
    ImageVolume shifted = new ImageVolume(4, 1, 1, new double[] {2, 2, 2}, new double[] {1, 0, 0}, IDENTITY,
        new float[4], "label");
    assertThatThrownBy(() -> VoiStatistics.compute(d, rho, shifted))
        .hasMessageContaining("the VOI mask is not on the grid of the dose map");
    assertThatThrownBy(() -> VoiStatistics.compute(d, rho, d.withValues(new float[] {0, 1.5f, 0, 0}, "label")))
        .hasMessageContaining("the VOI mask has 1.5 at voxel (1, 0, 0)");
    assertThatThrownBy(() -> VoiStatistics.compute(d, rho, d.withValues(new float[4], "label")))
        .hasMessageContaining("no labelled voxel");
  }

  static ImageVolume line(float[] v, String unit) {
    return new ImageVolume(v.length, 1, 1, new double[] {2, 2, 2}, new double[3], IDENTITY, v, unit);
  }
}
