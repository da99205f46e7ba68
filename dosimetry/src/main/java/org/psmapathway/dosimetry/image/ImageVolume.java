package org.psmapathway.dosimetry.image;

import java.util.Arrays;

/**
 * A three-dimensional image on a regular grid in DICOM patient coordinates (LPS, millimetres), the
 * common currency of the image readers and the voxel dosimetry. Readers of RAS formats (NIfTI)
 * convert to LPS on the way in.
 *
 * <p>Voxel (i, j, k) holds {@code values[i + nx * (j + ny * k)]}: i runs fastest along the first
 * direction (DICOM column direction), j along the second (row direction), k along the slice
 * normal. Its centre is at {@code origin + i·dx·d0 + j·dy·d1 + k·dz·d2}, where d0, d1, d2 are the
 * rows of {@code direction}.
 *
 * @param nx voxels along the first axis
 * @param ny voxels along the second axis
 * @param nz voxels along the third axis (slices)
 * @param spacing voxel size along each axis, mm (all &gt; 0)
 * @param origin centre of voxel (0, 0, 0), mm, LPS
 * @param direction unit direction cosines of the three axes in LPS, row-major 3×3
 * @param values voxel values in {@code unit}
 * @param unit what a value means, e.g. "Bq/mL", "HU", "Gy", "label"
 */
public record ImageVolume(
    int nx, int ny, int nz, double[] spacing, double[] origin, double[] direction, float[] values,
    String unit) {

  public ImageVolume {
    if (nx < 1 || ny < 1 || nz < 1) {
      throw new IllegalArgumentException("image dimensions must be at least 1, got " + nx + "×" + ny + "×" + nz);
    }
    if (spacing.length != 3 || origin.length != 3 || direction.length != 9) {
      throw new IllegalArgumentException("spacing and origin need 3 numbers and direction 9");
    }
    for (double s : spacing) {
      if (!(s > 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException("voxel spacing must be positive mm, got " + Arrays.toString(spacing));
      }
    }
    if ((long) nx * ny * nz != values.length) {
      throw new IllegalArgumentException("expected " + (long) nx * ny * nz + " voxel values for "
          + nx + "×" + ny + "×" + nz + ", got " + values.length);
    }
    spacing = spacing.clone();
    origin = origin.clone();
    direction = direction.clone();
  }

  /** Number of voxels. */
  public int size() {
    return values.length;
  }

  /** Volume of one voxel, mL (mm³ / 1000). */
  public double voxelVolumeMl() {
    return spacing[0] * spacing[1] * spacing[2] / 1000.0;
  }

  /** Index into {@link #values()} of voxel (i, j, k). */
  public int index(int i, int j, int k) {
    return i + nx * (j + ny * k);
  }

  /**
   * Whether {@code other} lies on the same grid: same dimensions, and spacing, origin and direction
   * equal within {@code toleranceMm} (direction cosines within toleranceMm / 1000).
   */
  public boolean sameGrid(ImageVolume other, double toleranceMm) {
    if (nx != other.nx || ny != other.ny || nz != other.nz) {
      return false;
    }
    for (int a = 0; a < 3; a++) {
      if (Math.abs(spacing[a] - other.spacing[a]) > toleranceMm
          || Math.abs(origin[a] - other.origin[a]) > toleranceMm) {
        return false;
      }
    }
    for (int a = 0; a < 9; a++) {
      if (Math.abs(direction[a] - other.direction[a]) > toleranceMm / 1000.0) {
        return false;
      }
    }
    return true;
  }

  /** The same grid with other values (e.g. a dose map computed from an activity map). */
  public ImageVolume withValues(float[] newValues, String newUnit) {
    return new ImageVolume(nx, ny, nz, spacing, origin, direction, newValues, newUnit);
  }
}
