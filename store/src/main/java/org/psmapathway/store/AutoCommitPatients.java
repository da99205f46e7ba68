package org.psmapathway.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.psmapathway.core.record.PatientRecord;

/** The repository where every call is its own transaction (a save is never half-done). */
final class AutoCommitPatients implements PatientRepository {

  private final Jdbi jdbi;

  AutoCommitPatients(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public SaveOutcome save(PatientRecord record) {
    return jdbi.inTransaction(h -> new SqlPatientRepository(h).save(record));
  }

  @Override
  public SaveOutcome save(PatientRecord record, long expectedVersion) {
    return jdbi.inTransaction(h -> new SqlPatientRepository(h).save(record, expectedVersion));
  }

  @Override
  public List<SaveOutcome> saveAll(List<PatientRecord> records) {
    return jdbi.inTransaction(h -> new SqlPatientRepository(h).saveAll(records));
  }

  @Override
  public Optional<PatientRecord> load(String id) {
    return jdbi.withHandle(h -> new SqlPatientRepository(h).load(id));
  }

  @Override
  public Optional<StoredPatient> find(String id) {
    return jdbi.withHandle(h -> new SqlPatientRepository(h).find(id));
  }

  @Override
  public List<String> ids() {
    return jdbi.withHandle(h -> new SqlPatientRepository(h).ids());
  }

  @Override
  public void forEach(Consumer<PatientRecord> action) {
    // one read-only transaction: the export is a consistent snapshot
    jdbi.useTransaction(h -> new SqlPatientRepository(h).forEach(action));
  }

  @Override
  public List<String> ids(PatientCriteria criteria) {
    return jdbi.withHandle(h -> new SqlPatientRepository(h).ids(criteria));
  }

  @Override
  public void forEach(PatientCriteria criteria, Consumer<PatientRecord> action) {
    // one transaction: the ids and the records they select are one consistent snapshot
    jdbi.useTransaction(h -> new SqlPatientRepository(h).forEach(criteria, action));
  }

  @Override
  public long count() {
    return jdbi.withHandle(h -> new SqlPatientRepository(h).count());
  }
}
