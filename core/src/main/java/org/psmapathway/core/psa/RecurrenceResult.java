package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The verdict of one biochemical-recurrence definition. Its rationale is written when asked for:
 * every definition is evaluated for every patient, and a screen reads only the verdicts.
 *
 * <p>Fields: {@code definition} "AUA", "NCCN", "Phoenix", "two consecutive rises", or "none" when
 * no definition applies to the patient; {@code applicable} whether the definition applies to the
 * patient's treatment history; {@code met} whether the recurrence criterion is met (always false
 * when not applicable); {@code date} the date of the recurrence as the definition dates it, or
 * {@code null} when not met; {@code confirmedOn} the date of the confirming value for definitions
 * that need one (AUA), else null; {@code rationale} the values and rule behind the verdict, or why
 * the definition does not apply.
 */
public final class RecurrenceResult {

  private final String definition;
  private final boolean applicable;
  private final boolean met;
  private final LocalDate date;
  private final LocalDate confirmedOn;
  private final Supplier<String> rationale;

  public RecurrenceResult(String definition, boolean applicable, boolean met, LocalDate date,
      LocalDate confirmedOn, String rationale) {
    this(definition, applicable, met, date, confirmedOn, constant(rationale));
  }

  private RecurrenceResult(String definition, boolean applicable, boolean met, LocalDate date,
      LocalDate confirmedOn, Supplier<String> rationale) {
    this.definition = definition;
    this.applicable = applicable;
    this.met = met;
    this.date = date;
    this.confirmedOn = confirmedOn;
    this.rationale = rationale;
  }

  private static Supplier<String> constant(String text) {
    return () -> text;
  }

  static RecurrenceResult notApplicable(String definition, String rationale) {
    return new RecurrenceResult(definition, false, false, null, null, rationale);
  }

  static RecurrenceResult notMet(String definition, Supplier<String> rationale) {
    return new RecurrenceResult(definition, true, false, null, null, rationale);
  }

  static RecurrenceResult met(String definition, LocalDate date, LocalDate confirmedOn,
      Supplier<String> rationale) {
    return new RecurrenceResult(definition, true, true, date, confirmedOn, rationale);
  }

  public String definition() {
    return definition;
  }

  public boolean applicable() {
    return applicable;
  }

  public boolean met() {
    return met;
  }

  public LocalDate date() {
    return date;
  }

  public LocalDate confirmedOn() {
    return confirmedOn;
  }

  /** The values and rule behind the verdict, or why the definition does not apply. */
  public String rationale() {
    return rationale.get();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecurrenceResult r
        && Objects.equals(definition, r.definition)
        && applicable == r.applicable
        && met == r.met
        && Objects.equals(date, r.date)
        && Objects.equals(confirmedOn, r.confirmedOn)
        && Objects.equals(rationale(), r.rationale());
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, applicable, met, date, confirmedOn, rationale());
  }

  @Override
  public String toString() {
    return "RecurrenceResult[definition=" + definition + ", applicable=" + applicable + ", met="
        + met + ", date=" + date + ", confirmedOn=" + confirmedOn + ", rationale=" + rationale()
        + "]";
  }
}
