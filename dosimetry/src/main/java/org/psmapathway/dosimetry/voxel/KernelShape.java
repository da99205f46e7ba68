package org.psmapathway.dosimetry.voxel;

/** Argument checks shared by the two convolutions. */
final class KernelShape {

  private KernelShape() {}

  static void check(int imageLength, int nx, int ny, int nz, double[] kernel, int k) {
    if (nx < 1 || ny < 1 || nz < 1 || (long) nx * ny * nz != imageLength) {
      throw new IllegalArgumentException("image of " + imageLength + " values does not match "
          + nx + "×" + ny + "×" + nz);
    }
    if (k < 1 || k % 2 == 0 || (long) k * k * k != kernel.length) {
      throw new IllegalArgumentException("kernel must be a cube of odd side, got side " + k + " and "
          + kernel.length + " values");
    }
    int c = k / 2;
    for (int l = 0; l < k; l++) {
      for (int j = 0; j < k; j++) {
        for (int i = 0; i < k; i++) {
          double v = kernel[i + k * (j + k * l)];
          if (v != kernel[(2 * c - i) + k * (j + k * l)] || v != kernel[i + k * ((2 * c - j) + k * l)]
              || v != kernel[i + k * (j + k * (2 * c - l))]) {
            throw new IllegalArgumentException("kernel is not symmetric under each axis flip at offset ("
                + (i - c) + ", " + (j - c) + ", " + (l - c) + ")");
          }
        }
      }
    }
  }
}
