package org.psmapathway.app;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;

/**
 * A cohort in JSON Lines, one patient per line, processed on every core: lines are cut into
 * batches that workers read and render to UTF-8 bytes; results are written strictly in input order,
 * so the output is the same as one patient after the other. Once a problem is found later output
 * is not written (it will not be published), but the input is still checked to the end, so that
 * every problem is reported at once as {@code file:line: field: expected}.
 */
final class JsonLinesRun {

  /** Patients per batch: large enough to keep a core busy, small enough to stream. */
  private static final int BATCH = 256;

  /** Renders the patients of one batch into its byte buffer. */
  interface BatchRenderer {
    void patient(PatientRecord record) throws IOException;

    /** Flushes what the renderer buffers; called once after the batch's last patient. */
    default void finish() throws IOException {}
  }

  /** Opens a renderer for one batch; called on a worker thread, once per batch. */
  interface Renderers {
    BatchRenderer open(ByteArrayOutputStream bytes) throws IOException;
  }

  private record Batch(Path file, int firstLine, List<String> lines) {}

  private final PatientRecordReader reader;
  private final Renderers renderers;
  private final String progressLabel;

  /** @param progressLabel what is counted on a terminal, e.g. "patients assessed" */
  JsonLinesRun(PatientRecordReader reader, Renderers renderers, String progressLabel) {
    this.reader = reader;
    this.renderers = renderers;
    this.progressLabel = progressLabel;
  }

  void run(List<Path> files, OutputStream out, List<String> problems) throws IOException {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread t = new Thread(task, "psma-cohort");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<RenderedBatch>> inFlight = new ArrayDeque<>();
    Progress progress = Progress.onTerminal(progressLabel);
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
              done += RenderedBatch.publish(inFlight.poll(), out, problems);
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
        done += RenderedBatch.publish(inFlight.poll(), out, problems);
      }
    } finally {
      pool.shutdownNow();
    }
    progress.finish(done);
  }

  private RenderedBatch render(Batch batch) throws IOException {
    // rendered straight to UTF-8 bytes: the output is never decoded again on its way out
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.lines().size() * 4096);
    BatchRenderer renderer = renderers.open(bytes);
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
      if (problems.isEmpty()) { // otherwise this batch will not be published: only check input
        renderer.patient(record);
      }
    }
    renderer.finish();
    return new RenderedBatch(bytes.toByteArray(), problems, patients);
  }
}
