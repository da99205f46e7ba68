package org.psmapathway.core.eligibility;

import java.util.Map;

/**
 * What a numeric fact measures, with the units a trial document may write a threshold in and
 * their factor to the fact's base unit. A threshold in a unit of another dimension is a unit
 * mismatch that {@link TrialReader} rejects.
 */
public enum Dimension {
  /** Whole years of age. */
  AGE("years", Map.of("years", 1.0)),
  /** Time spans, base unit days; a month is 365.25 / 12 days (as the PSA doubling time uses). */
  DURATION("days", Map.of("days", 1.0, "weeks", 7.0, "months", 365.25 / 12, "years", 365.25)),
  /** Serum PSA, base ng/mL (= µg/L). */
  PSA("ng/mL", Map.of("ng/mL", 1.0, "µg/L", 1.0, "ug/L", 1.0)),
  /** Serum testosterone, base ng/dL; 1 nmol/L = 28.84 ng/dL (molar mass 288.4 g/mol). */
  TESTOSTERONE("ng/dL", Map.of("ng/dL", 1.0, "nmol/L", 28.84, "ng/mL", 100.0)),
  /** Haemoglobin, base g/L; 1 g/dL = 10 g/L. */
  HAEMOGLOBIN("g/L", Map.of("g/L", 1.0, "g/dL", 10.0)),
  /** Counts, grades, scores and SUVs: no unit. */
  PURE("", Map.of());

  private final String baseUnit;
  private final Map<String, Double> toBase;

  Dimension(String baseUnit, Map<String, Double> toBase) {
    this.baseUnit = baseUnit;
    this.toBase = toBase;
  }

  public String baseUnit() {
    return baseUnit;
  }

  public boolean hasUnits() {
    return !toBase.isEmpty();
  }

  public boolean accepts(String unit) {
    return toBase.containsKey(unit);
  }

  /** Factor from {@code unit} to the base unit; the unit must be {@linkplain #accepts accepted}. */
  public double factor(String unit) {
    Double f = toBase.get(unit);
    if (f == null) {
      throw new IllegalArgumentException(name() + " has no unit \"" + unit + "\"; expected one of "
          + String.join(", ", new java.util.TreeSet<>(toBase.keySet())));
    }
    return f;
  }

  public java.util.SortedSet<String> units() {
    return new java.util.TreeSet<>(toBase.keySet());
  }
}
