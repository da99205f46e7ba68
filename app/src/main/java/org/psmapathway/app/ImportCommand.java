package org.psmapathway.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;
import org.psmapathway.store.Registry;
import org.psmapathway.store.RegistryLimits;
import org.psmapathway.store.RegistryUrl;
import org.psmapathway.store.SaveOutcome;
import org.psmapathway.store.csv.CsvImport;
import org.psmapathway.store.csv.RegistryCsvReader;
import org.psmapathway.store.csv.RegistryTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {"Imports patient records into the registry, all or nothing.",
        "Every record is validated first; one bad record means nothing is imported. The import "
            + "is one transaction: interrupted or killed, it leaves the registry as it was. "
            + "Re-importing the same records changes nothing (the patient id is the key; a "
            + "changed record replaces the stored one).",
        "Input: patient JSON files (docs/patient-record.md), JSON Lines (.jsonl, one patient "
            + "per line), or the registry's CSV tables (docs/registry-csv.md): a folder holding "
            + "them, or the files themselves (patients.csv, psa.csv, ...), recognised by name."},
    footer = {"", "Examples:", "  ./psma import examples/patients/*.json",
        "  ./psma import --db ./psma-data/registry examples/registry-csv",
        "  PSMA_DB_USER=psma PSMA_DB_PASSWORD=... ./psma import --db "
            + "jdbc:postgresql://db.example.org/registry cohort.jsonl",
        "", "Exit codes: 0 success, 1 bad input (every problem listed as file:line: field: "
            + "expected, or file:line:column: for CSV tables), 2 bad usage."})
final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "URL", defaultValue = RegistryUrl.DEFAULT,
      description = "Registry: an H2 file path (default ${DEFAULT-VALUE}), jdbc:h2:... or "
          + "jdbc:postgresql://host/db (credentials from PSMA_DB_USER / PSMA_DB_PASSWORD).")
  String db;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Patient JSON, JSON Lines, CSV tables or a folder of them.")
  List<Path> files;

  /** Records saved per call when the files are read a second time. */
  private static final int REREAD_BATCH = 10_000;

  private final Clock clock;

  /**
   * JSON records held between validation and writing, so that a registry-sized import reads its
   * files once (about 2–5 KB of heap per record); a larger import reads them a second time. Hidden:
   * a tuning knob, and the way tests reach the second-reading path.
   */
  @Option(names = "--hold-at-most", hidden = true, defaultValue = "100000", paramLabel = "N")
  int keepAtMost;

  ImportCommand() {
    this(Clock.systemDefaultZone());
  }

  ImportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    PatientRecordReader reader = new PatientRecordReader(LocalDate.now(clock));
    List<String> problems = new ArrayList<>();
    List<Path> json = new ArrayList<>();
    List<Path> csv = new ArrayList<>();
    for (Path f : files) {
      (CsvTableSets.isCsvInput(f) ? csv : json).add(f);
    }
    // pass 1: validate everything, writing nothing; ids must be unique across all inputs
    Map<String, String> firstSeen = new HashMap<>();
    int[] valid = {0};
    // CSV tables are read whole (every table before any record is assembled) and kept
    List<PatientRecord> fromCsv = new ArrayList<>();
    for (Map<RegistryTable, Path> set : CsvTableSets.group(csv, problems)) {
      CsvImport tables = RegistryCsvReader.read(set, reader);
      tables.problems().forEach(p -> problems.add(p.toString()));
      Path patientsCsv = set.get(RegistryTable.PATIENTS);
      for (PatientRecord record : tables.records()) {
        String earlier = firstSeen.putIfAbsent(record.id(), String.valueOf(patientsCsv));
        if (earlier != null) {
          problems.add(patientsCsv + ": patient_id: \"" + record.id() + "\" is also the id of "
              + "the patient at " + earlier + "; expected each patient once per import");
        }
        fromCsv.add(record);
        valid[0]++;
      }
    }
    // JSON records are kept from this pass for writing unless there are too many to hold; then
    // pass 2 reads the files again (and refuses to write if they changed in between)
    List<PatientRecord> kept = new ArrayList<>();
    boolean[] keeping = {true};
    PatientSources.read(json, reader, problems, (where, record) -> {
      if (keeping[0]) {
        kept.add(record);
        if (kept.size() > keepAtMost) {
          keeping[0] = false;
          kept.clear();
        }
      }
      // texts longer than the registry's columns would fail only inside the transaction
      for (RecordProblem p : RegistryLimits.check(record)) {
        problems.add(where + ": " + p);
      }
      String earlier = firstSeen.putIfAbsent(record.id(), where);
      if (earlier != null) {
        problems.add(where + ": id: \"" + record.id() + "\" is also the id of the patient at "
            + earlier + "; expected each patient once per import");
      }
      valid[0]++;
    });
    if (!problems.isEmpty()) {
      throw new BadInputException(AssessCommand.summarised(problems));
    }
    PrintWriter err = spec.commandLine().getErr();
    Map<SaveOutcome, Integer> counts = new EnumMap<>(SaveOutcome.class);
    try (Registry registry = Registry.open(db)) {
      err.println("psma import: " + valid[0] + " valid patient records; writing them to "
          + registry.url() + " in one transaction");
      err.flush();
      // pass 2: the CSV records, then the JSON records (held from pass 1, or read again), saved
      // inside ONE transaction: a kill -9 at any point leaves the registry as it was
      registry.inTransaction(patients -> {
        count(patients.saveAll(fromCsv), counts);
        if (keeping[0]) {
          count(patients.saveAll(kept), counts);
          return null;
        }
        List<PatientRecord> batch = new ArrayList<>(REREAD_BATCH);
        List<String> again = new ArrayList<>();
        try {
          PatientSources.read(json, reader, again, (where, record) -> {
            batch.add(record);
            if (batch.size() == REREAD_BATCH) {
              count(patients.saveAll(batch), counts);
              batch.clear();
            }
          });
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        if (!again.isEmpty()) { // a file changed between the passes: write nothing
          throw new BadInputException(again);
        }
        count(patients.saveAll(batch), counts);
        return null;
      });
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("imported " + valid[0] + " patients: "
        + counts.getOrDefault(SaveOutcome.INSERTED, 0) + " new, "
        + counts.getOrDefault(SaveOutcome.REPLACED, 0) + " replaced, "
        + counts.getOrDefault(SaveOutcome.UNCHANGED, 0) + " unchanged");
    return 0;
  }

  private static void count(List<SaveOutcome> outcomes, Map<SaveOutcome, Integer> counts) {
    for (SaveOutcome o : outcomes) {
      counts.merge(o, 1, Integer::sum);
    }
  }
}
