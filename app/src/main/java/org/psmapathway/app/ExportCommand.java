package org.psmapathway.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.psmapathway.store.deid.DateMode;
import org.psmapathway.store.deid.Deidentifier;
import org.psmapathway.store.PatientRecordJson;
import org.psmapathway.store.Registry;
import org.psmapathway.store.RegistryUrl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {"Exports the registry as JSON Lines: one patient record per line, sorted by "
        + "patient id, in the canonical form of docs/patient-record.md; or, with --format csv, "
        + "as the registry's CSV tables (docs/registry-csv.md) in the folder --out.",
        "Export, import into an empty registry and export again gives the same bytes.",
        "With --deidentify (docs/deidentification.md): ids become HMAC-SHA256 pseudonyms, every "
            + "date of a patient moves back by the same 1-365 days, free text is withheld, a "
            + "birth date showing an age of 90 or more is dropped; lines sorted by pseudonym."},
    footer = {"", "Examples:", "  ./psma export --db ./psma-data/registry --out registry.jsonl",
        "  ./psma export --db ./psma-data/registry --format csv --out registry-tables",
        "  head -c 32 /dev/urandom > deid.key   # keep it: the same key gives the same pseudonyms",
        "  ./psma export --db ./psma-data/registry --deidentify --key-file deid.key "
            + "--out research.jsonl",
        "", "Exit codes: 0 success, 1 bad input (no registry, missing or short key), "
            + "2 bad usage."})
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "URL", defaultValue = RegistryUrl.DEFAULT,
      description = "Registry: an H2 file path (default ${DEFAULT-VALUE}), jdbc:h2:... or "
          + "jdbc:postgresql://host/db (credentials from PSMA_DB_USER / PSMA_DB_PASSWORD).")
  String db;

  @Option(names = "--out", paramLabel = "PATH",
      description = "jsonl: write to this file (appears only when the export is complete); "
          + "default: standard output. csv: the folder for the tables (required; created if "
          + "missing; the tables appear only when all are complete).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default): one JSON patient record per line; csv: the registry's CSV "
          + "tables, patients.csv, psa.csv, ... (docs/registry-csv.md).")
  String format;

  @Option(names = "--deidentify",
      description = "De-identified export for research (needs --key-file); jsonl or csv.")
  boolean deidentify;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "Secret key for --deidentify: a file of at least 32 bytes, never given on "
          + "the command line. The same key gives the same pseudonyms and date offsets.")
  Path keyFile;

  @Option(names = "--dates", paramLabel = "MODE", defaultValue = "shift",
      description = "Dates in a de-identified export: shift (default; every date of a patient "
          + "moved back by the patient's own keyed 1-365 days) or days-from-index (moved so that "
          + "the diagnosis date, else the earliest date, is 1900-01-01).")
  String dates;

  @Override
  public Integer call() throws IOException {
    Deidentifier deidentifier = deidentifier();
    boolean csv = switch (format) {
      case "jsonl" -> false;
      case "csv" -> true;
      default -> throw new BadInputException(List.of(
          "--format: expected jsonl or csv, got \"" + format + "\""));
    };
    StoredPatients.requireExisting(db);
    if (csv) {
      if (out == null) {
        throw new BadInputException(List.of("--format csv: needs --out FOLDER (the tables are "
            + "several files)"));
      }
      RegistryCsvExport.write(db, deidentifier, out);
      return 0;
    }
    try (Registry registry = Registry.open(db); PendingOutput output = new PendingOutput(out)) {
      OutputStream stream = output.stream();
      if (deidentifier == null) {
        registry.patients().forEach(record -> write(stream, PatientRecordJson.line(record)));
      } else {
        // sorted by pseudonym: the order of the original ids would say something about them
        Map<String, String> lines = new TreeMap<>();
        registry.patients().forEach(record -> {
          var pseudonymous = deidentifier.deidentify(record);
          if (lines.put(pseudonymous.id(), PatientRecordJson.line(pseudonymous)) != null) {
            // 80-bit pseudonyms: about 4e-13 for a million patients, but never overwrite a line
            throw new IllegalStateException("two patients share the pseudonym "
                + pseudonymous.id() + "; export again with another key");
          }
        });
        lines.values().forEach(line -> write(stream, line));
      }
      output.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private Deidentifier deidentifier() {
    if (!deidentify) {
      if (keyFile != null) {
        throw new BadInputException(List.of("--key-file: only with --deidentify"));
      }
      return null;
    }
    DateMode mode = switch (dates) {
      case "shift" -> DateMode.SHIFT;
      case "days-from-index" -> DateMode.DAYS_FROM_INDEX;
      default -> throw new BadInputException(List.of(
          "--dates: expected shift or days-from-index, got \"" + dates + "\""));
    };
    if (keyFile == null) {
      throw new BadInputException(List.of("--deidentify: needs --key-file FILE (a secret of at "
          + "least 32 bytes, e.g. head -c 32 /dev/urandom > deid.key)"));
    }
    return new Deidentifier(KeyFile.read(keyFile), mode);
  }

  private static void write(OutputStream stream, String line) {
    try {
      stream.write(line.getBytes(StandardCharsets.UTF_8));
      stream.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
