package org.psmapathway.app;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One batch of a cohort run rendered on a worker: its output bytes, the problems its input had, and
 * how many patients it held. Batches are published strictly in input order, and once any problem
 * is known nothing more is written (the run's output will not be published).
 */
record RenderedBatch(byte[] output, List<String> problems, int patients) {

  /**
   * Waits for the next batch in order, adds its problems to {@code problems}, writes its output when
   * no problem is known so far, and returns its patient count.
   */
  static int publish(Future<RenderedBatch> next, OutputStream out, List<String> problems)
      throws IOException {
    RenderedBatch r;
    try {
      r = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
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
}
