package org.psmapathway.dosimetry.voxel;

/**
 * The published part of the Lanconelli et al. 177Lu soft-tissue voxel S values (Phys Med Biol
 * 2012;57:517, "A free database of radionuclide voxel S values for the dosimetry of nonuniform
 * activity distributions"), as redistributed in MGH's MIRDCalculation ({@code
 * MIRD/VoxelSValues/177Lu<size>mm soft.txt}, MIT), read for research/dosimetry.md §4.2: for each
 * voxel size the five innermost S values and the sum over the 11³ cube, mGy/(MBq·s).
 *
 * <p>The full 11³ tables are not on this machine; {@link VoxelSValueKernel} rebuilds the rest.
 */
final class LanconelliLu177SoftTissue {

  private LanconelliLu177SoftTissue() {}

  /** Voxel sides, mm, ascending. */
  static final double[] VOXEL_MM = {2.21, 3.00, 3.90, 4.42, 4.80, 6.00, 9.28};

  /** Octant positions (sorted |i| ≤ |j| ≤ |k| form) of the published values. */
  static final int[][] POSITIONS = {{0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {1, 1, 1}, {0, 0, 2}};

  /** S at {@link #POSITIONS}, one row per voxel size, mGy/(MBq·s). */
  static final double[][] S = {
      {1.660, 4.830e-2, 2.520e-3, 2.500e-4, 7.700e-5},
      {6.930e-1, 1.510e-2, 6.170e-4, 7.980e-5, 4.080e-5},
      {3.250e-1, 5.490e-3, 1.970e-4, 3.810e-5, 2.410e-5},
      {2.260e-1, 3.390e-3, 1.190e-4, 2.820e-5, 1.880e-5},
      {1.780e-1, 2.460e-3, 8.650e-5, 2.350e-5, 1.610e-5},
      {9.250e-2, 1.040e-3, 3.940e-5, 1.460e-5, 1.040e-5},
      {2.560e-2, 1.980e-4, 1.140e-5, 6.190e-6, 4.530e-6}};

  /** Σ S over the 11³ cube, mGy/(MBq·s). */
  static final double[] SUM = {2.0001, 0.80161, 0.36664, 0.25275, 0.19805, 0.10200, 0.028141};

  /**
   * Density of the kernels' soft tissue, g/mL: ICRU soft tissue as used by Lanconelli et al. [L: from
   * the literature, not re-read; research/dosimetry.md §10 item 3].
   */
  static final double DENSITY_G_PER_ML = 1.04;
}
