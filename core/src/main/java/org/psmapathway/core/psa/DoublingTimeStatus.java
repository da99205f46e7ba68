package org.psmapathway.core.psa;

/** Outcome of a doubling-time calculation. A doubling time is never negative or infinite. */
public enum DoublingTimeStatus {
  /** The PSA rises: {@link DoublingTime#months()} holds the doubling time. */
  OK,
  /** The fitted log-linear slope is ≤ 0: PSA is stable or falling, no doubling time exists. */
  NOT_RISING,
  /** The values the policy requires are not there; the reason names what is lacking. */
  INSUFFICIENT_DATA
}
