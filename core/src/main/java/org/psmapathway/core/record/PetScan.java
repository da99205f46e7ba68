package org.psmapathway.core.record;

import java.time.LocalDate;
import java.util.List;

/**
 * One PSMA PET examination. {@code totalTumourVolumeMl} is the whole-body PSMA-positive tumour
 * volume (PSMA-VOL, used by RECIP 1.0); {@code diffuseMarrowInvolvement} is the reader's flag for
 * a superscan-like pattern (PROMISE miM1b "dmi"), which overrides lesion counts.
 * {@code psmaNegativeDisease} is the reader's statement that disease without PSMA uptake (e.g.
 * FDG-positive/PSMA-negative, or CT lesions without uptake) is present ({@code true}) or was
 * looked for and not found ({@code false}); {@code null} when not reported. VISION and OLYMPIAN
 * exclude on it; the record cannot infer it from PSMA-avid lesions.
 */
public record PetScan(
    LocalDate date,
    PsmaTracer tracer,
    String modality,
    ReferenceUptake reference,
    Double totalTumourVolumeMl,
    boolean diffuseMarrowInvolvement,
    List<Lesion> lesions,
    Boolean psmaNegativeDisease) {

  /** A scan on which PSMA-negative disease was not reported on either way. */
  public PetScan(LocalDate date, PsmaTracer tracer, String modality, ReferenceUptake reference,
      Double totalTumourVolumeMl, boolean diffuseMarrowInvolvement, List<Lesion> lesions) {
    this(date, tracer, modality, reference, totalTumourVolumeMl, diffuseMarrowInvolvement, lesions,
        null);
  }

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
