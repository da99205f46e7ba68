package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    footer = {"", "Example:", "  ./psma synth --patients 1000 --seed 1 --out cohort.jsonl"})
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

  @Override
  public Integer call() throws IOException {
    if (patients < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--patients must be ≥ 1, got " + patients);
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
}
