package org.psmapathway.report.meta;

import java.util.List;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.SubgroupResult;

/**
 * What a forest plot shows: the overall model, how to name its effect, descriptor columns and,
 * optionally, subgroups ({@code groups[i]} is study i's subgroup; {@code subgroups} the fitted
 * subgroup models, in order of first appearance). Both subgroup fields are null or both set.
 */
public record ForestPlotData(MetaResult overall, EffectMeasure measure, List<ForestColumn> descriptors,
    String[] groups, SubgroupResult subgroups) {

  public ForestPlotData {
    descriptors = List.copyOf(descriptors);
    if ((groups == null) != (subgroups == null)) {
      throw new IllegalArgumentException("groups and subgroups: both null or both given");
    }
    for (ForestColumn c : descriptors) {
      if (c.values().length != overall.k()) {
        throw new IllegalArgumentException("descriptor column " + c.header() + ": one value per study ("
            + overall.k() + "), got " + c.values().length);
      }
    }
    groups = groups == null ? null : groups.clone();
  }

  /** Without descriptors or subgroups. */
  public static ForestPlotData of(MetaResult overall, EffectMeasure measure) {
    return new ForestPlotData(overall, measure, List.of(), null, null);
  }
}
