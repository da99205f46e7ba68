package org.psmapathway.dosimetry.voxel;

import org.psmapathway.dosimetry.image.ImageVolume;

/** How grids and voxels are named in messages. */
final class Grids {

  private Grids() {}

  static String describe(ImageVolume v) {
    return v.nx() + "×" + v.ny() + "×" + v.nz() + " voxels of " + mm(v.spacing()[0]) + "×"
        + mm(v.spacing()[1]) + "×" + mm(v.spacing()[2]) + " mm at (" + mm(v.origin()[0]) + ", "
        + mm(v.origin()[1]) + ", " + mm(v.origin()[2]) + ") mm";
  }

  /** A length to 6 significant digits without trailing zeros (4.42, not 4.420000). */
  static String mm(double value) {
    return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString();
  }

  static String ijk(ImageVolume v, int index) {
    int i = index % v.nx();
    int j = (index / v.nx()) % v.ny();
    int k = index / (v.nx() * v.ny());
    return "(" + i + ", " + j + ", " + k + ")";
  }

  /**
   * Checks that {@code other} is on the grid of {@code reference}, with a message that says a larger
   * image is larger.
   */
  static void requireSameGrid(ImageVolume reference, String referenceName, ImageVolume other, String otherName) {
    if (reference.sameGrid(other, VoxelTimeIntegration.GRID_TOLERANCE_MM)) {
      return;
    }
    if (other.nx() > reference.nx() || other.ny() > reference.ny() || other.nz() > reference.nz()) {
      throw new IllegalArgumentException(otherName + " (" + other.nx() + "×" + other.ny() + "×" + other.nz()
          + ") is larger than " + referenceName + " (" + reference.nx() + "×" + reference.ny() + "×"
          + reference.nz() + "); it must be on the same grid: resample it to the activity map first");
    }
    throw new IllegalArgumentException(otherName + " is not on the grid of " + referenceName + ": "
        + describe(other) + " vs " + describe(reference) + "; resample it to the activity map first");
  }
}
