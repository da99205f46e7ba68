package org.psmapathway.core.staging;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.psmapathway.core.record.NodeRegion;

/**
 * Versioned table from lymph-node region to {@link NodeCategory} (clinical-rules.md 1.2 and 9.2).
 * The only difference between the versions is common iliac, the main open question of the node
 * template: the V1 requirement notes list it among the regional (pelvic) regions, while the public
 * V2 transcription ({@code htlin222/promise-v2-tool} {@code src/data.js}: "miM1a — distant node
 * regions (common iliac and above)") and AJCC 8th edition make it distant. Until V1 Table 4 is
 * checked, the common-iliac category can be overridden with {@link #withCommonIliac}.
 */
public final class NodeRegionMapping {

  /** PROMISE V1 (Eiber 2018) as recorded in the project notes: common iliac regional. [U] */
  private static final Map<NodeRegion, NodeCategory> V1_TABLE =
      Map.of(
          NodeRegion.INTERNAL_ILIAC, NodeCategory.REGIONAL,
          NodeRegion.EXTERNAL_ILIAC, NodeCategory.REGIONAL,
          NodeRegion.OBTURATOR, NodeCategory.REGIONAL,
          NodeRegion.COMMON_ILIAC, NodeCategory.REGIONAL,
          NodeRegion.PRESACRAL, NodeCategory.REGIONAL,
          NodeRegion.OTHER_PELVIC, NodeCategory.REGIONAL,
          NodeRegion.RETROPERITONEAL, NodeCategory.EXTRAPELVIC,
          NodeRegion.SUPRADIAPHRAGMATIC, NodeCategory.EXTRAPELVIC,
          NodeRegion.OTHER_EXTRAPELVIC, NodeCategory.EXTRAPELVIC);

  /** PROMISE V2 (Seifert 2023, V2 transcription): "common iliac and above" is miM1a. */
  private static final Map<NodeRegion, NodeCategory> V2_TABLE =
      Map.of(
          NodeRegion.INTERNAL_ILIAC, NodeCategory.REGIONAL,
          NodeRegion.EXTERNAL_ILIAC, NodeCategory.REGIONAL,
          NodeRegion.OBTURATOR, NodeCategory.REGIONAL,
          NodeRegion.COMMON_ILIAC, NodeCategory.EXTRAPELVIC,
          NodeRegion.PRESACRAL, NodeCategory.REGIONAL,
          NodeRegion.OTHER_PELVIC, NodeCategory.REGIONAL,
          NodeRegion.RETROPERITONEAL, NodeCategory.EXTRAPELVIC,
          NodeRegion.SUPRADIAPHRAGMATIC, NodeCategory.EXTRAPELVIC,
          NodeRegion.OTHER_EXTRAPELVIC, NodeCategory.EXTRAPELVIC);

  private final PromiseVersion version;
  private final Map<NodeRegion, NodeCategory> table;
  /** The table by region ordinal: looked up for every node lesion of every scan. */
  private final NodeCategory[] byOrdinal;
  private final boolean commonIliacOverridden;

  private NodeRegionMapping(
      PromiseVersion version, Map<NodeRegion, NodeCategory> table, boolean commonIliacOverridden) {
    this.version = version;
    this.table = Collections.unmodifiableMap(new EnumMap<>(table));
    this.byOrdinal = new NodeCategory[NodeRegion.values().length];
    table.forEach((region, category) -> byOrdinal[region.ordinal()] = category);
    this.commonIliacOverridden = commonIliacOverridden;
  }

  /** The table of a PROMISE version, without overrides. */
  public static NodeRegionMapping forVersion(PromiseVersion version) {
    Objects.requireNonNull(version, "version");
    Map<NodeRegion, NodeCategory> table =
        switch (version) {
          case V1 -> V1_TABLE;
          case V2 -> V2_TABLE;
        };
    return new NodeRegionMapping(version, table, false);
  }

  /** The same table with common iliac mapped to {@code category} (a site setting). */
  public NodeRegionMapping withCommonIliac(NodeCategory category) {
    Objects.requireNonNull(category, "category");
    Map<NodeRegion, NodeCategory> copy = new EnumMap<>(table);
    copy.put(NodeRegion.COMMON_ILIAC, category);
    return new NodeRegionMapping(version, copy, true);
  }

  public NodeCategory category(NodeRegion region) {
    return byOrdinal[Objects.requireNonNull(region, "region").ordinal()];
  }

  public PromiseVersion version() {
    return version;
  }

  /** Whether the common-iliac row differs from the version's published table by a setting. */
  public boolean commonIliacOverridden() {
    return commonIliacOverridden;
  }

  /** The whole table, in template order. */
  public Map<NodeRegion, NodeCategory> asMap() {
    return table;
  }
}
