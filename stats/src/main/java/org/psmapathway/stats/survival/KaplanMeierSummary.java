package org.psmapathway.stats.survival;

import java.util.List;

/**
 * Per-group Kaplan–Meier summary, shaped for direct JSON serialisation:
 * {@code groups[]: {group, n, events, median, medianLower, medianUpper, rmeanLimit, rmean, rmeanSe,
 * at[]: {time, survival, se, lower, upper, nRisk}}}. NaN stands for R's NA (JSON null).
 */
public record KaplanMeierSummary(List<Group> groups) {

  public KaplanMeierSummary {
    groups = List.copyOf(groups);
  }

  /** One group's line of {@code print(fit)} plus its landmark estimates. */
  public record Group(String group, int n, int events, double median, double medianLower,
      double medianUpper,
      double rmeanLimit, double rmean, double rmeanSe, List<SurvivalAt> at) {

    public Group {
      at = List.copyOf(at);
    }
  }
}
