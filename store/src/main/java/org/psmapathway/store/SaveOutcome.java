package org.psmapathway.store;

/** What {@link PatientRepository#save} did with a record. */
public enum SaveOutcome {
  /** The id was new. */
  INSERTED,
  /** A different record with this id was stored; it was replaced and its version incremented. */
  REPLACED,
  /** The stored record was identical; nothing was written. */
  UNCHANGED
}
