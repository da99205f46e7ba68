package org.psmapathway.stats.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Separate meta-analyses per subgroup (each with its own τ², metafor {@code rma(..., subset = g)}), then the
 * between-subgroup Q test on the subgroup estimates. A subgroup of one study is pooled as metafor does with
 * k = 1: its own estimate, τ² = 0.
 */
public final class SubgroupAnalysis {
  private SubgroupAnalysis() {
  }

  public static SubgroupResult run(StudyData data, String[] groups, MetaOptions options) {
    if (groups.length != data.k()) {
      throw new InvalidStudyException(-1, null, "groups",
          "one group per study (" + data.k() + "), got " + groups.length);
    }
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < groups.length; i++) {
      if (groups[i] == null || groups[i].isBlank()) {
        throw new InvalidStudyException(i, data.labels()[i], "group", "a non-empty subgroup name");
      }
      members.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
    }
    if (members.size() < 2) {
      throw new InvalidStudyException(-1, null, "groups", "at least two subgroups, got " + members.size());
    }
    List<Subgroup> out = new ArrayList<>();
    double[] est = new double[members.size()];
    double[] w = new double[members.size()];
    int g = 0;
    for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
      int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      MetaOptions o = idx.length == 1 ? options.withMethod(Tau2Method.FE).withKnappHartung(false)
          .withAuto(false) : options;
      MetaResult r = MetaAnalysis.fit(data.subset(idx), o);
      out.add(new Subgroup(e.getKey(), r));
      est[g] = r.estimate();
      w[g] = 1 / (r.se() * r.se());
      g++;
    }
    double sw = 0;
    double swy = 0;
    for (int j = 0; j < est.length; j++) {
      sw += w[j];
      swy += w[j] * est[j];
    }
    double mean = swy / sw;
    double q = 0;
    for (int j = 0; j < est.length; j++) {
      q += w[j] * (est[j] - mean) * (est[j] - mean);
    }
    int df = est.length - 1;
    return new SubgroupResult(out, new BetweenSubgroups(q, df, ChiSquaredDistribution.of(df).survivalProbability(q)));
  }
}
