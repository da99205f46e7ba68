package org.psmapathway.core.protocol;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The treatment calendar of a conventionally fractionated course: one fraction each weekday
 * (Monday to Friday) from the first treatment day, no public holidays or breaks (the record holds
 * none). Fraction 1 is the course's start date, or the next weekday when it starts on a weekend.
 */
final class TreatmentDays {

  private TreatmentDays() {}

  /** Date of fraction {@code n} (1-based). */
  static LocalDate fraction(LocalDate start, int n) {
    LocalDate day = weekday(start);
    for (int i = 1; i < n; i++) {
      day = weekday(day.plusDays(1));
    }
    return day;
  }

  private static LocalDate weekday(LocalDate day) {
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }
}
