package org.psmapathway.core.eligibility;

/** Inclusion criteria must hold; exclusion criteria must not. */
public enum CriterionKind {
  INCLUSION("inclusion"),
  EXCLUSION("exclusion");

  private final String code;

  CriterionKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
