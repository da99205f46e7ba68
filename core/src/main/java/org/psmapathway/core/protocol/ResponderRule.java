package org.psmapathway.core.protocol;

/**
 * How the PSA response at the Lund decision point is measured. The trial registry (NCT02699424)
 * says patients are classified "depending on PSA response at fifth week of radiotherapy" and
 * states no metric or threshold (research/clinical-rules.md 5.1, 9.1); the metric and its
 * threshold are therefore settings, and every plan says so.
 */
public enum ResponderRule {
  /**
   * PSA at the decision point divided by the last PSA before RT; a responder when the ratio is
   * below the threshold (1.0 = any decline, the literal reading of "PSA response").
   */
  FRACTION_OF_BASELINE("fraction-of-baseline"),
  /**
   * First-order PSA decay-rate constant k = −(OLS slope of ln PSA on days) over the values from
   * the last pre-RT PSA to the decision point, the Lund group's published metric (Gunnlaugsson et
   * al., Clin Transl Radiat Oncol 2020); a responder when k ≥ the threshold (per day).
   */
  DECAY_RATE("decay-rate");

  private final String code;

  ResponderRule(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
