package org.psmapathway.core.psa;

import org.psmapathway.core.record.Coded;

/**
 * Which PSA values a doubling time is fitted to. The formula is the same for both (log-linear OLS,
 * {@link DoublingTimes#fit}); the policies differ only in the values they select.
 */
public enum DoublingTimePolicy implements Coded {
  /**
   * Default. Detectable values from the nadir after the most recent local treatment onwards,
   * without values measured on ADT; at least 3 values on distinct dates (PSA Working Group, Arlen
   * et al. J Urol 2008: "≥3 values, after the last treatment").
   */
  ALL_DETECTABLE("all-detectable"),
  /**
   * RTOG "Calculation of PSA doubling time" page, defined after prostatectomy only: at least 3
   * consecutive detectable values ≥0.1 ng/mL spaced ≥2 months apart, one of them ≥0.2 ng/mL and ≥6
   * weeks after the operation; after a fluctuation back to ≤0.1 the series restarts.
   */
  RTOG("rtog");

  private final String code;

  DoublingTimePolicy(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
