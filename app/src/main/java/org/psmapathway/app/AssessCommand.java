package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.core.assessment.TumourBoardAssessment;
import org.psmapathway.core.assessment.TumourBoardAssessor;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.store.PatientCriteria;
import org.psmapathway.store.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {"Tumour-board summary of each patient: PROMISE miTNM stage on the most recent "
        + "PSMA PET, PSA kinetics and recurrence, EQD2 of every irradiated volume, response, and "
        + "what is missing.",
        "Input: patient records as documented in docs/patient-record.md."},
    footer = {"", "Examples:", "  ./psma assess examples/patients/*.json",
        "  ./psma assess --format json examples/patients/P003-pelvic-nodal-recurrence.json",
        "  ./psma assess --jsonl --format json --out results.jsonl cohort.jsonl",
        "  ./psma assess --db ./psma-data/registry --patient P003",
        "  ./psma assess --db ./psma-data/registry --isup-min 4 --pet yes --format json",
        "  ./psma assess --db ./psma-data/registry --all --out registry-assessment.txt",
        "", "Exit codes: 0 success, 1 bad input (every problem listed as file: field: expected), "
            + "2 bad usage."})
final class AssessCommand implements Callable<Integer> {

  /** Beyond this many problems, the rest are counted rather than printed. */
  private static final int MAX_PROBLEMS_SHOWN = 200;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Patient record files (one JSON object each, or JSON Lines with --jsonl).")
  List<Path> files = List.of();

  @Option(names = "--db", paramLabel = "URL",
      description = "Assess stored patients (with --patient) from this registry instead of files: "
          + "an H2 file path, jdbc:h2:... or jdbc:postgresql://host/db.")
  String db;

  @Option(names = "--patient", paramLabel = "ID",
      description = "Patient id in the registry given by --db (repeatable).")
  List<String> patientIds = List.of();

  @Option(names = "--all",
      description = "With --db: every stored patient, in id order.")
  boolean all;

  @CommandLine.Mixin
  PatientCriteriaOptions where;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}). json prints one object per patient, "
          + "an array for several files.")
  OutputFormat format;

  @Option(names = "--jsonl",
      description = "Read JSON Lines (one patient per line) and write one result per line.")
  boolean jsonLines;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE instead of standard output; FILE appears only when the whole "
          + "run succeeded.")
  Path out;

  @CommandLine.Mixin
  AssessmentOptions assessment;

  private final Clock clock;

  AssessCommand() {
    this(Clock.systemDefaultZone());
  }

  AssessCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    LocalDate asOf = assessment.asOf != null ? assessment.asOf : LocalDate.now(clock);
    PatientRecordReader reader = new PatientRecordReader(asOf);
    TumourBoardAssessor assessor = new TumourBoardAssessor(assessment.settings());
    List<String> problems = new ArrayList<>();
    checkSources();
    try (PendingOutput output = new PendingOutput(out)) {
      if (db != null && patientIds.isEmpty()) {
        assessSelected(assessor, asOf, output.writer());
      } else if (db != null) {
        List<PatientRecord> records = StoredPatients.load(db, patientIds, problems);
        if (problems.isEmpty()) {
          assess(records, assessor, asOf, output.writer());
        }
      } else if (jsonLines) {
        new CohortRun(reader, assessor, asOf, format == OutputFormat.json)
            .run(files, output.stream(), problems);
      } else {
        assessFiles(reader, assessor, asOf, output.writer(), problems);
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(summarised(problems));
      }
      output.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** Whole-file records: all are read and checked before anything is written. */
  private void assessFiles(PatientRecordReader reader, TumourBoardAssessor assessor,
      LocalDate asOf, Writer w, List<String> problems) throws IOException {
    List<PatientRecord> records = new ArrayList<>(files.size());
    for (Path file : files) {
      PatientRecord record = PatientFiles.read(file, reader, problems);
      if (record != null) {
        records.add(record);
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    assess(records, assessor, asOf, w);
  }

  /**
   * The stored patients that satisfy the criteria options (every one with {@code --all}), in id
   * order, read in batches within one transaction: the selection and the records are one snapshot.
   */
  private void assessSelected(TumourBoardAssessor assessor, LocalDate asOf, Writer w)
      throws IOException {
    PatientCriteria criteria = where.criteria();
    StoredPatients.requireExisting(db);
    try (Registry registry = Registry.open(db)) {
      registry.inTransaction(repo -> {
        boolean array = format == OutputFormat.json && repo.ids(criteria).size() > 1;
        try {
          JsonGenerator json = start(w, array);
          repo.forEach(criteria, record -> assessOne(record, assessor, asOf, w, json));
          finish(w, json, array);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return null;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void checkSources() {
    CommandLine cli = spec.commandLine();
    if (all && where.any()) {
      throw new CommandLine.ParameterException(cli,
          "--all selects every stored patient: give it or criteria options, not both");
    }
    if (db != null) {
      boolean selection = all || where.any();
      if (patientIds.isEmpty() && !selection) {
        throw new CommandLine.ParameterException(cli,
            "--db needs --patient ID, --all or criteria options (--isup-min, --treated, ...)");
      }
      if (!patientIds.isEmpty() && selection) {
        throw new CommandLine.ParameterException(cli,
            "give either --patient ID or --all / criteria options, not both");
      }
      if (!files.isEmpty() || jsonLines) {
        throw new CommandLine.ParameterException(cli,
            "give either FILE... or --db with --patient, not both");
      }
    } else if (!patientIds.isEmpty() || all || where.any()) {
      throw new CommandLine.ParameterException(cli,
          "--patient, --all and criteria options select stored patients: only with --db URL");
    } else if (files.isEmpty()) {
      throw new CommandLine.ParameterException(cli,
          "Missing required parameter: FILE (or --db URL --patient ID)");
    }
  }

  private void assess(List<PatientRecord> records, TumourBoardAssessor assessor, LocalDate asOf,
      Writer w) throws IOException {
    boolean array = format == OutputFormat.json && records.size() > 1;
    JsonGenerator json = start(w, array);
    try {
      for (PatientRecord record : records) {
        assessOne(record, assessor, asOf, w, json);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    finish(w, json, array);
  }

  /** The JSON generator for {@code --format json} (null for text), with the array opened. */
  private JsonGenerator start(Writer w, boolean array) throws IOException {
    JsonGenerator json = format == OutputFormat.json ? Json.generator(w) : null;
    if (json != null) {
      json.useDefaultPrettyPrinter();
      if (array) {
        json.writeStartArray();
      }
    }
    return json;
  }

  private static void assessOne(PatientRecord record, TumourBoardAssessor assessor,
      LocalDate asOf, Writer w, JsonGenerator json) {
    TumourBoardAssessment a = assessor.assess(record, asOf);
    try {
      if (json != null) {
        AssessmentJson.write(json, a);
      } else {
        AssessmentText.write(w, a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void finish(Writer w, JsonGenerator json, boolean array) throws IOException {
    if (json != null) {
      if (array) {
        json.writeEndArray();
      }
      json.close();
      w.write('\n');
    }
  }

  static List<String> summarised(List<String> problems) {
    if (problems.size() <= MAX_PROBLEMS_SHOWN) {
      return problems;
    }
    List<String> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS_SHOWN));
    shown.add("... and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more problems");
    return shown;
  }
}
