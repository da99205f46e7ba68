package org.psmapathway.core.response;

/** How one lesion changed between two PSMA PET scans of the same patient. */
public enum LesionStatus {
  /** On the current scan, not on the prior one. */
  NEW,
  /** On both scans, SUVmax or size up by at least the thresholds of {@link TrackingSettings}. */
  PROGRESSING,
  /** On both scans, measured, below the progression thresholds (includes shrinking lesions). */
  STABLE,
  /** On the prior scan, not on the current one. */
  RESOLVED,
  /**
   * On both scans, but no measurement recorded on both (suvMax, shortAxisMm, volumeMl): progression
   * can be neither shown nor excluded, so it is not guessed.
   */
  NOT_EVALUABLE
}
