package org.psmapathway.dosimetry.voxel;

import org.psmapathway.dosimetry.Lutetium177;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * Absorbed dose maps (Gy) from a time-integrated activity map (MBq·h per voxel), research/dosimetry.md
 * §4: local energy deposition, or voxel-S-value convolution with optional density correction.
 */
public final class VoxelDose {

  /** Cubic means sides equal within this, mm. */
  public static final double CUBIC_TOLERANCE_MM = 0.01;

  private VoxelDose() {}

  /**
   * Voxel densities, g/mL: ρ(HU) from {@code ctHu} ({@link HounsfieldDensity}) when given, which
   * must be on the grid of {@code tia}; else {@link HounsfieldDensity#SOFT_TISSUE_G_PER_ML}.
   */
  public static double[] densities(ImageVolume tia, ImageVolume ctHu) {
    double[] rho = new double[tia.size()];
    if (ctHu == null) {
      java.util.Arrays.fill(rho, HounsfieldDensity.SOFT_TISSUE_G_PER_ML);
      return rho;
    }
    Grids.requireSameGrid(tia, "the activity map", ctHu, "the CT");
    float[] hu = ctHu.values();
    for (int i = 0; i < rho.length; i++) {
      if (!Float.isFinite(hu[i])) {
        throw new IllegalArgumentException("the CT has " + hu[i] + " HU at voxel " + Grids.ijk(ctHu, i));
      }
      rho[i] = HounsfieldDensity.gPerMl(hu[i]);
    }
    return rho;
  }

  /** LED: D = Ã·0.08531/(ρ·V), Gy. */
  public static ImageVolume localDeposition(ImageVolume tiaMBqH, double[] densityGPerMl) {
    float[] a = tiaMBqH.values();
    double v = tiaMBqH.voxelVolumeMl();
    float[] d = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = (float) (a[i] * Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H / (densityGPerMl[i] * v));
    }
    return tiaMBqH.withValues(d, "Gy");
  }

  /**
   * Kernel convolution: D = Σ Ã[MBq·h]·3600·S[mGy/(MBq·s)]/1000 Gy, with the 177Lu soft-tissue kernel
   * for the voxel size; then, when {@code densityCorrection}, D·ρ_kernel/ρ (the common approximation
   * of PyTheranostics' {@code weight_dose_by_density}, research/dosimetry.md §4.2).
   *
   * @throws IllegalArgumentException for non-cubic voxels: the kernels are for cubes, and a kernel
   *     for a box-shaped voxel has to be integrated from a point kernel, which this does not do;
   *     compute the dose on the (cubic) SPECT grid and resample the dose instead
   */
  public static ImageVolume kernel(ImageVolume tiaMBqH, double[] densityGPerMl,
      KernelNormalisation normalisation, boolean densityCorrection) {
    double[] s = tiaMBqH.spacing();
    if (Math.abs(s[0] - s[1]) > CUBIC_TOLERANCE_MM || Math.abs(s[0] - s[2]) > CUBIC_TOLERANCE_MM) {
      throw new IllegalArgumentException("kernel convolution needs cubic voxels, got " + Grids.mm(s[0])
          + "×" + Grids.mm(s[1]) + "×" + Grids.mm(s[2]) + " mm: the voxel S values are tabulated for "
          + "cubes, and a box-shaped voxel needs its own kernel; compute the dose on the SPECT grid "
          + "(or use the led method)");
    }
    double side = (s[0] + s[1] + s[2]) / 3.0;
    VoxelSValueKernel kernel = VoxelSValueKernel.lu177SoftTissue(side, normalisation);
    // MBq·h × 3600 s/h × mGy/(MBq·s) / 1000 mGy/Gy
    float[] d = FftConvolution.convolveScaled(tiaMBqH.values(), tiaMBqH.nx(), tiaMBqH.ny(), tiaMBqH.nz(),
        kernel.values(), VoxelSValueKernel.SIDE, 3600.0 / 1000.0);
    if (densityCorrection) {
      for (int i = 0; i < d.length; i++) {
        d[i] = (float) (d[i] * LanconelliLu177SoftTissue.DENSITY_G_PER_ML / densityGPerMl[i]);
      }
    }
    return tiaMBqH.withValues(d, "Gy");
  }
}
