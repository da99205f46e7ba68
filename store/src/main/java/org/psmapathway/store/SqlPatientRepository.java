package org.psmapathway.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.psmapathway.core.record.PatientRecord;

/**
 * The repository on one JDBI handle, inside the caller's transaction. A save compares the SHA-256
 * of the record's canonical JSON with the stored one (unchanged: nothing written), otherwise
 * replaces the patient row with {@code version = version + 1 WHERE version = expected} — a writer
 * whose expected version is stale matches no row and fails — and rewrites every child row.
 */
final class SqlPatientRepository implements PatientRepository {

  /**
   * Patients per write when saving many: each write is one COPY (or JDBC batch) per table, and a
   * statement has a fixed cost on the server, so writes are large; the rows are streamed, so
   * memory stays bounded by the records the caller already holds.
   */
  static final int SAVE_BATCH = 5000;

  /** The first write of a {@code saveAll}: small, so that its hashes are ready soon. */
  private static final int FIRST_BATCH = 250;

  /** Patients per query when loading many: bounded memory, few round trips. */
  static final int LOAD_BATCH = 500;

  private final Handle handle;

  SqlPatientRepository(Handle handle) {
    this.handle = handle;
  }

  private record Current(long version, String sha256) {}

  @Override
  public SaveOutcome save(PatientRecord record) {
    return saveBatch(List.of(record), null).get(0);
  }

  @Override
  public SaveOutcome save(PatientRecord record, long expectedVersion) {
    return saveBatch(List.of(record), expectedVersion).get(0);
  }

  @Override
  public List<SaveOutcome> saveAll(List<PatientRecord> records) {
    List<SaveOutcome> outcomes = new ArrayList<>(records.size());
    // the next batch's content hashes are computed on another thread while this batch's rows are
    // with the database: the server ingests while the client hashes, instead of taking turns. The
    // first batch is small and each one doubles up to SAVE_BATCH, so the database soon has work.
    int size = FIRST_BATCH;
    CompletableFuture<List<String>> hashes = hashesLater(records, 0, size);
    for (int from = 0; from < records.size(); ) {
      List<PatientRecord> batch = records.subList(from, Math.min(records.size(), from + size));
      List<String> these = joined(hashes);
      from += batch.size();
      size = Math.min(SAVE_BATCH, 2 * size);
      hashes = hashesLater(records, from, size);
      outcomes.addAll(saveBatch(batch, these, null));
    }
    return outcomes;
  }

  /** The hashes, or the hashing thread's own exception (not wrapped in a CompletionException). */
  private static List<String> joined(CompletableFuture<List<String>> hashes) {
    try {
      return hashes.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static CompletableFuture<List<String>> hashesLater(List<PatientRecord> records,
      int from, int size) {
    if (from >= records.size()) {
      return CompletableFuture.completedFuture(List.of());
    }
    List<PatientRecord> batch = records.subList(from, Math.min(records.size(), from + size));
    return CompletableFuture.supplyAsync(() -> hashes(batch));
  }

  /** SHA-256 of each record's canonical JSON: equal hashes, equal records. */
  private static List<String> hashes(List<PatientRecord> records) {
    List<String> hashes = new ArrayList<>(records.size());
    for (PatientRecord r : records) {
      hashes.add(sha256(PatientRecordJson.line(r)));
    }
    return hashes;
  }

  private List<SaveOutcome> saveBatch(List<PatientRecord> records, Long expectedVersion) {
    return saveBatch(records, hashes(records), expectedVersion);
  }

  private List<SaveOutcome> saveBatch(List<PatientRecord> records, List<String> hashes,
      Long expectedVersion) {
    List<String> ids = new ArrayList<>(records.size());
    for (PatientRecord r : records) {
      ids.add(r.id());
    }
    Map<String, Current> current = new HashMap<>();
    handle.createQuery("SELECT id, version, content_sha256 FROM patient WHERE id IN (<ids>)")
        .bindList("ids", ids)
        .map((rs, ctx) -> Map.entry(rs.getString(1),
            new Current(rs.getLong(2), rs.getString(3))))
        .forEach(e -> current.put(e.getKey(), e.getValue()));
    List<SaveOutcome> outcomes = new ArrayList<>(records.size());
    List<PatientRecord> inserted = new ArrayList<>();
    List<PatientRecord> replaced = new ArrayList<>();
    List<String> replacedHashes = new ArrayList<>();
    List<PatientRecord> freshRows = new ArrayList<>();
    List<String> freshHashes = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      PatientRecord r = records.get(i);
      String sha = hashes.get(i);
      Current stored = current.get(r.id());
      if (expectedVersion != null && (stored == null || stored.version() != expectedVersion)) {
        throw new StaleRecordException(r.id(), expectedVersion,
            stored == null ? null : stored.version());
      }
      if (stored == null) {
        outcomes.add(SaveOutcome.INSERTED);
        inserted.add(r);
        freshRows.add(r);
        freshHashes.add(sha);
      } else if (stored.sha256().equals(sha)) {
        outcomes.add(SaveOutcome.UNCHANGED);
      } else {
        outcomes.add(SaveOutcome.REPLACED);
        int rows = PatientRows.updatePatient(handle, r, sha, stored.version());
        if (rows != 1) {
          throw new StaleRecordException(r.id(), stored.version(), null);
        }
        replaced.add(r);
        replacedHashes.add(sha);
      }
    }
    if (!replaced.isEmpty()) {
      PatientRows.deleteChildren(handle, replaced);
    }
    if (!freshRows.isEmpty()) {
      PatientRows.insertPatients(handle, freshRows, freshHashes);
    }
    List<PatientRecord> withChildren = new ArrayList<>(inserted);
    withChildren.addAll(replaced);
    if (!withChildren.isEmpty()) {
      PatientRows.insertChildren(handle, withChildren);
    }
    return outcomes;
  }

  @Override
  public Optional<PatientRecord> load(String id) {
    return find(id).map(StoredPatient::record);
  }

  @Override
  public Optional<StoredPatient> find(String id) {
    List<StoredPatient> found = PatientLoader.load(handle, List.of(id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<String> ids() {
    List<String> ids = handle.createQuery("SELECT id FROM patient").mapTo(String.class).list();
    // sorted here, not by ORDER BY: database collations differ, String order does not
    ids.sort(null);
    return ids;
  }

  @Override
  public List<String> ids(PatientCriteria criteria) {
    return CriteriaQuery.ids(handle, criteria);
  }

  @Override
  public void forEach(Consumer<PatientRecord> action) {
    forEach(PatientCriteria.ALL, action);
  }

  @Override
  public void forEach(PatientCriteria criteria, Consumer<PatientRecord> action) {
    List<String> ids = ids(criteria);
    for (int from = 0; from < ids.size(); from += LOAD_BATCH) {
      for (StoredPatient p : PatientLoader.load(handle,
          ids.subList(from, Math.min(ids.size(), from + LOAD_BATCH)))) {
        action.accept(p.record());
      }
    }
  }

  @Override
  public long count() {
    return handle.createQuery("SELECT COUNT(*) FROM patient").mapTo(Long.class).one();
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
