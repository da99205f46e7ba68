package org.psmapathway.stats.descriptive;

import java.util.List;

/**
 * A categorical column by group.
 *
 * @param levels observed levels in sorted order, each with its count per group
 * @param missing missing values (null) per group, in {@link #groupLabels()} order
 * @param setting the test setting that was asked for
 * @param test the test that was run; null when only one level was observed
 * @param minExpected smallest expected count under independence (NaN when not tested)
 * @param testChoice why this test was chosen, in words (e.g. "Fisher's exact test: smallest
 *     expected count 2.84 < 5")
 */
public record CategoricalVariable(
    String name,
    List<String> groupLabels,
    List<LevelCounts> levels,
    List<Integer> missing,
    CategoricalTest setting,
    HypothesisTest test,
    double minExpected,
    String testChoice)
    implements TableOneRow {
  public CategoricalVariable {
    groupLabels = List.copyOf(groupLabels);
    levels = List.copyOf(levels);
    missing = List.copyOf(missing);
  }
}
