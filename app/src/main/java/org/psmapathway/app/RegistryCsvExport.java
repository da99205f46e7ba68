package org.psmapathway.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.store.Registry;
import org.psmapathway.store.csv.RegistryCsvWriter;
import org.psmapathway.store.csv.RegistryTable;
import org.psmapathway.store.deid.Deidentifier;

/**
 * {@code psma export --format csv}: the registry as its CSV tables in a folder, streamed (each
 * table to a hidden temporary file beside its target), and published only when every table is
 * complete, so that a failed or interrupted export never leaves a mix of old and new tables that
 * looks complete.
 */
final class RegistryCsvExport {

  private RegistryCsvExport() {}

  static void write(String db, Deidentifier deidentifier, Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new BadInputException(List.of(folder + ": not a folder; --format csv writes one file "
          + "per table into the folder --out"));
    }
    Files.createDirectories(folder);
    Map<RegistryTable, PendingOutput> outputs = new EnumMap<>(RegistryTable.class);
    try (Registry registry = Registry.open(db)) {
      for (RegistryTable t : RegistryTable.values()) {
        outputs.put(t, new PendingOutput(folder.resolve(t.fileName())));
      }
      try (RegistryCsvWriter writer = new RegistryCsvWriter(t -> outputs.get(t).stream())) {
        if (deidentifier == null) {
          registry.patients().forEach(writer::write);
        } else {
          // sorted by pseudonym: the order of the original ids would say something about them
          Map<String, PatientRecord> byPseudonym = new TreeMap<>();
          registry.patients().forEach(record -> {
            PatientRecord pseudonymous = deidentifier.deidentify(record);
            if (byPseudonym.put(pseudonymous.id(), pseudonymous) != null) {
              throw new IllegalStateException("two patients share the pseudonym "
                  + pseudonymous.id() + "; export again with another key");
            }
          });
          byPseudonym.values().forEach(writer::write);
        }
      }
      // every table is complete: move them into place (each move atomic)
      for (PendingOutput o : outputs.values()) {
        o.commit(null);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      List<IOException> failures = new ArrayList<>();
      for (PendingOutput o : outputs.values()) {
        try {
          o.close();
        } catch (IOException e) {
          failures.add(e);
        }
      }
      if (!failures.isEmpty()) {
        throw failures.get(0);
      }
    }
  }
}
