package org.psmapathway.core.staging;

import java.util.Objects;

/**
 * Choices the PROMISE sources leave open (clinical-rules.md 1.2, 1.5, 9.2), stored with every
 * stage so a result can be reproduced.
 *
 * @param version PROMISE version of the labels and of the node-region table; default {@link
 *     PromiseVersion#V1}
 * @param commonIliac category for common-iliac nodes, overriding the version's table; {@code null}
 *     (default) = use the table of {@code version} (V1 regional, V2 extrapelvic) [U]
 * @param lateralitySeparatesRegions whether left and right of a paired region (II, EI, OB, CI) are
 *     two regions when counting miN1a vs miN1b; default {@code true}, i.e. a region is (region,
 *     side), consistent with the "EI-L, EI-R" reporting of the V2 tool; PROMISE is not explicit [U]
 * @param expressionTieRule how the PSMA expression score treats SUVmax equal to a reference;
 *     default {@link TieRule#TIES_UP} (E-PSMA "equal to or above") [U]
 */
public record StagingSettings(
    PromiseVersion version,
    NodeCategory commonIliac,
    boolean lateralitySeparatesRegions,
    TieRule expressionTieRule) {

  public StagingSettings {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(expressionTieRule, "expressionTieRule");
  }

  /** PROMISE V1, common iliac per the V1 table, laterality separates regions, ties go up. */
  public static StagingSettings defaults() {
    return new StagingSettings(PromiseVersion.V1, null, true, TieRule.TIES_UP);
  }

  public StagingSettings withVersion(PromiseVersion newVersion) {
    return new StagingSettings(
        newVersion, commonIliac, lateralitySeparatesRegions, expressionTieRule);
  }

  /** Overrides the common-iliac category; {@code null} returns to the version's table. */
  public StagingSettings withCommonIliac(NodeCategory category) {
    return new StagingSettings(version, category, lateralitySeparatesRegions, expressionTieRule);
  }

  public StagingSettings withLateralitySeparatesRegions(boolean separates) {
    return new StagingSettings(version, commonIliac, separates, expressionTieRule);
  }

  public StagingSettings withExpressionTieRule(TieRule rule) {
    return new StagingSettings(version, commonIliac, lateralitySeparatesRegions, rule);
  }

  /** The node-region table these settings stage with. */
  public NodeRegionMapping nodeRegionMapping() {
    NodeRegionMapping table = NodeRegionMapping.forVersion(version);
    return commonIliac == null ? table : table.withCommonIliac(commonIliac);
  }
}
