package org.psmapathway.stats.descriptive;

/**
 * A proportion x / n with its exact (Clopper–Pearson) confidence interval, as R's
 * {@code binom.test(x, n)$conf.int}.
 *
 * @param count x, the numerator
 * @param total n, the denominator
 * @param estimate x / n; NaN (NA) when n = 0, e.g. the PPV of a rule that calls no one positive
 * @param lower lower exact limit; 0 when x = 0; NaN when n = 0 (binom.test refuses n = 0)
 * @param upper upper exact limit; 1 when x = n; NaN when n = 0
 */
public record Proportion(int count, int total, double estimate, double lower, double upper) {}
