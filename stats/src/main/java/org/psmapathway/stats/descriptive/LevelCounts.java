package org.psmapathway.stats.descriptive;

import java.util.List;

/** One level of a categorical column with its count in each group. */
public record LevelCounts(String level, List<GroupCount> groups) {
  public LevelCounts {
    groups = List.copyOf(groups);
  }
}
