package org.psmapathway.dosimetry.voxel;

import java.util.Arrays;
import org.psmapathway.dosimetry.Lutetium177;

/**
 * A 177Lu soft-tissue voxel-S-value kernel on an 11×11×11 grid of cubic voxels, mGy/(MBq·s):
 * {@code values[(i + 5) + 11·((j + 5) + 11·(k + 5))]} is the dose to the voxel at offset (i, j, k)
 * per MBq·s decaying in the centre voxel.
 *
 * <p><b>Reconstruction, not the full published table.</b> For each tabulated size the kernel is
 * the published S(0,0,0), S(0,0,1), S(0,1,1), S(1,1,1), S(0,0,2) of Lanconelli et al. 2012 at those
 * positions and their octant images (33 voxels, carrying 97–99 % of the total), and the remainder
 * ΣS − Σ(published) spread over the other 1,298 voxels of the cube in proportion to
 * e^(−μr)/r² (r = distance of the voxel centres, μ = 0.1370 cm²/g × 1 g/cm³ = 0.01370 /mm, the
 * attenuation of 200 keV photons in water, NIST XCOM / Hubbell &amp; Seltzer NISTIR 5632). So the
 * kernel sums exactly to the published ΣS: an infinite uniform activity gets D = Ã·ΣS exactly, the
 * near field (where the electron dose is) is the published one, and only the ≈ 1–4 % photon and
 * bremsstrahlung tail beyond two voxels has a modelled shape.
 *
 * <p>Other voxel sizes: per-index linear interpolation between the two neighbouring tabulated
 * kernels (what MIRDCalculator's {@code SValuesData.GetSValue} does with {@code np.interp}), inside
 * 2.21–9.28 mm; within 0.1 mm outside that range the nearest kernel; otherwise an error. The S value
 * of a voxel is not scaled by (l₁/l₂)³: only its local-deposition part would scale with mass.
 */
public record VoxelSValueKernel(double voxelMm, KernelNormalisation normalisation, double[] values) {

  /** Kernel side: 11 voxels, offsets −5..5. */
  public static final int SIDE = 11;

  /** Offsets from the centre to the edge. */
  public static final int HALF = SIDE / 2;

  /** Photon attenuation used for the modelled tail, per mm (200 keV, water). */
  public static final double TAIL_MU_PER_MM = 0.1370 / 10.0;

  /** How far outside the tabulated range the nearest kernel is still used, mm. */
  public static final double NEAREST_TOLERANCE_MM = 0.1;

  public VoxelSValueKernel {
    if (values.length != SIDE * SIDE * SIDE) {
      throw new IllegalArgumentException("kernel needs " + SIDE * SIDE * SIDE + " values, got " + values.length);
    }
    values = values.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** S at offset (i, j, k), each in −5..5. */
  public double at(int i, int j, int k) {
    return values[(i + HALF) + SIDE * ((j + HALF) + SIDE * (k + HALF))];
  }

  /** Σ S over the cube, mGy/(MBq·s). */
  public double sum() {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  /**
   * The 177Lu soft-tissue kernel for cubic voxels of side {@code voxelMm}.
   *
   * @throws IllegalArgumentException when the size is more than 0.1 mm outside 2.21–9.28 mm
   */
  public static VoxelSValueKernel lu177SoftTissue(double voxelMm, KernelNormalisation normalisation) {
    double[] sizes = LanconelliLu177SoftTissue.VOXEL_MM;
    int last = sizes.length - 1;
    if (!(voxelMm >= sizes[0] - NEAREST_TOLERANCE_MM && voxelMm <= sizes[last] + NEAREST_TOLERANCE_MM)) {
      throw new IllegalArgumentException("voxel size " + voxelMm + " mm is outside the 177Lu kernel table ("
          + sizes[0] + "–" + sizes[last] + " mm, nearest kernel within " + NEAREST_TOLERANCE_MM
          + " mm); resample the activity map to a tabulated size");
    }
    double[] s;
    if (voxelMm <= sizes[0]) {
      s = tabulated(0);
    } else if (voxelMm >= sizes[last]) {
      s = tabulated(last);
    } else {
      int hi = 1;
      while (sizes[hi] < voxelMm) {
        hi++;
      }
      if (voxelMm == sizes[hi]) {
        s = tabulated(hi);
      } else {
        double w = (voxelMm - sizes[hi - 1]) / (sizes[hi] - sizes[hi - 1]);
        double[] lo = tabulated(hi - 1);
        double[] up = tabulated(hi);
        s = new double[lo.length];
        for (int n = 0; n < s.length; n++) {
          s[n] = lo[n] + w * (up[n] - lo[n]);
        }
      }
    }
    if (normalisation == KernelNormalisation.ELECTRON_ENERGY) {
      double sum = Arrays.stream(s).sum();
      double massG = LanconelliLu177SoftTissue.DENSITY_G_PER_ML * Math.pow(voxelMm, 3) / 1000.0;
      double factor = electronEnergyMGyGramPerMBqS() / (sum * massG);
      for (int n = 0; n < s.length; n++) {
        s[n] *= factor;
      }
    }
    return new VoxelSValueKernel(voxelMm, normalisation, s);
  }

  /** Δ_e in mGy·g/(MBq·s): 0.08531 Gy·g/(MBq·h) × 1000 / 3600. */
  static double electronEnergyMGyGramPerMBqS() {
    return Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H * 1000.0 / 3600.0;
  }

  /** The reconstructed kernel at tabulated size {@code row} (published normalisation). */
  static double[] tabulated(int row) {
    double voxelMm = LanconelliLu177SoftTissue.VOXEL_MM[row];
    double[] published = LanconelliLu177SoftTissue.S[row];
    double[] s = new double[SIDE * SIDE * SIDE];
    boolean[] fixed = new boolean[s.length];
    double publishedSum = 0;
    double tailWeight = 0;
    for (int k = -HALF; k <= HALF; k++) {
      for (int j = -HALF; j <= HALF; j++) {
        for (int i = -HALF; i <= HALF; i++) {
          int n = (i + HALF) + SIDE * ((j + HALF) + SIDE * (k + HALF));
          int p = publishedPosition(i, j, k);
          if (p >= 0) {
            s[n] = published[p];
            fixed[n] = true;
            publishedSum += published[p];
          } else {
            double r = voxelMm * Math.sqrt(i * i + j * j + k * k);
            s[n] = Math.exp(-TAIL_MU_PER_MM * r) / (r * r);
            tailWeight += s[n];
          }
        }
      }
    }
    double remainder = LanconelliLu177SoftTissue.SUM[row] - publishedSum;
    if (!(remainder > 0)) {
      throw new IllegalStateException("published S values exceed the published sum at " + voxelMm + " mm");
    }
    double scale = remainder / tailWeight;
    for (int n = 0; n < s.length; n++) {
      if (!fixed[n]) {
        s[n] *= scale;
      }
    }
    return s;
  }

  /** Index into {@link LanconelliLu177SoftTissue#POSITIONS} of the octant image of (i, j, k), or −1. */
  private static int publishedPosition(int i, int j, int k) {
    int[] a = {Math.abs(i), Math.abs(j), Math.abs(k)};
    Arrays.sort(a);
    int[][] positions = LanconelliLu177SoftTissue.POSITIONS;
    for (int p = 0; p < positions.length; p++) {
      if (Arrays.equals(a, positions[p])) {
        return p;
      }
    }
    return -1;
  }
}
