package org.psmapathway.core.staging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.NodeRegion;

class NodeRegionMappingTest {

  @Test
  void versionsDifferOnlyInCommonIliac() {
    NodeRegionMapping v1 = NodeRegionMapping.forVersion(PromiseVersion.V1);
    NodeRegionMapping v2 = NodeRegionMapping.forVersion(PromiseVersion.V2);

    for (NodeRegion region : NodeRegion.values()) {
      if (region != NodeRegion.COMMON_ILIAC) {
        assertThat(v2.category(region)).as(region.name()).isEqualTo(v1.category(region));
      }
    }
    assertThat(v1.category(NodeRegion.COMMON_ILIAC)).isEqualTo(NodeCategory.REGIONAL);
    assertThat(v2.category(NodeRegion.COMMON_ILIAC)).isEqualTo(NodeCategory.EXTRAPELVIC);
  }

  @Test
  void v1TableMatchesTheTemplate() {
    NodeRegionMapping v1 = NodeRegionMapping.forVersion(PromiseVersion.V1);

    assertThat(v1.asMap())
        .hasSize(9)
        .containsEntry(NodeRegion.INTERNAL_ILIAC, NodeCategory.REGIONAL)
        .containsEntry(NodeRegion.EXTERNAL_ILIAC, NodeCategory.REGIONAL)
        .containsEntry(NodeRegion.OBTURATOR, NodeCategory.REGIONAL)
        .containsEntry(NodeRegion.PRESACRAL, NodeCategory.REGIONAL)
        .containsEntry(NodeRegion.OTHER_PELVIC, NodeCategory.REGIONAL)
        .containsEntry(NodeRegion.RETROPERITONEAL, NodeCategory.EXTRAPELVIC)
        .containsEntry(NodeRegion.SUPRADIAPHRAGMATIC, NodeCategory.EXTRAPELVIC)
        .containsEntry(NodeRegion.OTHER_EXTRAPELVIC, NodeCategory.EXTRAPELVIC);
    assertThat(v1.commonIliacOverridden()).isFalse();
  }

  @Test
  void overrideChangesOnlyCommonIliac() {
    NodeRegionMapping overridden =
        NodeRegionMapping.forVersion(PromiseVersion.V2).withCommonIliac(NodeCategory.REGIONAL);

    assertThat(overridden.category(NodeRegion.COMMON_ILIAC)).isEqualTo(NodeCategory.REGIONAL);
    assertThat(overridden.category(NodeRegion.RETROPERITONEAL))
        .isEqualTo(NodeCategory.EXTRAPELVIC);
    assertThat(overridden.commonIliacOverridden()).isTrue();
    assertThat(overridden.version()).isEqualTo(PromiseVersion.V2);
  }

  @Test
  void settingsUseTheVersionTableUnlessOverridden() {
    assertThat(
            StagingSettings.defaults()
                .withVersion(PromiseVersion.V2)
                .nodeRegionMapping()
                .category(NodeRegion.COMMON_ILIAC))
        .isEqualTo(NodeCategory.EXTRAPELVIC);
    assertThat(
            StagingSettings.defaults()
                .withCommonIliac(NodeCategory.EXTRAPELVIC)
                .nodeRegionMapping()
                .category(NodeRegion.COMMON_ILIAC))
        .isEqualTo(NodeCategory.EXTRAPELVIC);
  }

  @Test
  void defaultsAreV1WithLateralityAndTiesUp() {
    StagingSettings defaults = StagingSettings.defaults();

    assertThat(defaults.version()).isEqualTo(PromiseVersion.V1);
    assertThat(defaults.commonIliac()).isNull();
    assertThat(defaults.lateralitySeparatesRegions()).isTrue();
    assertThat(defaults.expressionTieRule()).isEqualTo(TieRule.TIES_UP);
  }
}
