package org.psmapathway.store.synthetic;

import java.util.SplittableRandom;

/**
 * A draw among categories with given weights (published counts or shares), by inverting the
 * cumulative distribution.
 */
final class Categorical {

  private final double[] cumulative;

  Categorical(double... weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("weights: expected at least one");
    }
    cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
        throw new IllegalArgumentException("weights[" + i + "]: expected a finite number ≥ 0, got "
            + weights[i]);
      }
      total += weights[i];
      cumulative[i] = total;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights: expected a positive total");
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= total;
    }
    cumulative[cumulative.length - 1] = 1;
  }

  /** The category index for probability {@code u} ∈ [0, 1). */
  int at(double u) {
    // Linear: at most ten categories here, and zero-weight categories are skipped correctly.
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  int sample(SplittableRandom random) {
    return at(random.nextDouble());
  }

  /** The share of category {@code i}. */
  double share(int i) {
    return i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1];
  }

  /** Cumulative share of categories 0…i. */
  double cumulativeShare(int i) {
    return cumulative[i];
  }

  int size() {
    return cumulative.length;
  }
}
