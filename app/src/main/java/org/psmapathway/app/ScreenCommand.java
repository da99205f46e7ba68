package org.psmapathway.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.psmapathway.core.eligibility.Catalogue;
import org.psmapathway.core.eligibility.FactExtractor;
import org.psmapathway.core.eligibility.PatientFacts;
import org.psmapathway.core.eligibility.Trial;
import org.psmapathway.core.eligibility.TrialMatcher;
import org.psmapathway.core.eligibility.TrialScreening;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code psma screen}: a cohort (JSON Lines, one patient per line) against the catalogue, one CSV
 * row per patient × trial. Facts are computed once per patient and shared by every trial. Lines
 * are processed in batches on every core and written in input order; the CSV appears only when
 * every record was valid (all-or-nothing, as {@code psma assess}).
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {"Screens a cohort against every trial of the catalogue (or some): one CSV row "
        + "per patient and trial with the verdict and the criteria that decided it."},
    footer = {"", "CSV columns: patient, trial, acronym, verdict (ELIGIBLE, INELIGIBLE, "
        + "UNDETERMINED), deciding (failing criteria for INELIGIBLE, unknown ones for "
        + "UNDETERMINED, manual ones still to confirm for ELIGIBLE; space-separated).",
        "", "Example:", "  ./psma screen --as-of 2026-11-01 --patients cohort.jsonl --out screen.csv",
        "", "Exit codes: 0 success, 1 bad input (every problem listed as file:line: field: "
            + "expected), 2 bad usage."})
final class ScreenCommand implements Callable<Integer> {

  private static final int BATCH = 256;
  private static final int MAX_PROBLEMS_SHOWN = 200;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--patients", required = true, paramLabel = "FILE.jsonl",
      description = "Patient records, one JSON object per line (docs/patient-record.md).")
  Path patients;

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

  private record Rendered(String csv, List<String> problems, int patients) {}

  @Override
  public Integer call() throws IOException {
    LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
    Catalogue all = catalogue.catalogue();
    List<Trial> trials = only == null ? all.trials()
        : only.stream().map(id -> TrialsCommand.find(all, id)).toList();
    PatientRecordReader reader = new PatientRecordReader(day);
    FactExtractor extractor = new FactExtractor();
    List<String> problems = new ArrayList<>();
    try (PendingOutput output = new PendingOutput(out)) {
      Writer w = output.writer();
      w.write("patient,trial,acronym,verdict,deciding\n");
      run(reader, extractor, trials, day, w, problems);
      if (!problems.isEmpty()) {
        throw new BadInputException(summarised(problems));
      }
      output.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private void run(PatientRecordReader reader, FactExtractor extractor, List<Trial> trials,
      LocalDate day, Writer w, List<String> problems) throws IOException {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread t = new Thread(task, "psma-screen");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<Rendered>> inFlight = new ArrayDeque<>();
    Progress progress = Progress.onTerminal("patients screened");
    long done = 0;
    long size = Files.exists(patients) ? Files.size(patients) : -1;
    long consumed = 0;
    try (BufferedReader in = Files.newBufferedReader(patients, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      int first = 1;
      List<String> lines = new ArrayList<>(BATCH);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        consumed += line.length() + 1;
        lines.add(line);
        if (lines.size() == BATCH) {
          List<String> batch = lines;
          int from = first;
          inFlight.add(pool.submit(() -> render(reader, extractor, trials, day, from, batch)));
          lines = new ArrayList<>(BATCH);
          first = lineNumber + 1;
        }
        while (inFlight.size() > 2 * workers) {
          done += publish(inFlight.poll(), w, problems);
          progress.update(done, size > 0 ? (double) consumed / size : -1);
        }
      }
      if (!lines.isEmpty()) {
        List<String> batch = lines;
        int from = first;
        inFlight.add(pool.submit(() -> render(reader, extractor, trials, day, from, batch)));
      }
      while (!inFlight.isEmpty()) {
        done += publish(inFlight.poll(), w, problems);
      }
    } catch (NoSuchFileException e) {
      problems.add(patients + ": cannot read: no such file");
    } finally {
      pool.shutdownNow();
    }
    progress.finish(done);
  }

  private static int publish(Future<Rendered> future, Writer w, List<String> problems)
      throws IOException {
    Rendered r;
    try {
      r = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while screening", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime; // a defect, not bad input
      }
      throw new IllegalStateException(e.getCause());
    }
    problems.addAll(r.problems());
    if (problems.isEmpty()) {
      w.write(r.csv());
    }
    return r.patients();
  }

  private Rendered render(PatientRecordReader reader, FactExtractor extractor, List<Trial> trials,
      LocalDate day, int firstLine, List<String> lines) {
    StringBuilder csv = new StringBuilder(lines.size() * trials.size() * 48);
    List<String> problems = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      PatientRecord record;
      try {
        record = reader.read(line);
      } catch (InvalidPatientRecordException e) {
        for (RecordProblem p : e.problems()) {
          problems.add(patients + ":" + (firstLine + i) + ": " + p);
        }
        continue;
      }
      count++;
      if (!problems.isEmpty()) {
        continue; // this batch will not be published; keep checking the input
      }
      PatientFacts facts = extractor.extract(record, day);
      String id = Csv.field(record.id());
      for (Trial t : trials) {
        TrialScreening s = TrialMatcher.screen(t, facts);
        csv.append(id).append(',').append(t.id()).append(',').append(Csv.field(t.shortName()))
            .append(',').append(s.verdict().name()).append(',')
            .append(String.join(" ", s.deciding())).append('\n');
      }
    }
    return new Rendered(csv.toString(), problems, count);
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
