package org.psmapathway.dosimetry.voxel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * Dose statistics per volume of interest from a label mask (0 = background, 1, 2, … regions) on the
 * grid of the dose map.
 *
 * <p>Dx, as in DVH practice (ICRU Report 83): the minimum dose received by the hottest x % of the
 * volume. With the region's n voxel doses sorted from hottest down, the hottest x % are the first
 * m = ⌈x·n/100⌉ voxels (at least one), and Dx is the dose of the m-th. All voxels have the same
 * volume, so volume fractions are voxel fractions.
 */
public final class VoiStatistics {

  /** Largest label accepted (a mask is a label map, not an image). */
  public static final int MAX_LABEL = 65535;

  private VoiStatistics() {}

  /**
   * Statistics of each label present in {@code labels}, in label order.
   *
   * @param densityGPerMl voxel densities for the masses and the mass-weighted mean
   * @throws IllegalArgumentException when the mask is not on the dose grid (a larger mask is named
   *     as such), holds a value that is not a whole number 0..65535, or has no labelled voxel
   */
  public static List<RegionDose> compute(ImageVolume doseGy, double[] densityGPerMl, ImageVolume labels) {
    Grids.requireSameGrid(doseGy, "the dose map", labels, "the VOI mask");
    float[] l = labels.values();
    int[] counts = new int[MAX_LABEL + 1];
    for (int i = 0; i < l.length; i++) {
      float v = l[i];
      if (!(v >= 0 && v <= MAX_LABEL) || v != Math.rint(v)) {
        throw new IllegalArgumentException("the VOI mask has " + v + " at voxel " + Grids.ijk(labels, i)
            + "; expected a label 0 (background) or a whole number 1.." + MAX_LABEL);
      }
      counts[(int) v]++;
    }
    float[] d = doseGy.values();
    double voxelMl = doseGy.voxelVolumeMl();
    List<RegionDose> regions = new ArrayList<>();
    for (int label = 1; label <= MAX_LABEL; label++) {
      if (counts[label] == 0) {
        continue;
      }
      double[] doses = new double[counts[label]];
      int n = 0;
      double mass = 0;
      double energy = 0;
      for (int i = 0; i < l.length; i++) {
        if (l[i] == label) {
          doses[n++] = d[i];
          double m = densityGPerMl[i] * voxelMl;
          mass += m;
          energy += d[i] * m;
        }
      }
      Arrays.sort(doses);
      // A weighted mean lies between the extremes; summation rounding (≈1e-15) must not put a uniform
      // region's mean above its maximum.
      double mean = Math.min(doses[n - 1], Math.max(doses[0], energy / mass));
      regions.add(new RegionDose(label, n, n * voxelMl, mass, mean, doses[0], doses[n - 1],
          hottest(doses, 2), hottest(doses, 50), hottest(doses, 98), DoseVolumeHistogram.ofSorted(doses)));
    }
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("the VOI mask has no labelled voxel (all 0)");
    }
    return regions;
  }

  /** Dx of doses sorted ascending: the dose of the ⌈x·n/100⌉-th hottest voxel. */
  static double hottest(double[] ascending, double percent) {
    int n = ascending.length;
    int m = (int) Math.ceil(percent * n / 100.0 - 1e-9);
    m = Math.max(1, Math.min(n, m));
    return ascending[n - m];
  }
}
