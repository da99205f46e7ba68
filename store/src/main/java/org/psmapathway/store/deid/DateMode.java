package org.psmapathway.store.deid;

import java.time.LocalDate;

/** How a de-identified export treats the dates of a patient. */
public enum DateMode {
  /**
   * Every date moved back by the patient's own offset, 1 to 365 days, derived from the key and
   * the id: intervals within a patient are kept exactly, and the record stays a valid patient
   * record (no date moves into the future).
   */
  SHIFT,
  /**
   * Every date moved so that the patient's index date (diagnosis date, else the earliest clinical
   * date) falls on {@link #INDEX_DAY}: a date then reads as "days from index" counted from that
   * day, the calendar year is gone, and the record stays in the record format.
   */
  DAYS_FROM_INDEX;

  /** Day 0 of {@link #DAYS_FROM_INDEX}: far enough back that no date moves into the future. */
  public static final LocalDate INDEX_DAY = LocalDate.of(1900, 1, 1);
}
