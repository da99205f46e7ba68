package org.psmapathway.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.store.Registry;
import org.psmapathway.store.RegistryUrl;

/** Patient records loaded from the registry by id, for commands that accept {@code --db}. */
final class StoredPatients {

  private StoredPatients() {}

  /** The records in the order asked; an unknown id is a problem ({@code db: patient ID: ...}). */
  static List<PatientRecord> load(String db, List<String> ids, List<String> problems) {
    List<PatientRecord> records = new ArrayList<>(ids.size());
    requireExisting(db);
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

  /** A reading command on a registry path that does not exist is bad input, not a new registry. */
  static void requireExisting(String db) {
    if (!RegistryUrl.exists(db)) {
      throw new BadInputException(List.of((db == null ? RegistryUrl.DEFAULT : db)
          + ": no registry here; expected the path of a registry made by psma import (or a"
          + " jdbc:postgresql:// URL)"));
    }
  }
}
