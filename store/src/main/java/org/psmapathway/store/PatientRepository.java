package org.psmapathway.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.psmapathway.core.record.PatientRecord;

/**
 * The registry's patients in the domain's terms: whole patient records go in and come out, so that
 * every {@code core} computation runs unchanged on a stored patient. The natural key is the
 * record's {@code id}.
 */
public interface PatientRepository {

  /**
   * Inserts the record, or replaces the stored record with the same id as a whole (every list is
   * replaced, nothing is merged). Saving a record equal to the stored one changes nothing: neither
   * the version nor the update time.
   *
   * @throws StaleRecordException if another writer replaced the record while this one did
   */
  SaveOutcome save(PatientRecord record);

  /**
   * Replaces the stored record only if it is still the version the caller read (optimistic
   * locking): a caller that edits a record it loaded earlier cannot overwrite a newer one.
   *
   * @throws StaleRecordException if the stored version differs from {@code expectedVersion}, or
   *     the record is no longer stored
   */
  SaveOutcome save(PatientRecord record, long expectedVersion);

  /**
   * Saves several records (ids must differ); the caller decides whether they share one
   * transaction ({@link Registry#inTransaction}). Returns what was done with each, in order.
   */
  List<SaveOutcome> saveAll(List<PatientRecord> records);

  Optional<PatientRecord> load(String id);

  /** The record with its version and timestamps, for a later {@link #save(PatientRecord, long)}. */
  Optional<StoredPatient> find(String id);

  /** Every patient id, in {@link String#compareTo} order (the same on H2 and PostgreSQL). */
  List<String> ids();

  /** Every record in id order, loaded in batches so that a large registry is never all in memory. */
  void forEach(Consumer<PatientRecord> action);

  /**
   * The ids of the patients that satisfy {@code criteria}, in {@link String#compareTo} order;
   * {@link PatientCriteria#ALL} gives {@link #ids()}.
   */
  List<String> ids(PatientCriteria criteria);

  /**
   * Every record that satisfies {@code criteria}, in id order, loaded in batches so that a large
   * registry is never all in memory.
   */
  void forEach(PatientCriteria criteria, Consumer<PatientRecord> action);

  /** The records that satisfy {@code criteria}, in id order (all in memory: for small results). */
  default List<PatientRecord> find(PatientCriteria criteria) {
    List<PatientRecord> found = new java.util.ArrayList<>();
    forEach(criteria, found::add);
    return found;
  }

  /** Every record in id order. */
  default List<PatientRecord> list() {
    List<PatientRecord> all = new java.util.ArrayList<>();
    forEach(all::add);
    return all;
  }

  long count();
}
