package org.psmapathway.core.psa;

import java.time.LocalDate;

/**
 * The verdict of one biochemical-recurrence definition.
 *
 * @param definition "AUA", "NCCN", "Phoenix", "two consecutive rises", or "none" when no
 *     definition applies to the patient
 * @param applicable whether the definition applies to the patient's treatment history
 * @param met whether the recurrence criterion is met (always false when not applicable)
 * @param date the date of the recurrence as the definition dates it, or {@code null} when not met
 * @param confirmedOn date of the confirming value for definitions that need one (AUA), else null
 * @param rationale the values and rule behind the verdict, or why the definition does not apply
 */
public record RecurrenceResult(
    String definition,
    boolean applicable,
    boolean met,
    LocalDate date,
    LocalDate confirmedOn,
    String rationale) {

  static RecurrenceResult notApplicable(String definition, String rationale) {
    return new RecurrenceResult(definition, false, false, null, null, rationale);
  }

  static RecurrenceResult notMet(String definition, String rationale) {
    return new RecurrenceResult(definition, true, false, null, null, rationale);
  }

  static RecurrenceResult met(String definition, LocalDate date, LocalDate confirmedOn,
      String rationale) {
    return new RecurrenceResult(definition, true, true, date, confirmedOn, rationale);
  }
}
