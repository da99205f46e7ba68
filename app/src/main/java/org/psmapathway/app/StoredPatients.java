package org.psmapathway.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.store.Registry;

/** Patient records loaded from the registry by id, for commands that accept {@code --db}. */
final class StoredPatients {

  private StoredPatients() {}

  /** The records in the order asked; an unknown id is a problem ({@code db: patient ID: ...}). */
  static List<PatientRecord> load(String db, List<String> ids, List<String> problems) {
    List<PatientRecord> records = new ArrayList<>(ids.size());
    try (Registry registry = Registry.open(db)) {
      for (String id : ids) {
        Optional<PatientRecord> record = registry.patients().load(id);
        if (record.isPresent()) {
          records.add(record.get());
        } else {
          problems.add(registry.url() + ": patient " + id
              + ": not in the registry; expected the id of a stored patient (psma export lists "
              + "them)");
        }
      }
    }
    return records;
  }
}
