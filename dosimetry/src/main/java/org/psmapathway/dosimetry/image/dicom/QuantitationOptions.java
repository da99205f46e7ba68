package org.psmapathway.dosimetry.image.dicom;

/**
 * What the caller knows that the file may not: site calibrations for NM volumes that are not
 * stored in Bq/mL, and the half-life to use when the file gives none. {@code Double.NaN} means
 * "not given".
 *
 * @param calibrationBqPerMlPerUnit Bq/mL per rescaled stored unit, for
 *     {@link ValueDecoding#NM_RESCALE_CALIBRATED}
 * @param countsCalibrationCpsPerMBq camera sensitivity in counts per second per MBq, for
 *     {@link ValueDecoding#COUNTS_CALIBRATED}
 * @param acquisitionDurationS acquisition duration in seconds that the counts were collected over,
 *     for {@link ValueDecoding#COUNTS_CALIBRATED} (the file's frame duration of a reconstructed
 *     SPECT is per projection, so it is not used)
 * @param fallbackHalfLifeH half-life in hours when RadionuclideHalfLife (0018,1075) is absent
 */
public record QuantitationOptions(
    double calibrationBqPerMlPerUnit, double countsCalibrationCpsPerMBq, double acquisitionDurationS,
    double fallbackHalfLifeH) {

  public QuantitationOptions {
    positiveOrNaN("calibrationBqPerMlPerUnit", calibrationBqPerMlPerUnit);
    positiveOrNaN("countsCalibrationCpsPerMBq", countsCalibrationCpsPerMBq);
    positiveOrNaN("acquisitionDurationS", acquisitionDurationS);
    positiveOrNaN("fallbackHalfLifeH", fallbackHalfLifeH);
    if (Double.isNaN(countsCalibrationCpsPerMBq) != Double.isNaN(acquisitionDurationS)) {
      throw new IllegalArgumentException("countsCalibrationCpsPerMBq and acquisitionDurationS go "
          + "together, got " + countsCalibrationCpsPerMBq + " and " + acquisitionDurationS);
    }
  }

  /** Nothing beyond the file; the fallback half-life is Lu-177's. */
  public static QuantitationOptions fromFileOnly() {
    return new QuantitationOptions(Double.NaN, Double.NaN, Double.NaN,
        org.psmapathway.dosimetry.Lutetium177.HALF_LIFE_HOURS);
  }

  /** These options with a site calibration in Bq/mL per rescaled unit. */
  public QuantitationOptions withCalibration(double bqPerMlPerUnit) {
    return new QuantitationOptions(bqPerMlPerUnit, countsCalibrationCpsPerMBq, acquisitionDurationS,
        fallbackHalfLifeH);
  }

  /** These options with a counts calibration (cps/MBq) and the acquisition duration (s). */
  public QuantitationOptions withCountsCalibration(double cpsPerMBq, double durationS) {
    return new QuantitationOptions(calibrationBqPerMlPerUnit, cpsPerMBq, durationS, fallbackHalfLifeH);
  }

  private static void positiveOrNaN(String name, double v) {
    if (!Double.isNaN(v) && !(v > 0 && v < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be a positive finite number or NaN (not given), got " + v);
    }
  }
}
