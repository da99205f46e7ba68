package org.psmapathway.core.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Every {@link Fact} of one patient on one date, computed once by {@link FactExtractor} and then
 * shared by every trial the patient is matched against: that is what keeps screening a cohort
 * against the whole catalogue cheap.
 */
public final class PatientFacts {

  private final String patientId;
  private final LocalDate asOf;
  private final FactValue[] values;

  PatientFacts(String patientId, LocalDate asOf, FactValue[] values) {
    this.patientId = patientId;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    if (values.length != Fact.values().length) {
      throw new IllegalArgumentException("expected " + Fact.values().length + " fact values, got "
          + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException("no value for fact " + Fact.values()[i].key());
      }
    }
    this.values = values;
  }

  public String patientId() {
    return patientId;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public FactValue get(Fact fact) {
    return values[fact.ordinal()];
  }
}
