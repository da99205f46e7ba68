package org.psmapathway.store.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongConsumer;

/**
 * A synthetic cohort written as JSON Lines, patient by patient: memory does not grow with the
 * number of patients (one patient exists at a time).
 */
public final class SyntheticCohort {

  private SyntheticCohort() {}

  /**
   * Writes patients 0…n−1 of {@code seed} to {@code out} (left open).
   *
   * @param progress called with the number of patients written, every 10,000 patients and at the
   *     end; may be {@code null}
   */
  public static void writeJsonLines(CohortModel model, long seed, long n, OutputStream out,
      LongConsumer progress) throws IOException {
    if (n < 0) {
      throw new IllegalArgumentException("n: expected a number of patients ≥ 0, got " + n);
    }
    CohortGenerator generator = new CohortGenerator(model, seed);
    try (PatientJsonWriter writer = new PatientJsonWriter(out)) {
      for (long i = 0; i < n; i++) {
        writer.write(generator.patient(i));
        if (progress != null && (i + 1) % 10_000 == 0) {
          progress.accept(i + 1);
        }
      }
      writer.flush();
    }
    if (progress != null) {
      progress.accept(n);
    }
  }
}
