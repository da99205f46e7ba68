package org.psmapathway.dosimetry.image.dicom;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * An activity-concentration volume read from DICOM with what is needed to trust it.
 *
 * @param volume values in Bq/mL on the patient grid
 * @param decoding which rule turned stored values into Bq/mL
 * @param modality NM or PT
 * @param acquisition start of the acquisition (earliest slice), or null when the file has none
 * @param injection administration time, or null when the file has none
 * @param injectedActivityMBq RadionuclideTotalDose in MBq, or NaN when absent
 * @param halfLifeH half-life used for decay factors, h (from the file, else the caller's fallback)
 * @param decayCorrection the reference time the values are decay corrected to
 * @param notes every assumption made on the way (fallback tags, ignored mappings), in words
 */
public record QuantitativeVolume(
    ImageVolume volume, ValueDecoding decoding, String modality, LocalDateTime acquisition,
    LocalDateTime injection, double injectedActivityMBq, double halfLifeH,
    DecayCorrection decayCorrection, List<String> notes) {

  public QuantitativeVolume {
    notes = List.copyOf(notes);
  }

  /** Hours from administration to the start of acquisition, or NaN when either is unknown. */
  public double hoursAfterInjection() {
    if (acquisition == null || injection == null) {
      return Double.NaN;
    }
    return Duration.between(injection, acquisition).toNanos() / 3.6e12;
  }

  /**
   * The factor that turns these values into the activity present at the start of acquisition:
   * e^(−λ(t_acq − t_inj)) for ADMIN, 1 for START and NONE, NaN when the correction is not stated
   * or the times are missing. Values are never changed by the reader; multiply by this to undo.
   */
  public double decayCorrectionUndoFactor() {
    return switch (decayCorrection) {
      case NONE, START -> 1.0;
      case ADMIN -> Math.exp(-Math.log(2.0) / halfLifeH * hoursAfterInjection());
      case NOT_STATED -> Double.NaN;
    };
  }
}
