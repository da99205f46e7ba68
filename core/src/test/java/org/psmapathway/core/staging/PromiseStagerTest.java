package org.psmapathway.core.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.core.record.NodeRegion.COMMON_ILIAC;
import static org.psmapathway.core.record.NodeRegion.EXTERNAL_ILIAC;
import static org.psmapathway.core.record.NodeRegion.OBTURATOR;
import static org.psmapathway.core.record.NodeRegion.PRESACRAL;
import static org.psmapathway.core.record.NodeRegion.RETROPERITONEAL;
import static org.psmapathway.core.record.Side.LEFT;
import static org.psmapathway.core.record.Side.RIGHT;
import static org.psmapathway.core.staging.Scans.bed;
import static org.psmapathway.core.staging.Scans.bone;
import static org.psmapathway.core.staging.Scans.node;
import static org.psmapathway.core.staging.Scans.prostate;
import static org.psmapathway.core.staging.Scans.scan;
import static org.psmapathway.core.staging.Scans.seminalVesicle;
import static org.psmapathway.core.staging.Scans.visceral;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.LocalExtent;
import org.psmapathway.core.record.PetScan;

class PromiseStagerTest {

  private static final StagingSettings V1 = StagingSettings.defaults();
  private static final StagingSettings V2 = V1.withVersion(PromiseVersion.V2);

  private static PromiseStage afterRp(PetScan scan, StagingSettings settings) {
    return PromiseStager.stage(scan, true, settings);
  }

  private static PromiseStage inSitu(PetScan scan, StagingSettings settings) {
    return PromiseStager.stage(scan, false, settings);
  }

  @Nested
  class TestVectorsOfSection1_2 {

    @Test
    void oneExternalIliacRightNodeIsN1aInV1AndN1InV2() {
      PetScan scan = scan(node("n1", EXTERNAL_ILIAC, RIGHT));

      PromiseStage v1 = afterRp(scan, V1);
      assertThat(v1.n()).isEqualTo("miN1a");
      assertThat(v1.nodalRegions()).containsExactly("EI-R");
      assertThat(v1.detailed()).isEqualTo("miT0 miN1a (EI-R) miM0");
      assertThat(v1.compact()).isEqualTo("miT0N1aM0");
      assertThat(afterRp(scan, V2).n()).isEqualTo("miN1");
      assertThat(afterRp(scan, V2).compact()).isEqualTo("miT0N1M0");
    }

    @Test
    void externalIliacAndObturatorRightAreTwoRegions() {
      PetScan scan = scan(node("n1", EXTERNAL_ILIAC, RIGHT), node("n2", OBTURATOR, RIGHT));

      PromiseStage v1 = afterRp(scan, V1);
      assertThat(v1.n()).isEqualTo("miN1b");
      assertThat(v1.regionalRegionCount()).isEqualTo(2);
      assertThat(v1.detailed()).isEqualTo("miT0 miN1b (EI-R, OB-R) miM0");
      assertThat(afterRp(scan, V2).n()).isEqualTo("miN2");
    }

    @Test
    void twoNodesInTheSameRegionAreOneRegion() {
      PromiseStage stage =
          afterRp(scan(node("n1", EXTERNAL_ILIAC, RIGHT), node("n2", EXTERNAL_ILIAC, RIGHT)), V1);

      assertThat(stage.n()).isEqualTo("miN1a");
      assertThat(stage.regionalRegionCount()).isEqualTo(1);
      assertThat(stage.nodalRegions()).containsExactly("EI-R");
    }

    @Test
    void retroperitonealNodeOnlyIsN0M1a() {
      PromiseStage stage = afterRp(scan(node("n1", RETROPERITONEAL, null)), V1);

      assertThat(stage.n()).isEqualTo("miN0");
      assertThat(stage.m()).isEqualTo("miM1a");
      assertThat(stage.extrapelvicNodalRegions()).containsExactly("RP");
      assertThat(stage.nodalRegions()).isEmpty();
      assertThat(stage.detailed()).isEqualTo("miT0 miN0 miM1a (RP)");
      assertThat(stage.group()).isEqualTo(StageGroup.N1_M1A);
      assertThat(stage.warnings()).isEmpty();
    }
  }

  @Nested
  class TestVectorsOfSection1_4 {

    private final PetScan bedNodeRibs =
        scan(bed("t1"), node("n1", EXTERNAL_ILIAC, RIGHT), bone("b1", "rib"), bone("b2", "rib"));

