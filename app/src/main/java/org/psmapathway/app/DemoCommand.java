package org.psmapathway.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psmapathway.core.assessment.AssessmentSettings;
import org.psmapathway.core.assessment.TumourBoardAssessor;
import org.psmapathway.core.eligibility.Catalogue;
import org.psmapathway.core.eligibility.Trial;
import org.psmapathway.core.eligibility.TrialVerdict;
import org.psmapathway.core.staging.StageGroup;
import org.psmapathway.store.Registry;
import org.psmapathway.store.synthetic.CohortModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code psma demo}: a fresh embedded registry filled with a synthetic cohort, then an overview of
 * it read back from the registry. Needs nothing but Java: H2 is embedded, the cohort is generated.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"Makes a fresh demo registry with a synthetic cohort (docs/synthetic-cohorts.md)"
        + " and prints an overview: PSMA stage groups, recurrence, the most frequent guidance "
        + "options, eligibility for each catalogue trial and follow-up.",
        "The demo registry is remade on every run; a registry psma demo did not make is never "
            + "overwritten."},
    footer = {"", "Examples:", "  ./psma demo",
        "  ./psma demo --patients 500 --seed 7 --db /tmp/demo",
        "", "Exit codes: 0 success, 1 bad input (e.g. a non-demo registry at --db), 2 bad usage."})
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "PATH", defaultValue = DemoRegistry.DEFAULT,
      description = "Embedded registry to (re)make (default ${DEFAULT-VALUE}, i.e. the file "
          + "${DEFAULT-VALUE}.mv.db).")
  String db;

  @Option(names = "--patients", defaultValue = "2000", paramLabel = "N",
      description = "Number of synthetic patients (default ${DEFAULT-VALUE}).")
  long patients;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Random seed (default ${DEFAULT-VALUE}); the same seed gives the same cohort.")
  long seed;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Assessment and screening date (default: the cohort's data cut-off, so that "
          + "the overview is the same every day; not earlier than it).")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    CohortModel model = CohortModel.seed000();
    if (patients < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--patients must be ≥ 1, got " + patients);
    }
    LocalDate day = asOf != null ? asOf : model.dataCutoff();
    if (day.isBefore(model.dataCutoff())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--as-of must be on or after "
          + "the cohort's data cut-off " + model.dataCutoff() + " (no synthetic date lies after "
          + "it), got " + day);
    }
    DemoRegistry demo = new DemoRegistry(db);
    SyntheticImport cohort = new SyntheticImport(model, seed, patients, day);
    List<String> problems = cohort.validate(null);
    if (!problems.isEmpty()) {
      throw new BadInputException(AssessCommand.summarised(problems));
    }
    demo.prepare(patients, seed);
    List<Trial> trials = Catalogue.bundled().trials();
    CohortOverview overview = new CohortOverview(
        new TumourBoardAssessor(AssessmentSettings.defaults()), trials, day);
    String[] firstId = {null};
    try (Registry registry = Registry.open(demo.path())) {
      // counted as saved rather than read back: a loaded record equals the saved one (the store's
      // RegistryContract), and reading 2,000 patients back would double the demo's time
      cohort.write(registry, null, record -> {
        if (firstId[0] == null) {
          firstId[0] = record.id();
        }
        overview.add(record);
      });
    }
    print(spec.commandLine().getOut(), overview, demo, day, firstId[0]);
    return 0;
  }

  private void print(PrintWriter out, CohortOverview o, DemoRegistry demo, LocalDate day,
      String exampleId) {
    int n = o.patients();
    out.println("psma demo: " + n + " synthetic patients (seed " + seed
        + ", calibrated to the seed-000 salvage cohort), assessed as of " + day);
    out.println();
    out.println("PSMA PET stage group (UCLA/JNCCN 2026, latest scan)");
    for (Map.Entry<StageGroup, Integer> e : o.stageGroups().entrySet()) {
      out.println(row(e.getKey().label(), e.getValue(), n));
    }
    out.println(row("no stage group", o.noStageGroup(), n));
    out.println();
    out.println("Recurrence after radical prostatectomy");
    out.println(row("AUA biochemical recurrence", o.auaRecurrence(), o.auaApplicable()));
    out.println(row("PSA persistence (EAU)", o.persistence(), o.persistenceKnown()));
    out.println();
    out.println("Guidance options most often suggested (of " + o.guidanceApplicable()
        + " patients the pathway applies to)");
    // the docetaxel statement accompanies every salvage-RT route: a constant, not a choice
    List<CohortOverview.OptionCount> options = o.options().stream()
        .filter(c -> !c.id().equals("no-docetaxel-with-salvage-rt")).toList();
    for (CohortOverview.OptionCount c : options.subList(0, Math.min(6, options.size()))) {
      out.println(row(c.option() + " [" + c.id() + "]", c.patients(), o.guidanceApplicable()));
    }
    out.println();
    out.println("Trial eligibility (bundled catalogue; undetermined = a criterion the record "
        + "cannot decide)");
    out.printf(Locale.ROOT, "  %-28s %9s %13s %11s%n", "trial", "eligible", "undetermined",
        "ineligible");
    for (Map.Entry<Trial, int[]> e : o.verdicts().entrySet()) {
      int[] v = e.getValue();
      out.printf(Locale.ROOT, "  %-28s %9d %13d %11d%n", e.getKey().shortName(),
          v[TrialVerdict.ELIGIBLE.ordinal()], v[TrialVerdict.UNDETERMINED.ordinal()],
          v[TrialVerdict.INELIGIBLE.ordinal()]);
    }
    out.println("  Eligible = every criterion the record can decide is met; manual ones (consent, what the"
        + " record");
    out.println("  does not hold) stay to be confirmed. The work-up at the PET (performance status,"
        + " haemoglobin,");
    out.println("  testosterone) is synthetic; the cohort is hormone-sensitive after prostatectomy, so"
        + " mCRPC trials");
    out.println("  do not apply. psma trials match PATIENT.json explains every verdict.");
    out.println();
    out.printf(Locale.ROOT, "Median follow-up after prostatectomy: %.1f months (%d patients)%n",
        o.medianFollowUpMonths(), o.followUpCount());
    out.println();
    out.println("Registry: " + demo.database());
    out.println("Next:");
    out.println("  ./psma assess --db " + demo.path() + " --patient " + exampleId);
    out.println("  ./psma screen --as-of " + day + " --db " + demo.path() + " --isup-min 4"
        + " --out screen.csv");
    out.println("  ./psma export --db " + demo.path() + " --format csv --out cohort-tables");
  }

  /** Count first, label last: guidance wording is long and would break any column after it. */
  private static String row(String label, int count, int of) {
    return String.format(Locale.ROOT, "  %6d of %-6d %6s  %s", count, of,
        of == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / of), label);
  }
}
