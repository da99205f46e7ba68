package org.psmapathway.dosimetry.image.dicom;

/**
 * How stored pixel values became activity concentrations (Bq/mL), in the order they are tried
 * (research/dosimetry.md §5.2): the first that applies wins, and the result records which.
 */
public enum ValueDecoding {
  /** Real World Value Mapping (0040,9096) with measurement units "Bq/ml": slope·stored + intercept. */
  REAL_WORLD_VALUE_MAPPING,
  /** PET with Units (0054,1001) BQML: RescaleSlope·stored + RescaleIntercept, per file. */
  PET_BQML_RESCALE,
  /** NM (or PET in other units) rescaled, times a site calibration factor in Bq/mL per unit. */
  NM_RESCALE_CALIBRATED,
  /** Counts per voxel ÷ (calibration factor cps/MBq × acquisition duration s) ÷ voxel volume. */
  COUNTS_CALIBRATED
}
