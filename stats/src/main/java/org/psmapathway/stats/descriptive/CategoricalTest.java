package org.psmapathway.stats.descriptive;

/** Which test a categorical Table 1 row uses. */
public enum CategoricalTest {
  /** Fisher's exact test when any expected count is below 5, else Pearson's chi-squared. */
  AUTO,
  /** Pearson's chi-squared, Yates-corrected on 2 × 2 tables ({@code chisq.test} default). */
  CHI_SQUARE,
  /** Fisher's exact test ({@code fisher.test}). */
  FISHER
}
