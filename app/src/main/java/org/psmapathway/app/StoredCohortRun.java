package org.psmapathway.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.psmapathway.store.PatientCriteria;
import org.psmapathway.store.PatientRecordJson;
import org.psmapathway.store.Registry;

/**
 * The stored patients that satisfy some criteria, processed as {@link JsonLinesRun} processes a
 * JSON Lines cohort: loaded from the registry in id order (the order of {@code psma export}),
 * rendered in batches on every core, written strictly in that order.
 *
 * <p>Each stored record goes through the same reader as a line of the exported file (its canonical
 * JSON is read back with the command's {@code --as-of}): the checks that depend on the day of
 * reading, such as a date after {@code --as-of}, apply to stored patients too, and the result is
 * byte for byte that of the command on {@code psma export}'s output. A record the reader rejects
 * is a problem {@code URL: patient ID: field: expected}; after a problem nothing more is written,
 * but every patient is still checked so that every problem is reported at once.
 */
final class StoredCohortRun {

  /** Patients per batch, as in {@link JsonLinesRun}. */
  private static final int BATCH = 256;

  private final PatientRecordReader reader;
  private final JsonLinesRun.Renderers renderers;
  private final String progressLabel;

  StoredCohortRun(PatientRecordReader reader, JsonLinesRun.Renderers renderers,
      String progressLabel) {
    this.reader = reader;
    this.renderers = renderers;
    this.progressLabel = progressLabel;
  }

  /** @return the number of patients selected by {@code criteria} */
  long run(Registry registry, PatientCriteria criteria, OutputStream out, List<String> problems)
      throws IOException {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread t = new Thread(task, "psma-stored-cohort");
      t.setDaemon(true);
      return t;
    });
    String source = registry.url();
    ArrayDeque<Future<RenderedBatch>> inFlight = new ArrayDeque<>();
    Progress progress = Progress.onTerminal(progressLabel);
    long[] done = {0};
    try {
      List<PatientRecord> pending = new ArrayList<>(BATCH);
      registry.patients().forEach(criteria, record -> {
        pending.add(record);
        if (pending.size() == BATCH) {
          List<PatientRecord> full = List.copyOf(pending);
          pending.clear();
          inFlight.add(pool.submit(() -> render(source, full)));
          while (inFlight.size() > 2 * workers) {
            try {
              done[0] += RenderedBatch.publish(inFlight.poll(), out, problems);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            progress.update(done[0], -1);
          }
        }
      });
      if (!pending.isEmpty()) {
        List<PatientRecord> last = List.copyOf(pending);
        inFlight.add(pool.submit(() -> render(source, last)));
      }
      while (!inFlight.isEmpty()) {
        done[0] += RenderedBatch.publish(inFlight.poll(), out, problems);
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
    progress.finish(done[0]);
    return done[0];
  }

  private RenderedBatch render(String source, List<PatientRecord> stored) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(stored.size() * 4096);
    JsonLinesRun.BatchRenderer renderer = renderers.open(bytes);
    List<String> problems = new ArrayList<>();
    for (PatientRecord s : stored) {
      PatientRecord record;
      try {
        record = reader.read(PatientRecordJson.line(s));
      } catch (InvalidPatientRecordException e) {
        for (RecordProblem p : e.problems()) {
          problems.add(source + ": patient " + s.id() + ": " + p);
        }
        continue;
      }
      if (problems.isEmpty()) { // otherwise this batch will not be published: only check input
        renderer.patient(record);
      }
    }
    renderer.finish();
    return new RenderedBatch(bytes.toByteArray(), problems, stored.size());
  }
}
