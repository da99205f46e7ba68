package org.psmapathway.dosimetry.kinetics;

/** How the trapezoid integral covers last measurement → ∞: A(tₙ)/λ_tail (research/dosimetry.md §2.3). */
public enum TrapezoidTail {

  /**
   * λ_tail = max(λp, ln(Aₙ₋₁/Aₙ)/(tₙ − tₙ₋₁)): the clearance of the last two points, never slower
   * than physical decay. The default.
   */
  LAST_TWO("last-two"),

  /** λ_tail = λp: physical decay only; conservative, overestimates (+16…+41 % in the test vectors). */
  PHYSICAL("physical");

  private final String label;

  TrapezoidTail(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static TrapezoidTail ofLabel(String label) {
    for (TrapezoidTail t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown trapezoid tail \"" + label
        + "\"; expected last-two or physical");
  }
}
