package org.psmapathway.dosimetry.voxel;

/**
 * Dose statistics of one labelled volume of interest.
 *
 * @param label the mask value (1, 2, …)
 * @param voxels number of voxels
 * @param volumeMl voxels × voxel volume
 * @param massG Σ ρ·V over the voxels
 * @param meanGy mass-weighted mean dose Σ D·m / Σ m (energy over mass, the MIRD mean absorbed dose);
 *     equal to the voxel average when the density is uniform
 * @param minGy lowest voxel dose
 * @param maxGy highest voxel dose
 * @param d2Gy minimum dose to the hottest 2 % of the volume
 * @param d50Gy minimum dose to the hottest 50 % (the median for an odd voxel count)
 * @param d98Gy minimum dose to the hottest 98 % (a near-minimum)
 * @param dvh cumulative dose–volume histogram
 */
public record RegionDose(int label, int voxels, double volumeMl, double massG, double meanGy,
    double minGy, double maxGy, double d2Gy, double d50Gy, double d98Gy, DoseVolumeHistogram dvh) {}
