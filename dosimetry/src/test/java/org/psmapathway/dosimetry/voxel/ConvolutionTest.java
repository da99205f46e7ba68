package org.psmapathway.dosimetry.voxel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** FFT against direct convolution, energy conservation, and the uniform-sphere check of §4.2. */
class ConvolutionTest {

  @Test
  void fftAgreesWithTheDirectSumOnRandomMaps() {
    Random r = new Random(7);
    // padded lengths: 30×30×30, 30×24×18, 8×36×12, and odd ones along y and z: 16×27×9
    for (int[] dims : new int[][] {{24, 24, 24}, {24, 19, 13}, {3, 30, 7}, {10, 22, 4}}) {
      float[] map = new float[dims[0] * dims[1] * dims[2]];
      for (int n = 0; n < map.length; n++) {
        map[n] = (float) r.nextDouble();
      }
      double[] kernel = VoxelSValueKernel.lu177SoftTissue(3.9, KernelNormalisation.PUBLISHED).values();
      double[] direct = DirectConvolution.convolve(map, dims[0], dims[1], dims[2], kernel, 11);
      double[] fft = FftConvolution.convolve(map, dims[0], dims[1], dims[2], kernel, 11);
      double max = 0;
      for (double v : direct) {
        max = Math.max(max, Math.abs(v));
      }
      // the FFT path runs in single precision: float32 rounding (6e-8) times a few passes
      for (int n = 0; n < map.length; n++) {
        assertThat(fft[n]).as("voxel %d of %dx%dx%d", n, dims[0], dims[1], dims[2])
            .isCloseTo(direct[n], within(1e-6 * max));
      }
    }
  }

  @Test
  void directSumMatchesTheDefinitionAtTheEdges() {
    // A single source in a corner: every output is the kernel value at the offset, or 0 beyond it.
    float[] map = new float[9 * 8 * 7];
    map[0] = 2f;
    double[] kernel = VoxelSValueKernel.lu177SoftTissue(2.21, KernelNormalisation.PUBLISHED).values();
    VoxelSValueKernel k = VoxelSValueKernel.lu177SoftTissue(2.21, KernelNormalisation.PUBLISHED);
    double[] out = DirectConvolution.convolve(map, 9, 8, 7, kernel, 11);
    double[] fft = FftConvolution.convolve(map, 9, 8, 7, kernel, 11);
    for (int z = 0; z < 7; z++) {
      for (int y = 0; y < 8; y++) {
        for (int x = 0; x < 9; x++) {
          double expected = x <= 5 && y <= 5 && z <= 5 ? 2 * k.at(x, y, z) : 0.0;
          assertThat(out[x + 9 * (y + 8 * z)]).isCloseTo(expected, within(1e-15));
          assertThat(fft[x + 9 * (y + 8 * z)]).isCloseTo(expected, within(1e-6 * 2 * k.at(0, 0, 0)));
        }
      }
    }
  }

  @Test
  void energyIsConservedForSourcesFarFromTheEdge() {
    Random r = new Random(11);
    int n = 30;
    float[] map = new float[n * n * n];
    double total = 0;
    for (int z = 5; z < n - 5; z++) {
      for (int y = 5; y < n - 5; y++) {
        for (int x = 5; x < n - 5; x++) {
          map[x + n * (y + n * z)] = (float) (10 * r.nextDouble());
          total += map[x + n * (y + n * z)];
        }
      }
    }
    VoxelSValueKernel kernel = VoxelSValueKernel.lu177SoftTissue(4.8, KernelNormalisation.PUBLISHED);
    double[] out = FftConvolution.convolve(map, n, n, n, kernel.values(), 11);
    double sum = 0;
    for (double v : out) {
      sum += v;
    }
    // Σ dose·m = Σ Ã·ΣS·m with one voxel mass for all: Σ dose = Σ Ã · ΣS
    // (single-precision transforms: conserved to float32 rounding, not to double's)
    assertThat(sum).isCloseTo(total * kernel.sum(), within(total * kernel.sum() * 1e-6));
  }

  @Test
  void uniformSphereMeanDoseIsTheDocumentedNormalisationBelowTheSphereModel() {
    // research/dosimetry.md §4.2: 4.8 mm kernel, R = 20 mm, S·m = 78.9 (kernel) vs 86.1 mGy·g/(MBq·h)
    // (IDAC sphere, ρ = 1.03); S·m = mean dose per MBq·h in each voxel × voxel mass at ρ = 1.03.
    double mm = 4.8;
    int n = 21;
    int c = n / 2;
    float[] map = new float[n * n * n];
    int inside = 0;
    for (int z = 0; z < n; z++) {
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          double r = mm * Math.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c));
          if (r <= 20.0) {
            map[x + n * (y + n * z)] = 1f;
            inside++;
          }
        }
      }
    }
    double voxelMassG = 1.03 * mm * mm * mm / 1000;
    double[] sm = new double[2];
    KernelNormalisation[] norms = KernelNormalisation.values();
    for (int q = 0; q < 2; q++) {
      VoxelSValueKernel kernel = VoxelSValueKernel.lu177SoftTissue(mm, norms[q]);
      double[] out = FftConvolution.convolve(map, n, n, n, kernel.values(), 11);
      double meanMGyPerMBqS = 0;
      for (int v = 0; v < map.length; v++) {
        meanMGyPerMBqS += map[v] * out[v];
      }
      meanMGyPerMBqS /= inside;
      sm[q] = meanMGyPerMBqS * 3600 * voxelMassG;
    }
    assertThat(sm[0]).as("published").isCloseTo(78.9, within(78.9 * 0.015));
    assertThat(sm[0] / 86.1).isBetween(0.89, 0.94);
    assertThat(sm[1] / sm[0]).as("electron-energy / published").isCloseTo(1 / 0.961, within(0.002));
  }

  @Test
  void rejectsKernelsThatAreNotSymmetricCubes() {
    float[] map = new float[8];
    double[] lopsided = new double[27];
    lopsided[0] = 1;
    assertThatThrownBy(() -> FftConvolution.convolve(map, 2, 2, 2, lopsided, 3))
        .hasMessageContaining("not symmetric under each axis flip at offset (-1, -1, -1)");
    assertThatThrownBy(() -> DirectConvolution.convolve(map, 2, 2, 2, new double[8], 2))
        .hasMessageContaining("odd side");
  }

  @Test
  void paddedLengthsAreEvenAndSmooth() {
    assertThat(FftConvolution.paddedLength(133, true)).isEqualTo(144);
    assertThat(FftConvolution.paddedLength(133, false)).isEqualTo(135);
    assertThat(FftConvolution.paddedLength(261, true)).isEqualTo(270);
    assertThat(FftConvolution.paddedLength(1, true)).isEqualTo(2);
  }
}
