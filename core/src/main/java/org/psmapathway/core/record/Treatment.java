package org.psmapathway.core.record;

import java.time.LocalDate;

/** A treatment in the patient's history. The family is closed: the record format knows these. */
public sealed interface Treatment permits Radiotherapy, SystemicTherapy, Radioligand {

  /** First day of treatment. */
  LocalDate start();

  /** Last day of treatment, or {@code null} while ongoing (or for a single administration). */
  LocalDate end();

  /** Whether the treatment was being given on {@code date} (ongoing treatments count). */
  default boolean activeOn(LocalDate date) {
    return !date.isBefore(start()) && (end() == null || !date.isAfter(end()));
  }
}
