package org.psmapathway.stats.cox;

/** Handling of tied event times in the partial likelihood ({@code coxph(ties = ...)}). */
public enum Ties {
  /** Efron's approximation, R's default. */
  EFRON,
  /** Breslow's approximation (SAS's default). */
  BRESLOW
}
