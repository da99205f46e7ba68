package org.psmapathway.dosimetry.voxel;

import java.util.List;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * Time-integrated activity per voxel from activity maps at several times after injection.
 *
 * <p>A non-linear fit per voxel (10⁶ voxels, noisy SPECT) is slow and unstable, so each voxel gets
 * the numerical rule of research/dosimetry.md §2.3 with its defaults:
 * <ul>
 *   <li>head: A(0) = 0 and a linear rise to the first measurement, ∫₀^t₁ = A₁·t₁/2 (uptake);
 *   <li>trapezoids between measurements;
 *   <li>tail after the last measurement: A_n/λ with λ = max(λ_p, ln(A_{n−1}/A_n)/(t_n − t_{n−1}))
 *       when A_{n−1} &gt; A_n &gt; 0, else λ = λ_p (a voxel whose activity is still rising, or a single
 *       time point, clears by physical decay only — the conservative choice).
 * </ul>
 * A mono-exponential curve is integrated exactly after its last point (the tail is its own
 * integral) and to +0.24 % overall for the 5-point example of §2.5 (the trapezoid part).
 *
 * <p>Input maps are activity concentrations in Bq/mL, <b>not decay-corrected</b> (what is in the
 * patient at the time of the scan), all on one grid. The result is in MBq·h per voxel.
 */
public final class VoxelTimeIntegration {

  private VoxelTimeIntegration() {}

  /**
   * Integrates the maps. {@code names} label the maps in messages (file names), one per map.
   *
   * @throws IllegalArgumentException for fewer than one map, times not after injection or not
   *     increasing, maps on different grids, or a negative or non-finite activity (naming the map and
   *     voxel)
   */
  public static ImageVolume tiaMBqH(List<ImageVolume> activityBqPerMl, double[] hours,
      double halfLifeHours, List<String> names) {
    int n = activityBqPerMl.size();
    if (n < 1) {
      throw new IllegalArgumentException("at least one activity map is needed");
    }
    if (hours.length != n || names.size() != n) {
      throw new IllegalArgumentException(n + " activity maps but " + hours.length + " times and "
          + names.size() + " names");
    }
    for (int t = 0; t < n; t++) {
      if (!(hours[t] > 0) || Double.isInfinite(hours[t])) {
        throw new IllegalArgumentException("time " + (t + 1) + " (" + names.get(t) + ") is " + hours[t]
            + " h; scan times must be after injection (> 0 h)");
      }
      if (t > 0 && !(hours[t] > hours[t - 1])) {
        throw new IllegalArgumentException("times must increase: " + hours[t - 1] + " h then " + hours[t]
            + " h (" + names.get(t) + ")");
      }
    }
    double lambdaP = org.psmapathway.dosimetry.Lutetium177.decayConstant(halfLifeHours);
    ImageVolume first = activityBqPerMl.get(0);
    for (int t = 1; t < n; t++) {
      ImageVolume other = activityBqPerMl.get(t);
      if (!first.sameGrid(other, GRID_TOLERANCE_MM)) {
        throw new IllegalArgumentException(names.get(t) + " is not on the grid of " + names.get(0) + ": "
            + Grids.describe(other) + " vs " + Grids.describe(first));
      }
    }
    for (int t = 0; t < n; t++) {
      float[] v = activityBqPerMl.get(t).values();
      for (int i = 0; i < v.length; i++) {
        if (!(v[i] >= 0) || Float.isInfinite(v[i])) {
          throw new IllegalArgumentException(names.get(t) + ": activity at voxel " + Grids.ijk(first, i)
              + " is " + v[i] + " Bq/mL; expected a finite value ≥ 0");
        }
      }
    }
    double mbqPerBqMl = first.voxelVolumeMl() * 1e-6;
    float[][] maps = new float[n][];
    for (int t = 0; t < n; t++) {
      maps[t] = activityBqPerMl.get(t).values();
    }
    float[] tia = new float[first.size()];
    double[] a = new double[n];
    for (int i = 0; i < tia.length; i++) {
      for (int t = 0; t < n; t++) {
        a[t] = maps[t][i] * mbqPerBqMl;
      }
      tia[i] = (float) integrate(a, hours, lambdaP);
    }
    return first.withValues(tia, "MBq·h");
  }

  /** Grids closer than this (mm) are the same grid. */
  public static final double GRID_TOLERANCE_MM = 1e-3;

  /** The rule of the class comment for one curve: activities (MBq) at hours → MBq·h. */
  public static double integrate(double[] a, double[] hours, double lambdaP) {
    int n = a.length;
    double sum = a[0] * hours[0] / 2.0;
    for (int t = 1; t < n; t++) {
      sum += (a[t] + a[t - 1]) * (hours[t] - hours[t - 1]) / 2.0;
    }
    double last = a[n - 1];
    if (last > 0) {
      double lambda = lambdaP;
      if (n >= 2 && a[n - 2] > last) {
        lambda = Math.max(lambdaP, Math.log(a[n - 2] / last) / (hours[n - 1] - hours[n - 2]));
      }
      sum += last / lambda;
    }
    return sum;
  }
}