    @Test
    void bedRecurrenceExternalIliacNodeAndTwoRibLesions() {
      PromiseStage stage = afterRp(bedNodeRibs, V1);

      assertThat(stage.compact()).isEqualTo("miTrN1aM1b");
      assertThat(stage.spaced()).isEqualTo("miTr miN1a miM1b");
      assertThat(stage.detailed()).isEqualTo("miTr miN1a (EI-R) miM1b (oligo)");
      assertThat(stage.t()).isEqualTo("miTr");
      assertThat(stage.bonePattern()).isEqualTo(BonePattern.OLIGOMETASTATIC);
      assertThat(stage.boneLesionCount()).isEqualTo(2);
      assertThat(stage.involvedBones()).containsExactly("rib");
      assertThat(stage.group()).isEqualTo(StageGroup.M1B_M1C);
      assertThat(stage.group().label()).isEqualTo("M1b-M1c");
      assertThat(stage.groupNote()).isNull();
      assertThat(stage.version()).isEqualTo(PromiseVersion.V1);
      assertThat(stage.version().number()).isEqualTo(1);
    }

    @Test
    void sameScanInV2() {
      PromiseStage stage = afterRp(bedNodeRibs, V2);

      assertThat(stage.compact()).isEqualTo("miTrN1M1b");
      assertThat(stage.detailed()).isEqualTo("miTr miN1 (EI-R) miM1b (oligo)");
      assertThat(stage.version().number()).isEqualTo(2);
    }

    @Test
    void addingARetroperitonealNodeKeepsSummaryM1bAndListsBothSubcategories() {
      PetScan scan =
          scan(
              bed("t1"),
              node("n1", EXTERNAL_ILIAC, RIGHT),
              bone("b1", "rib"),
              bone("b2", "rib"),
              node("n2", RETROPERITONEAL, null));

      PromiseStage stage = afterRp(scan, V1);

      assertThat(stage.m()).isEqualTo("miM1b");
      assertThat(stage.compact()).isEqualTo("miTrN1aM1b");
      assertThat(stage.mCategories()).containsExactly("miM1a", "miM1b");
      assertThat(stage.detailed()).contains("miM1a (RP) miM1b (oligo)");
      assertThat(stage.detailed()).isEqualTo("miTr miN1a (EI-R) miM1a (RP) miM1b (oligo)");
    }
  }

  @Nested
  class CommonIliac {

    private final PetScan commonIliacLeft = scan(node("n1", COMMON_ILIAC, LEFT));

    @Test
    void isRegionalInV1() {
      PromiseStage stage = afterRp(commonIliacLeft, V1);

      assertThat(stage.compact()).isEqualTo("miT0N1aM0");
      assertThat(stage.nodalRegions()).containsExactly("CI-L");
    }

    @Test
    void isExtrapelvicInV2() {
      PromiseStage stage = afterRp(commonIliacLeft, V2);

      assertThat(stage.compact()).isEqualTo("miT0N0M1a");
      assertThat(stage.detailed()).isEqualTo("miT0 miN0 miM1a (CI-L)");
      assertThat(stage.extrapelvicNodalRegions()).containsExactly("CI-L");
    }

    @Test
    void overrideMakesItExtrapelvicInV1() {
      PromiseStage stage = afterRp(commonIliacLeft, V1.withCommonIliac(NodeCategory.EXTRAPELVIC));

      assertThat(stage.compact()).isEqualTo("miT0N0M1a");
      assertThat(stage.settings().nodeRegionMapping().commonIliacOverridden()).isTrue();
    }

    @Test
    void overrideMakesItRegionalInV2() {
      PromiseStage stage = afterRp(commonIliacLeft, V2.withCommonIliac(NodeCategory.REGIONAL));

      assertThat(stage.compact()).isEqualTo("miT0N1M0");
      assertThat(stage.nodalRegions()).containsExactly("CI-L");
    }

    @Test
    void withAPelvicNodeInV2SplitsIntoNAndM1a() {
      PromiseStage stage =
          afterRp(scan(node("n1", COMMON_ILIAC, RIGHT), node("n2", EXTERNAL_ILIAC, RIGHT)), V2);

      assertThat(stage.detailed()).isEqualTo("miT0 miN1 (EI-R) miM1a (CI-R)");
    }
  }

  @Nested
  class Laterality {

    private final PetScan bothSides =
        scan(node("n1", EXTERNAL_ILIAC, LEFT), node("n2", EXTERNAL_ILIAC, RIGHT));

    @Test
    void leftAndRightAreTwoRegionsByDefault() {
      PromiseStage stage = afterRp(bothSides, V1);

      assertThat(stage.n()).isEqualTo("miN1b");
      assertThat(stage.detailed()).isEqualTo("miT0 miN1b (EI-L, EI-R) miM0");
    }

    @Test
    void leftAndRightAreOneRegionWhenLateralityDoesNotSeparate() {
      PromiseStage stage = afterRp(bothSides, V1.withLateralitySeparatesRegions(false));

      assertThat(stage.n()).isEqualTo("miN1a");
      assertThat(stage.regionalRegionCount()).isEqualTo(1);
      assertThat(stage.nodalRegions()).containsExactly("EI-L", "EI-R");
    }

