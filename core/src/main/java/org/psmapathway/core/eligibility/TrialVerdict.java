package org.psmapathway.core.eligibility;

/** The result of one trial for one patient, decided from the criterion verdicts only. */
public enum TrialVerdict {
  /** No criterion fails and none is unknown; the manual criteria remain to be confirmed. */
  ELIGIBLE,
  /** At least one criterion fails. */
  INELIGIBLE,
  /** No criterion fails, at least one is unknown. */
  UNDETERMINED
}
