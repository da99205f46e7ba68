package org.psmapathway.dosimetry.voxel;

import java.util.stream.IntStream;

/**
 * "Same"-size 3-D convolution by the definition, out(x) = Σ_d K(d)·in(x − d), voxels outside the
 * image counting as zero. The kernel's symmetry in x halves the multiplications
 * (K(−dx) = K(dx): out(x) += K·(in(x − dx) + in(x + dx))); output planes are split over the available
 * processors. O(n·k³): the reference for {@link FftConvolution}, and the faster of the two for very
 * small images (bench/README.md).
 */
public final class DirectConvolution {

  private DirectConvolution() {}

  /** Same arguments and result as {@link FftConvolution#convolve}. */
  public static double[] convolve(float[] image, int nx, int ny, int nz, double[] kernel, int k) {
    KernelShape.check(image.length, nx, ny, nz, kernel, k);
    int c = k / 2;
    double[] out = new double[image.length];
    IntStream.range(0, nz).parallel().forEach(z -> {
      for (int y = 0; y < ny; y++) {
        int outRow = nx * (y + ny * z);
        for (int dz = -c; dz <= c; dz++) {
          int sz = z - dz;
          if (sz < 0 || sz >= nz) {
            continue;
          }
          for (int dy = -c; dy <= c; dy++) {
            int sy = y - dy;
            if (sy < 0 || sy >= ny) {
              continue;
            }
            int inRow = nx * (sy + ny * sz);
            int kRow = k * ((dy + c) + k * (dz + c)) + c;
            double k0 = kernel[kRow];
            for (int x = 0; x < nx; x++) {
              out[outRow + x] += k0 * image[inRow + x];
            }
            for (int dx = 1; dx <= c; dx++) {
              double kd = kernel[kRow + dx];
              // in(x − dx) for x ≥ dx, in(x + dx) for x < nx − dx
              for (int x = dx; x < nx; x++) {
                out[outRow + x] += kd * image[inRow + x - dx];
              }
              for (int x = 0; x < nx - dx; x++) {
                out[outRow + x] += kd * image[inRow + x + dx];
              }
            }
          }
        }
      }
    });
    return out;
  }
}
