package org.psmapathway.core.guidance;

/** What a guidance item is: a fact about the patient, a management option, or study evidence. */
public enum GuidanceKind {
  /** A classification of the patient's state (PSA persistence, recurrence, risk group). */
  FINDING("finding"),
  /** A management option the tumour board may weigh; never an order. */
  OPTION("option"),
  /** An association reported by a study, shown where it bears on an option. */
  EVIDENCE("evidence");

  private final String code;

  GuidanceKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
