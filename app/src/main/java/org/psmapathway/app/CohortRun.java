package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.psmapathway.core.assessment.TumourBoardAssessment;
import org.psmapathway.core.assessment.TumourBoardAssessor;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;

/**
 * {@code psma assess --jsonl}: a cohort file, one patient per line, assessed on every core. Lines
 * are cut into batches that workers read, assess and render; results are written strictly in
 * input order, so the output is the same as one patient after the other. Reader and assessor are
 * stateless, so workers share them.
 */
final class CohortRun {

  /** Patients per batch: large enough to keep a core busy, small enough to stream. */
  private static final int BATCH = 256;

  private final PatientRecordReader reader;
  private final TumourBoardAssessor assessor;
  private final LocalDate asOf;
  private final boolean json;

  CohortRun(PatientRecordReader reader, TumourBoardAssessor assessor, LocalDate asOf,
      boolean json) {
    this.reader = reader;
    this.assessor = assessor;
    this.asOf = asOf;
    this.json = json;
  }

  /** One batch of input lines and, once assessed, its rendered output and problems. */
  private record Batch(Path file, int firstLine, List<String> lines) {}

  private record Rendered(byte[] output, List<String> problems, int patients) {}

  /**
   * Assesses every file; problems are appended as {@code file:line: field: expected}. Once a
   * problem is found, later output is not written (it will not be published) but the input is
   * still checked to the end, so that every problem is reported at once.
   */
  void run(List<Path> files, OutputStream out, List<String> problems) throws IOException {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread t = new Thread(task, "psma-assess");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<Rendered>> inFlight = new ArrayDeque<>();
    Progress progress = Progress.onTerminal("patients assessed");
    long done = 0;
    try {
      for (Path file : files) {
        long size = Files.exists(file) ? Files.size(file) : -1;
        long consumed = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          int lineNumber = 0;
          List<String> lines = new ArrayList<>(BATCH);
          int first = 1;
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            consumed += line.length() + 1;
            lines.add(line);
            if (lines.size() == BATCH) {
              Batch batch = new Batch(file, first, lines);
              inFlight.add(pool.submit(() -> render(batch)));
              lines = new ArrayList<>(BATCH);
              first = lineNumber + 1;
            }
            while (inFlight.size() > 2 * workers) {
              done += publish(inFlight.poll(), out, problems);
              progress.update(done, size > 0 ? (double) consumed / size : -1);
            }
          }
          if (!lines.isEmpty()) {
            Batch batch = new Batch(file, first, lines);
            inFlight.add(pool.submit(() -> render(batch)));
          }
        } catch (NoSuchFileException e) {
          problems.add(file + ": cannot read: no such file");
        }
      }
      while (!inFlight.isEmpty()) {
        done += publish(inFlight.poll(), out, problems);
      }
    } finally {
      pool.shutdownNow();
    }
    progress.finish(done);
  }

  private static int publish(Future<Rendered> future, OutputStream out, List<String> problems)
      throws IOException {
    Rendered r;
    try {
      r = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while assessing", e);
    } catch (ExecutionException e) {
      // a defect, not bad input: surface it as it is
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
    problems.addAll(r.problems());
    if (problems.isEmpty()) {
      out.write(r.output());
    }
    return r.patients();
  }

  private Rendered render(Batch batch) throws IOException {
    // rendered straight to UTF-8 bytes: the output is never decoded again on its way out
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.lines().size() * 4096);
    JsonGenerator g = json ? Json.generator(bytes) : null;
    Writer text = json ? null : new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    int patients = 0;
    for (int i = 0; i < batch.lines().size(); i++) {
      String line = batch.lines().get(i);
      if (line.isBlank()) {
        continue;
      }
      PatientRecord record;
      try {
        record = reader.read(line);
      } catch (InvalidPatientRecordException e) {
        for (RecordProblem p : e.problems()) {
          problems.add(batch.file() + ":" + (batch.firstLine() + i) + ": " + p);
        }
        continue;
      }
      patients++;
      if (!problems.isEmpty()) {
        continue; // this batch will not be published; only keep checking the input
      }
      TumourBoardAssessment a = assessor.assess(record, asOf);
      if (g != null) {
        AssessmentJson.write(g, a);
        g.flush();
        bytes.write('\n');
      } else {
        AssessmentText.write(text, a);
      }
    }
    if (text != null) {
      text.flush();
    }
    return new Rendered(bytes.toByteArray(), problems, patients);
  }
}
