package org.psmapathway.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;
import org.psmapathway.store.Registry;
import org.psmapathway.store.SaveOutcome;
import org.psmapathway.store.synthetic.CohortModel;
import org.psmapathway.store.synthetic.SyntheticRecords;

/**
 * A synthetic cohort written into the registry with the guarantees of {@code psma import}: pass 1
 * generates and validates every patient (the generator is deterministic, so nothing is kept);
 * one rejected record means the registry is not even opened. Pass 2 generates the same patients
 * again and saves them in batches of {@value #BATCH} inside ONE transaction, so an interrupted run
 * leaves the registry as it was.
 */
final class SyntheticImport {

  /** Records handed to the store per call; the store splits and pipelines its own writes. */
  static final int BATCH = 10_000;

  private final CohortModel model;
  private final long seed;
  private final long patients;
  private final PatientRecordReader reader;

  SyntheticImport(CohortModel model, long seed, long patients, LocalDate readOn) {
    this.model = model;
    this.seed = seed;
    this.patients = patients;
    this.reader = new PatientRecordReader(readOn);
  }

  /** Pass 1: every problem as {@code synthetic patient ID (index I): field: expected}. */
  List<String> validate(Progress progress) {
    List<String> problems = new ArrayList<>();
    SyntheticRecords.forEach(model, seed, patients, reader,
        (i, record) -> tick(progress, i, 0.0), (i, id, found) -> describe(problems, i, id, found));
    return problems;
  }

  /** Pass 2: everything in one transaction; counts by outcome. */
  Map<SaveOutcome, Integer> write(Registry registry, Progress progress) {
    return write(registry, progress, record -> { });
  }

  /**
   * Pass 2, also handing every saved record to {@code saved} (before the commit: a failed commit
   * throws, and what {@code saved} saw is then to be discarded).
   */
  Map<SaveOutcome, Integer> write(Registry registry, Progress progress,
      Consumer<PatientRecord> saved) {
    Map<SaveOutcome, Integer> counts = new EnumMap<>(SaveOutcome.class);
    registry.inTransaction(repository -> {
      List<PatientRecord> batch = new ArrayList<>(BATCH);
      List<String> again = new ArrayList<>();
      SyntheticRecords.forEach(model, seed, patients, reader, (i, record) -> {
        batch.add(record);
        saved.accept(record);
        if (batch.size() == BATCH) {
          repository.saveAll(batch).forEach(o -> counts.merge(o, 1, Integer::sum));
          batch.clear();
        }
        tick(progress, i, 0.5);
      }, (i, id, found) -> describe(again, i, id, found));
      if (!again.isEmpty()) { // cannot happen after pass 1 (same seed, same reader): roll back
        throw new BadInputException(again);
      }
      repository.saveAll(batch).forEach(o -> counts.merge(o, 1, Integer::sum));
      return null;
    });
    return counts;
  }

  /** Each pass is half of the work: pass 1 reports 0…½, pass 2 ½…1. */
  private void tick(Progress progress, long index, double passStart) {
    if (progress != null && (index + 1) % 10_000 == 0) {
      progress.update(index + 1, passStart + 0.5 * (index + 1) / patients);
    }
  }

  private static void describe(List<String> problems, long index, String id,
      List<RecordProblem> found) {
    for (RecordProblem p : found) {
      problems.add("synthetic patient " + id + " (index " + index + "): " + p);
    }
  }
}
