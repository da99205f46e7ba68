package org.psmapathway.core.eligibility;

/** The result of one criterion for one patient. */
public enum CriterionVerdict {
  /** Does not stand in the way: an inclusion that holds, or an exclusion that does not. */
  PASS,
  /** Stands in the way: an inclusion that does not hold, or an exclusion that does. */
  FAIL,
  /** The record lacks the data that would decide it; the explanation names that data. */
  UNKNOWN,
  /** Not machine-checkable (consent, willingness, judgement): to be confirmed by a person. */
  MANUAL
}
