package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psmapathway.store.Registry;
import org.psmapathway.store.SaveOutcome;
import org.psmapathway.store.synthetic.CohortModel;
import org.psmapathway.store.synthetic.SyntheticCohort;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {"Synthetic patients calibrated to the seed-000 study (Table 1 and the published",
        "Kaplan–Meier outcomes), one patient record per line (JSON Lines).",
        "The same seed always gives the same cohort (docs/synthetic-cohorts.md)."},
    footer = {"", "Examples:", "  ./psma synth --patients 1000 --seed 1 --out cohort.jsonl",
        "  ./psma synth --patients 1000 --seed 1 --db ./psma-data/registry",
        "", "With --db the cohort goes into the registry as psma import would put it there: every "
            + "record is validated first (nothing is written if one is rejected), then all are "
            + "saved in ONE transaction (batches of " + SyntheticImport.BATCH + "); interrupted, "
            + "the registry stays as it was."})
final class SynthCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--patients", required = true, paramLabel = "N",
      description = "Number of patients (≥ 1).")
  long patients;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE",
      description = "JSON Lines file to write (default: standard output). Written in full or not "
          + "at all.")
  Path out;

  @Option(names = "--db", paramLabel = "URL",
      description = "Write the cohort into this registry instead (an H2 file path, jdbc:h2:... or "
          + "jdbc:postgresql://host/db; credentials from PSMA_DB_USER / PSMA_DB_PASSWORD).")
  String db;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    if (patients < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--patients must be ≥ 1, got " + patients);
    }
    if (db != null) {
      if (out != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--out and --db: expected one of them (a file or the registry), got both");
      }
      return intoRegistry();
    }
    Progress progress = Progress.onTerminal("patients");
    try (PendingOutput output = new PendingOutput(out)) {
      SyntheticCohort.writeJsonLines(CohortModel.seed000(), seed, patients, output.stream(),
          done -> progress.update(done, (double) done / patients));
      output.commit(spec.commandLine().getOut());
    }
    progress.finish(patients);
    return 0;
  }

  private int intoRegistry() {
    SyntheticImport cohort = new SyntheticImport(CohortModel.seed000(), seed, patients,
        LocalDate.now(clock));
    Progress progress = Progress.onTerminal("patients");
    List<String> problems = cohort.validate(progress);
    if (!problems.isEmpty()) {
      throw new BadInputException(AssessCommand.summarised(problems));
    }
    Map<SaveOutcome, Integer> counts;
    String url;
    try (Registry registry = Registry.open(db)) {
      url = registry.url();
      counts = cohort.write(registry, progress);
    }
    progress.finish(patients);
    spec.commandLine().getOut().println("wrote " + patients + " synthetic patients (seed " + seed
        + ") to " + url + ": " + counts.getOrDefault(SaveOutcome.INSERTED, 0) + " new, "
        + counts.getOrDefault(SaveOutcome.REPLACED, 0) + " replaced, "
        + counts.getOrDefault(SaveOutcome.UNCHANGED, 0) + " unchanged");
    return 0;
  }
}
