package org.psmapathway.store.deid;

/** How a de-identified export treats the dates of a patient. */
public enum DateMode {
  /**
   * Every date moved back by the patient's own offset, 1 to 365 days, derived from the key and
   * the id: intervals within a patient are kept exactly, and the record stays a valid patient
   * record (no date moves into the future).
   */
  SHIFT
}
