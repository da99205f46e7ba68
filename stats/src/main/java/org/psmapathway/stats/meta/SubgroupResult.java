package org.psmapathway.stats.meta;

import java.util.List;

/** Subgroups in order of first appearance, and the between-subgroup test. */
public record SubgroupResult(List<Subgroup> subgroups, BetweenSubgroups betweenSubgroups) {
  public SubgroupResult {
    subgroups = List.copyOf(subgroups);
  }
}
