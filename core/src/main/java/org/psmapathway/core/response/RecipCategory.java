package org.psmapathway.core.response;

/** RECIP 1.0 response categories (Gafita et al., J Nucl Med 2022;63:1651). */
public enum RecipCategory {
  CR("RECIP-CR", "complete response"),
  PR("RECIP-PR", "partial response"),
  SD("RECIP-SD", "stable disease"),
  PD("RECIP-PD", "progressive disease");

  private final String label;
  private final String meaning;

  RecipCategory(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** e.g. {@code RECIP-PR}. */
  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }
}
