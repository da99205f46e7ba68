package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.core.eligibility.Catalogue;
import org.psmapathway.core.eligibility.Criterion;
import org.psmapathway.core.eligibility.CriterionResult;
import org.psmapathway.core.eligibility.FactExtractor;
import org.psmapathway.core.eligibility.PatientFacts;
import org.psmapathway.core.eligibility.Trial;
import org.psmapathway.core.eligibility.TrialMatch;
import org.psmapathway.core.eligibility.TrialMatcher;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code psma trials}: the trial catalogue and matching one patient against it. */
@Command(
    name = "trials",
    mixinStandardHelpOptions = true,
    description = {"Trial eligibility: criteria kept as data (docs/eligibility.md)."},
    subcommands = {TrialsCommand.ListTrials.class, TrialsCommand.Show.class,
        TrialsCommand.Match.class, TrialsCommand.Check.class},
    footer = {"", "Examples:", "  ./psma trials list", "  ./psma trials show NCT07038304",
        "  ./psma trials match --as-of 2024-09-10 examples/patients/P005-oligoprogressive-mcrpc.json",
        "  ./psma trials check my-trial.json"})
final class TrialsCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing subcommand: list, show, match or check");
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "One line per trial: id, acronym, phase, status, number of criteria.")
  static final class ListTrials implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    TrialCatalogueOptions catalogue;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (Trial t : catalogue.catalogue().trials()) {
        out.println(t.id() + "  " + pad(t.shortName(), 18) + pad(t.phase(), 8)
            + pad(t.status(), 22) + t.criteria().size() + " criteria"
            + (t.source().verbatim() ? "" : " (not verbatim)") + "  " + t.title());
      }
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "A trial's source, curation note and every criterion.")
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    TrialCatalogueOptions catalogue;
    @Parameters(paramLabel = "ID", description = "NCT id or acronym")
    String id;

    @Override
    public Integer call() {
      Trial t = find(catalogue.catalogue(), id);
      PrintWriter out = spec.commandLine().getOut();
      out.println(t.id() + " " + t.shortName() + " — " + t.title());
      out.println("phase " + t.phase() + ", " + t.status() + ", document version "
          + t.documentVersion());
      if (!t.sites().isEmpty()) {
        out.println("sites: " + String.join("; ", t.sites()));
      }
      out.println("source: " + t.source().registry() + ", " + t.source().version() + " ("
          + t.source().date() + "), via " + t.source().via()
          + (t.source().verbatim() ? "" : "; criterion texts are NOT verbatim"));
      if (t.curationNote() != null) {
        out.println("curation note: " + t.curationNote());
      }
      for (Criterion c : t.criteria()) {
        out.println();
        out.println(c.id() + " [" + c.kind().code() + (c.manual() ? ", manual" : "") + "] "
            + c.text());
        if (c.note() != null) {
          out.println("    note: " + c.note());
        }
      }
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Checks trial documents: unknown facts, unit mismatches, contradictory "
          + "ranges, criteria without text. Prints every problem as file: criterion: what.")
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
      List<String> problems = new ArrayList<>();
      int ok = 0;
      for (Path file : files) {
        if (TrialCatalogueOptions.read(file, problems) != null) {
          ok++;
        }
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      spec.commandLine().getOut().println(ok + " trial document(s) OK");
      return 0;
    }
  }

  @Command(name = "match", mixinStandardHelpOptions = true,
      description = "Every criterion of every trial (or one) for one patient, with verdicts and "
          + "explanations from the patient's values.")
  static final class Match implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    TrialCatalogueOptions catalogue;
    @Parameters(paramLabel = "PATIENT.json")
    Path patient;
    @Option(names = "--trial", paramLabel = "ID", description = "Only this trial (id or acronym).")
    String trial;
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
        description = "text or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;
    @Option(names = "--as-of", paramLabel = "DATE",
        description = "Screening date (default: today). Fix it for reproducible results.")
    LocalDate asOf;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
      LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
      Catalogue all = catalogue.catalogue();
      List<Trial> trials = trial == null ? all.trials() : List.of(find(all, trial));
      PatientRecord record = readPatient(patient, day);
      PatientFacts facts = new FactExtractor().extract(record, day);
      List<TrialMatch> matches = new ArrayList<>(trials.size());
      for (Trial t : trials) {
        matches.add(TrialMatcher.match(t, facts));
      }
      try (PendingOutput output = new PendingOutput(null)) {
        if (format == OutputFormat.json) {
          writeJson(output.writer(), record.id(), matches);
        } else {
          writeText(output.writer(), record.id(), day, matches);
        }
        output.commit(spec.commandLine().getOut());
      }
      return 0;
    }
  }

  static PatientRecord readPatient(Path file, LocalDate asOf) {
    List<String> problems = new ArrayList<>();
    PatientRecord record = PatientFiles.read(file, new PatientRecordReader(asOf), problems);
    if (record == null) {
      throw new BadInputException(problems);
    }
    return record;
  }

  static Trial find(Catalogue catalogue, String id) {
    Trial t = catalogue.find(id);
    if (t == null) {
      List<String> known = catalogue.trials().stream().map(Trial::id).toList();
      throw new BadInputException(List.of("unknown trial \"" + id + "\"; the catalogue holds "
          + String.join(", ", known)));
    }
    return t;
  }

  static void writeJson(Writer w, String patientId, List<TrialMatch> matches) throws IOException {
    JsonGenerator g = Json.generator(w);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("patient", patientId);
    g.writeArrayFieldStart("trials");
    for (TrialMatch m : matches) {
      g.writeStartObject();
      g.writeStringField("id", m.trial().id());
      g.writeStringField("title", m.trial().title());
      g.writeStringField("verdict", m.verdict().name());
      g.writeStringField("explanation", m.explanation());
      g.writeArrayFieldStart("criteria");
      for (CriterionResult r : m.criteria()) {
        g.writeStartObject();
        g.writeStringField("id", r.criterion().id());
        g.writeStringField("kind", r.criterion().kind().code());
        g.writeStringField("text", r.criterion().text());
        g.writeStringField("verdict", r.verdict().name());
        g.writeStringField("explanation", r.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.close();
    w.write('\n');
  }

  static void writeText(Writer w, String patientId, LocalDate asOf, List<TrialMatch> matches)
      throws IOException {
    w.write("Patient " + patientId + ", trial eligibility on " + asOf + "\n");
    for (TrialMatch m : matches) {
      w.write("\n" + m.trial().id() + " " + m.trial().shortName() + ": " + m.verdict() + "\n");
      w.write("  " + m.explanation() + "\n");
      for (CriterionResult r : m.criteria()) {
        w.write("  " + pad(r.verdict().name(), 8) + pad(r.criterion().id(), 5)
            + r.explanation() + "\n");
      }
    }
  }

  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s == null ? "" : s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.append(' ').toString();
  }
}
