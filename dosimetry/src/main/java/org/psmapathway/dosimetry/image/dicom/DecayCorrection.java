package org.psmapathway.dosimetry.image.dicom;

/**
 * The reference time the values are decay corrected to, from DecayCorrection (0054,1102) (PS3.3
 * C.8.9.1.1.8 PET Series). The reader never changes values to undo it; it reports it and the
 * factor that would.
 */
public enum DecayCorrection {
  /** Not corrected: values are the activity present during the acquisition. */
  NONE,
  /** Corrected to the start of the acquisition: the same reference as the acquisition time. */
  START,
  /** Corrected to the administration time: multiply by e^(−λ(t_acq − t_inj)) to undo. */
  ADMIN,
  /** The file does not say (the tag belongs to PET; NM files rarely carry it). */
  NOT_STATED
}
