package org.psmapathway.dosimetry.voxel;

/** How dose is computed from a time-integrated activity map. */
public enum VoxelDoseMethod {
  /** Voxel-S-value kernel convolution (electron spill between voxels and the photon tail). */
  KERNEL,
  /** Local energy deposition: all electron energy stays in the voxel where the decay happens. */
  LED
}
