package org.psmapathway.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        + "patient id, in the canonical form of docs/patient-record.md.",
        "Export, import into an empty registry and export again gives the same bytes."},
    footer = {"", "Example:", "  ./psma export --db ./psma-data/registry --out registry.jsonl",
        "", "Exit codes: 0 success, 2 bad usage."})
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "URL", defaultValue = RegistryUrl.DEFAULT,
      description = "Registry: an H2 file path (default ${DEFAULT-VALUE}), jdbc:h2:... or "
          + "jdbc:postgresql://host/db (credentials from PSMA_DB_USER / PSMA_DB_PASSWORD).")
  String db;

  @Option(names = "--out", paramLabel = "FILE.jsonl",
      description = "Write to FILE (appears only when the export is complete); default: "
          + "standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    StoredPatients.requireExisting(db);
    try (Registry registry = Registry.open(db); PendingOutput output = new PendingOutput(out)) {
      OutputStream stream = output.stream();
      registry.patients().forEach(record -> {
        try {
          stream.write(PatientRecordJson.line(record).getBytes(StandardCharsets.UTF_8));
          stream.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      output.commit(spec.commandLine().getOut());
    }
    return 0;
  }
}
