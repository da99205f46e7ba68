package org.psmapathway.dosimetry.voxel;

/**
 * A cumulative dose–volume histogram: {@code volumeFraction[b]} is the fraction of the region's
 * volume that receives at least {@code doseGy[b]}. Levels are 101 equal steps from 0 to the
 * region's maximum dose (1 % of the maximum each), so the first point is (0, 1) and the last
 * (max, fraction of voxels at the maximum). A region whose maximum is 0 has the single point (0, 1).
 */
public record DoseVolumeHistogram(double[] doseGy, double[] volumeFraction) {

  /** Steps between 0 and the maximum. */
  public static final int STEPS = 100;

  public DoseVolumeHistogram {
    if (doseGy.length != volumeFraction.length) {
      throw new IllegalArgumentException("dose and volume columns differ in length");
    }
    doseGy = doseGy.clone();
    volumeFraction = volumeFraction.clone();
  }

  @Override
  public double[] doseGy() {
    return doseGy.clone();
  }

  @Override
  public double[] volumeFraction() {
    return volumeFraction.clone();
  }

  /** The histogram of doses sorted ascending. */
  static DoseVolumeHistogram ofSorted(double[] ascending) {
    int n = ascending.length;
    double max = ascending[n - 1];
    if (!(max > 0)) {
      return new DoseVolumeHistogram(new double[] {0.0}, new double[] {1.0});
    }
    double[] dose = new double[STEPS + 1];
    double[] fraction = new double[STEPS + 1];
    int below = 0; // voxels with dose < level; levels increase, so the pointer only moves forward
    for (int b = 0; b <= STEPS; b++) {
      double level = b == STEPS ? max : max * b / STEPS;
      while (below < n && ascending[below] < level) {
        below++;
      }
      dose[b] = level;
      fraction[b] = (double) (n - below) / n;
    }
    return new DoseVolumeHistogram(dose, fraction);
  }
}
