package org.psmapathway.core.record;

import java.time.LocalDate;
import java.util.List;

/**
 * One PSMA PET examination. {@code totalTumourVolumeMl} is the whole-body PSMA-positive tumour
 * volume (PSMA-VOL, used by RECIP 1.0); {@code diffuseMarrowInvolvement} is the reader's flag for
 * a superscan-like pattern (PROMISE miM1b "dmi"), which overrides lesion counts.
 */
public record PetScan(
    LocalDate date,
    PsmaTracer tracer,
    String modality,
    ReferenceUptake reference,
    Double totalTumourVolumeMl,
    boolean diffuseMarrowInvolvement,
    List<Lesion> lesions) {

  public PetScan {
    lesions = List.copyOf(lesions);
    if (reference == null) {
      reference = ReferenceUptake.NONE;
    }
  }

  /** A scan without PSMA-avid lesions (and without a diffuse-marrow flag) is negative. */
  public boolean negative() {
    return lesions.isEmpty() && !diffuseMarrowInvolvement;
  }
}
