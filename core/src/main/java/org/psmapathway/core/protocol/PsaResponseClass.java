package org.psmapathway.core.protocol;

/** The classification at the decision point. */
public enum PsaResponseClass {
  RESPONDER("responder"),
  NON_RESPONDER("non-responder"),
  /** The PSA needed for the rule is not in the record; the rationale names it. */
  UNDETERMINED("undetermined");

  private final String code;

  PsaResponseClass(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
