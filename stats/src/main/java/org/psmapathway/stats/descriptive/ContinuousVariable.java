package org.psmapathway.stats.descriptive;

import java.util.List;

/** A continuous column by group: per-group summaries and the rank test across groups. */
public record ContinuousVariable(String name, List<ContinuousSummary> groups, HypothesisTest test)
    implements TableOneRow {
  public ContinuousVariable {
    groups = List.copyOf(groups);
  }

  @Override
  public List<String> groupLabels() {
    return groups.stream().map(ContinuousSummary::group).toList();
  }
}