    @Test
    void sideIsNotShownForUnpairedRegions() {
      PromiseStage stage = afterRp(scan(node("n1", PRESACRAL, LEFT)), V1);

      assertThat(stage.nodalRegions()).containsExactly("PS");
      assertThat(stage.warnings()).isEmpty();
    }

    @Test
    void pairedRegionWithoutSideIsShownWithoutSideAndReported() {
      PromiseStage stage = afterRp(scan(node("n1", EXTERNAL_ILIAC, null)), V1);

      assertThat(stage.detailed()).isEqualTo("miT0 miN1a (EI) miM0");
      assertThat(stage.warnings()).containsExactly("lesion n1: side not recorded for EI");
    }

    @Test
    void nodeWithoutSideDoesNotAddARegionNextToASidedNodeOfTheSameRegion() {
      PromiseStage stage =
          afterRp(scan(node("n1", EXTERNAL_ILIAC, null), node("n2", EXTERNAL_ILIAC, RIGHT)), V1);

      assertThat(stage.n()).isEqualTo("miN1a");
      assertThat(stage.nodalRegions()).containsExactly("EI-R");
    }
  }

  @Nested
  class LocalDiseaseAfterProstatectomy {

    @Test
    void negativeScanIsT0N0M0() {
      PromiseStage stage = afterRp(scan(), V1);

      assertThat(stage.compact()).isEqualTo("miT0N0M0");
      assertThat(stage.detailed()).isEqualTo("miT0 miN0 miM0");
      assertThat(stage.mCategories()).containsExactly("miM0");
      assertThat(stage.bonePattern()).isNull();
      assertThat(stage.group()).isEqualTo(StageGroup.T0N0M0);
      assertThat(stage.group().label()).isEqualTo("T0N0M0");
    }

    @Test
    void bedRecurrenceOnlyIsTrN0M0() {
      PromiseStage stage = afterRp(scan(bed("t1")), V1);

      assertThat(stage.compact()).isEqualTo("miTrN0M0");
      assertThat(stage.group()).isEqualTo(StageGroup.TRN0M0);
      assertThat(stage.group().label()).isEqualTo("TrN0M0");
    }

    @Test
    void seminalVesicleBedLesionIsTr() {
      assertThat(afterRp(scan(seminalVesicle("t1")), V1).t()).isEqualTo("miTr");
    }

    @Test
    void prostateSiteAfterProstatectomyIsTrWithAWarning() {
      PromiseStage stage = afterRp(scan(prostate("t1", LocalExtent.EXTRACAPSULAR)), V1);

      assertThat(stage.t()).isEqualTo("miTr");
      assertThat(stage.warnings())
          .containsExactly(
              "lesion t1: site 'prostate' after radical prostatectomy is contradictory;"
                  + " staged as prostate-bed recurrence (miTr)");
    }
  }

  @Nested
  class ProstateInSitu {

    @Test
    void noLocalLesionIsT0() {
      PromiseStage stage = inSitu(scan(node("n1", OBTURATOR, LEFT)), V1);

      assertThat(stage.compact()).isEqualTo("miT0N1aM0");
      assertThat(stage.group()).isEqualTo(StageGroup.N1_M1A);
      assertThat(stage.groupNote()).startsWith("Prostate in situ: stage groups are defined for");
    }

    @Test
    void organConfinedIsT2InV1AndT2uInV2() {
      PetScan scan = scan(prostate("t1", LocalExtent.ORGAN_CONFINED));

      assertThat(inSitu(scan, V1).t()).isEqualTo("miT2");
      assertThat(inSitu(scan, V2).t()).isEqualTo("miT2u");
    }

    @Test
    void twoOrganConfinedLesionsAreT2mInV2() {
      PetScan scan =
          scan(
              prostate("t1", LocalExtent.ORGAN_CONFINED),
              prostate("t2", LocalExtent.ORGAN_CONFINED));

      assertThat(inSitu(scan, V2).t()).isEqualTo("miT2m");
      assertThat(inSitu(scan, V1).t()).isEqualTo("miT2");
    }

    @Test
    void extracapsularExtensionIsT3a() {
      PetScan scan =
          scan(
              prostate("t1", LocalExtent.ORGAN_CONFINED),
              prostate("t2", LocalExtent.EXTRACAPSULAR));

      assertThat(inSitu(scan, V1).t()).isEqualTo("miT3a");
    }

    @Test
    void seminalVesicleSiteOrExtentIsT3b() {
      assertThat(inSitu(scan(seminalVesicle("t1")), V1).t()).isEqualTo("miT3b");
      assertThat(inSitu(scan(prostate("t1", LocalExtent.SEMINAL_VESICLE)), V1).t())
          .isEqualTo("miT3b");
    }

