package org.psmapathway.stats.descriptive;

import java.util.List;

/** One variable of a Table 1: a continuous or a categorical column summarised by group. */
public sealed interface TableOneRow permits ContinuousVariable, CategoricalVariable {
  /** Variable name as given by the caller. */
  String name();

  /** Group labels in column order. */
  List<String> groupLabels();

  /** The test across groups; null when no test is possible (one level observed). */
  HypothesisTest test();
}
