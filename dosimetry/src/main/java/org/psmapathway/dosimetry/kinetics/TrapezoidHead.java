package org.psmapathway.dosimetry.kinetics;

/** How the trapezoid integral covers injection → first measurement (research/dosimetry.md §2.3). */
public enum TrapezoidHead {

  /** A(0) = 0, a straight rise to A(t₁): ∫ = A₁t₁/2. The default, for tumours and kidneys (uptake). */
  ZERO("zero"),

  /** A(0) = A(t₁), constant: ∫ = A₁t₁. */
  CONSTANT("constant"),

  /**
   * The mono-exponential through the first two points extrapolated back to 0:
   * λ = ln(A₁/A₂)/(t₂ − t₁), ∫₀^t₁ = A₁(e^(λt₁) − 1)/λ (A₁t₁ when λ = 0). For fast-washout organs.
   */
  MONO_EXPONENTIAL("mono");

  private final String label;

  TrapezoidHead(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static TrapezoidHead ofLabel(String label) {
    for (TrapezoidHead h : values()) {
      if (h.label.equals(label)) {
        return h;
      }
    }
    throw new IllegalArgumentException("unknown trapezoid head \"" + label
        + "\"; expected zero, constant or mono");
  }
}