    @Test
    void extracapsularAndSeminalVesicleIsT3ab() {
      PetScan scan = scan(prostate("t1", LocalExtent.EXTRACAPSULAR), seminalVesicle("t2"));

      PromiseStage stage = inSitu(scan, V1);
      assertThat(stage.t()).isEqualTo("miT3ab");
      assertThat(stage.compact()).isEqualTo("miT3abN0M0");
    }

    @Test
    void adjacentOrgansBeatsT3() {
      PetScan scan =
          scan(
              prostate("t1", LocalExtent.EXTRACAPSULAR),
              prostate("t2", LocalExtent.ADJACENT_ORGANS),
              seminalVesicle("t3"));

      assertThat(inSitu(scan, V2).t()).isEqualTo("miT4");
    }

    @Test
    void missingExtentCountsAsOrganConfinedWithAWarning() {
      PromiseStage stage = inSitu(scan(prostate("t1", null)), V1);

      assertThat(stage.t()).isEqualTo("miT2");
      assertThat(stage.warnings())
          .containsExactly("lesion t1: local extent not recorded; counted as organ-confined");
    }

    @Test
    void localDiseaseOnlyHasNoStageGroup() {
      PromiseStage stage = inSitu(scan(prostate("t1", LocalExtent.EXTRACAPSULAR)), V1);

      assertThat(stage.compact()).isEqualTo("miT3aN0M0");
      assertThat(stage.group()).isNull();
      assertThat(stage.groupNote())
          .isEqualTo(
              "No stage group: stage groups are defined for restaging after radical"
                  + " prostatectomy (Nikitas et al., JNCCN 2026); this prostate is in situ with"
                  + " local disease.");
    }

    @Test
    void prostateBedLesionWithoutProstatectomyIsStagedByExtentWithAWarning() {
      PromiseStage stage = inSitu(scan(bed("t1")), V1);

      assertThat(stage.t()).isEqualTo("miT2");
      assertThat(stage.warnings())
          .containsExactly(
              "lesion t1: local extent not recorded; counted as organ-confined",
              "lesion t1: prostate-bed lesion without radical prostatectomy is contradictory;"
                  + " staged as an intraprostatic lesion by its extent");
    }
  }

  @Nested
  class DistantDisease {

    @Test
    void bonePatternsFollowTheCountBoundaries() {
      assertThat(afterRp(scan(bone("b1", "L3")), V1).detailed()).isEqualTo("miT0 miN0 miM1b (uni)");
      assertThat(
              afterRp(scan(bone("b1", "L3"), bone("b2", "rib"), bone("b3", "sacrum")), V1)
                  .bonePattern())
          .isEqualTo(BonePattern.OLIGOMETASTATIC);
      PromiseStage four =
          afterRp(
              scan(bone("b1", "L3"), bone("b2", "rib"), bone("b3", "sacrum"), bone("b4", "rib")),
              V1);
      assertThat(four.detailed()).isEqualTo("miT0 miN0 miM1b (diss)");
      assertThat(four.involvedBones()).containsExactly("L3", "rib", "sacrum");
    }

    @Test
    void diffuseMarrowInvolvementOverridesCountsAndStandsAlone() {
      assertThat(afterRp(scan(true, List.of()), V1).detailed()).isEqualTo("miT0 miN0 miM1b (dmi)");
      PromiseStage withLesion = afterRp(scan(true, List.of(bone("b1", "rib"))), V1);
      assertThat(withLesion.bonePattern()).isEqualTo(BonePattern.DIFFUSE_MARROW_INVOLVEMENT);
      assertThat(withLesion.boneLesionCount()).isEqualTo(1);
    }

    @Test
    void visceralDiseaseIsM1cWithOrgansAndWinsTheSummary() {
      PetScan scan =
          scan(
              visceral("v1", "lung"),
              visceral("v2", "liver"),
              bone("b1", "rib"),
              node("n1", RETROPERITONEAL, null));

      PromiseStage stage = afterRp(scan, V1);
      assertThat(stage.m()).isEqualTo("miM1c");
      assertThat(stage.compact()).isEqualTo("miT0N0M1c");
      assertThat(stage.detailed())
          .isEqualTo("miT0 miN0 miM1a (RP) miM1b (uni) miM1c (liver, lung)");
      assertThat(stage.visceralOrgans()).containsExactly("liver", "lung");
      assertThat(stage.group()).isEqualTo(StageGroup.M1B_M1C);
    }

    @Test
    void nodeWithoutRegionIsReportedAndNotStaged() {
      PromiseStage stage = afterRp(scan(node("n1", null, null)), V1);

      assertThat(stage.compact()).isEqualTo("miT0N0M0");
      assertThat(stage.warnings())
          .containsExactly(
              "lesion n1: node region not recorded; not staged (miN or miM1a unknown)");
    }
  }
}
