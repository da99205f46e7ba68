package org.psmapathway.core.response;

/**
 * Thresholds of lesion tracking across scans. None is fixed by a single source for PSMA PET, so
 * each is a setting; {@link #defaults()} holds the values below.
 *
 * @param suvIncreasePercent SUVmax increase, in percent of the prior SUVmax, from which a lesion is
 *     progressing; default 30, the metabolic progression threshold of PERCIST 1.0 (Wahl et al., J
 *     Nucl Med 2009;50 Suppl 1:122S–150S; PERCIST also asks an absolute rise of 0.8 SUL units,
 *     which is not applied here), also used by PPP (Fanti et al. 2020: "≥30% increase in
 *     size/uptake")
 * @param sizeIncreasePercent short-axis increase, in percent of the prior short axis, from which a
 *     lesion is progressing; default 20, the RECIST 1.1 progression threshold (Eisenhauer et al.,
 *     Eur J Cancer 2009;45:228–247; RECIST applies it to the sum of diameters and also asks ≥5 mm,
 *     which is not applied to single lesions here)
 * @param volumeIncreasePercent volume increase used when the short axis is not recorded on both
 *     scans but the volume is; default 20, the same number as for the short axis. Note that for a
 *     sphere a 20% diameter increase is a 72.8% volume increase ((1.2³ − 1) × 100), so 20 is the
 *     more sensitive choice; set 72.8 for diameter-equivalent behaviour
 * @param oligoprogressionMax largest number of progressing lesions (new + progressing, all local
 *     lesions together counting as one) that is still oligoprogression; default 3 (OLYMPIAN
 *     NCT07038304: "maximum 3 lesions in total")
 * @param oligometastaticMax largest number of metastatic (non-local) lesions that is still
 *     oligometastatic; default 5 (ESTRO/EORTC consensus); 3 for STOMP/ORIOLE-style definitions
 *     (clinical-rules.md 6.4)
 */
public record TrackingSettings(
    double suvIncreasePercent,
    double sizeIncreasePercent,
    double volumeIncreasePercent,
    int oligoprogressionMax,
    int oligometastaticMax) {

  public TrackingSettings {
    requirePositive("suvIncreasePercent", suvIncreasePercent);
    requirePositive("sizeIncreasePercent", sizeIncreasePercent);
    requirePositive("volumeIncreasePercent", volumeIncreasePercent);
    if (oligoprogressionMax < 1) {
      throw new IllegalArgumentException(
          "oligoprogressionMax must be ≥ 1, was " + oligoprogressionMax);
    }
    if (oligometastaticMax < 1) {
      throw new IllegalArgumentException(
          "oligometastaticMax must be ≥ 1, was " + oligometastaticMax);
    }
  }

  /** SUVmax +30%, short axis +20%, volume +20%, oligoprogression ≤3, oligometastatic ≤5. */
  public static TrackingSettings defaults() {
    return new TrackingSettings(30, 20, 20, 3, 5);
  }

  public TrackingSettings withOligometastaticMax(int max) {
    return new TrackingSettings(
        suvIncreasePercent, sizeIncreasePercent, volumeIncreasePercent, oligoprogressionMax, max);
  }

  public TrackingSettings withOligoprogressionMax(int max) {
    return new TrackingSettings(
        suvIncreasePercent, sizeIncreasePercent, volumeIncreasePercent, max, oligometastaticMax);
  }

  public TrackingSettings withVolumeIncreasePercent(double percent) {
    return new TrackingSettings(
        suvIncreasePercent, sizeIncreasePercent, percent, oligoprogressionMax, oligometastaticMax);
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive number, was " + value);
    }
  }
}
