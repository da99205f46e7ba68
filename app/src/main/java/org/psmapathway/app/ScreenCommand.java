package org.psmapathway.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.core.eligibility.Catalogue;
import org.psmapathway.core.eligibility.FactExtractor;
import org.psmapathway.core.eligibility.PatientFacts;
import org.psmapathway.core.eligibility.Trial;
import org.psmapathway.core.eligibility.TrialMatcher;
import org.psmapathway.core.eligibility.TrialScreening;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.store.PatientCriteria;
import org.psmapathway.store.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code psma screen}: a cohort (JSON Lines, one patient per line) against the catalogue, one CSV
 * row per patient × trial. Facts are computed once per patient and shared by every trial. Lines
 * are processed in batches on every core and written in input order; the CSV appears only when
 * every record was valid (all-or-nothing, as {@code psma assess}). With {@code --db} the cohort is
 * the registry's patients (or those that satisfy the criteria options) in id order, and the CSV is
 * byte for byte the one for {@code psma export}'s JSON Lines of the same patients.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {"Screens a cohort against every trial of the catalogue (or some): one CSV row "
        + "per patient and trial with the verdict and the criteria that decided it."},
    footer = {"", "CSV columns: patient, trial, acronym, verdict (ELIGIBLE, INELIGIBLE, "
        + "UNDETERMINED), deciding (failing criteria for INELIGIBLE, unknown ones for "
        + "UNDETERMINED, manual ones still to confirm for ELIGIBLE; space-separated).",
        "", "Examples:",
        "  ./psma screen --as-of 2026-11-01 --patients cohort.jsonl --out screen.csv",
        "  ./psma screen --as-of 2026-11-01 --db ./psma-data/registry --out screen.csv",
        "  ./psma screen --db ./psma-data/registry --isup-min 4 --treated adt --trial PSMAfore",
        "", "With --db, criteria options select which stored patients are screened (all must "
            + "hold; none: every patient): --isup-min, --isup-max, --pn, --pet, --psa-above, "
            + "--psa-since, --treated, --event, --diagnosed-from, --diagnosed-to, "
            + "--followed-up-since.",
        "", "Exit codes: 0 success, 1 bad input (every problem listed as file:line: field: "
            + "expected, or URL: patient ID: field: expected with --db), 2 bad usage."})
final class ScreenCommand implements Callable<Integer> {

  private static final int MAX_PROBLEMS_SHOWN = 200;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--patients", paramLabel = "FILE.jsonl",
      description = "Patient records, one JSON object per line (docs/patient-record.md).")
  Path patients;

  @Option(names = "--db", paramLabel = "URL",
      description = "Screen the patients stored in this registry instead (an H2 file path, "
          + "jdbc:h2:... or jdbc:postgresql://host/db; credentials from PSMA_DB_USER / "
          + "PSMA_DB_PASSWORD), in id order.")
  String db;

  @CommandLine.Mixin
  PatientCriteriaOptions where;

  @Option(names = "--out", paramLabel = "FILE.csv",
      description = "Write the CSV to FILE (default: standard output); it appears only when the "
          + "whole run succeeded.")
  Path out;

  @Option(names = "--trial", paramLabel = "ID",
      description = "Only these trials (id or acronym; repeatable). Default: the whole catalogue.")
  List<String> only;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Screening date (default: today). Fix it for reproducible results.")
  LocalDate asOf;

  @CommandLine.Mixin
  TrialCatalogueOptions catalogue;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    checkSources();
    LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
    Catalogue all = catalogue.catalogue();
    List<Trial> trials = only == null ? all.trials()
        : only.stream().map(id -> TrialsCommand.find(all, id)).toList();
    PatientRecordReader reader = new PatientRecordReader(day);
    FactExtractor extractor = new FactExtractor();
    List<String> problems = new ArrayList<>();
    try (PendingOutput output = new PendingOutput(out)) {
      OutputStream bytes = output.stream();
      bytes.write("patient,trial,acronym,verdict,deciding\n".getBytes(StandardCharsets.UTF_8));
      JsonLinesRun.Renderers renderers = renderers(extractor, trials, day);
      if (db != null) {
        PatientCriteria criteria = where.criteria();
        StoredPatients.requireExisting(db);
        try (Registry registry = Registry.open(db)) {
          new StoredCohortRun(reader, renderers, "patients screened")
              .run(registry, criteria, bytes, problems);
        }
      } else {
        new JsonLinesRun(reader, renderers, "patients screened")
            .run(List.of(patients), bytes, problems);
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(summarised(problems));
      }
      output.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private void checkSources() {
    CommandLine cli = spec.commandLine();
    if ((patients == null) == (db == null)) {
      throw new CommandLine.ParameterException(cli,
          "expected either --patients FILE.jsonl or --db URL, got " + (db == null ? "neither"
              : "both"));
    }
    if (db == null && where.any()) {
      throw new CommandLine.ParameterException(cli,
          "criteria options (--isup-min, --treated, ...) select stored patients: only with --db");
    }
  }

  /** One CSV row per patient × trial: the facts are computed once and shared by every trial. */
  private static JsonLinesRun.Renderers renderers(FactExtractor extractor, List<Trial> trials,
      LocalDate day) {
    return bytes -> {
      StringBuilder csv = new StringBuilder(trials.size() * 48);
      return record -> {
        PatientFacts facts = extractor.extract(record, day);
        String id = Csv.field(record.id());
        csv.setLength(0);
        for (Trial t : trials) {
          TrialScreening s = TrialMatcher.screen(t, facts);
          csv.append(id).append(',').append(t.id()).append(',').append(Csv.field(t.shortName()))
              .append(',').append(s.verdict().name()).append(',')
              .append(String.join(" ", s.deciding())).append('\n');
        }
        bytes.write(csv.toString().getBytes(StandardCharsets.UTF_8));
      };
    };
  }

  private static List<String> summarised(List<String> problems) {
    if (problems.size() <= MAX_PROBLEMS_SHOWN) {
      return problems;
    }
    List<String> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS_SHOWN));
    shown.add("... and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more problems");
    return shown;
  }
}
