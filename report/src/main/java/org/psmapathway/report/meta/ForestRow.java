package org.psmapathway.report.meta;

/** One row of a forest plot, top to bottom. Effects on the analysis scale (log for ratios). */
sealed interface ForestRow {

  /** A subgroup heading. */
  record Heading(String text) implements ForestRow {}

  /** A study: its index in the input (for descriptor columns), effect, CI and weight in %. */
  record Study(int index, String label, double yi, double lower, double upper, double weight)
      implements ForestRow {}

  /** A pooled estimate drawn as a diamond; {@code overall} draws it filled black. */
  record Diamond(String label, double estimate, double lower, double upper, double weight,
      boolean overall) implements ForestRow {}

  /** The prediction interval of the overall model, drawn as a bar. */
  record Prediction(String label, double lower, double upper) implements ForestRow {}

  /** A line of small text in the label columns (a subgroup's heterogeneity). */
  record Note(String text) implements ForestRow {}

  /** An empty row between blocks. */
  record Gap() implements ForestRow {}
}
