package org.psmapathway.store;

/**
 * An optimistic-lock failure: the stored record is not the version the writer started from, so
 * the write was refused instead of silently overwriting someone else's change. Reload and retry.
 */
public final class StaleRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String patientId;

  public StaleRecordException(String patientId, long expectedVersion, Long actualVersion) {
    super("patient " + patientId + ": expected stored version " + expectedVersion + ", but "
        + (actualVersion == null ? "the record is no longer stored"
            : "the registry holds version " + actualVersion)
        + "; another writer changed it, reload the record and apply the change again");
    this.patientId = patientId;
  }

  public String patientId() {
    return patientId;
  }
}
