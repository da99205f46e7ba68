package org.psmapathway.core.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.LocalExtent;
import org.psmapathway.core.record.NodeRegion;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Side;

/** Seeded property checks (no jqwik): each seed generates 50 random scans. */
class PromiseStagerPropertiesTest {

  private static final List<String> M_ORDER = List.of("miM0", "miM1a", "miM1b", "miM1c");
  private static final String[] BONES = {"rib", "L3", "sacrum", "femur", null};
  private static final String[] ORGANS = {"lung", "liver", "adrenal", null};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void stageDoesNotDependOnLesionOrder(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      List<Lesion> lesions = randomLesions(random, random.nextInt(9));
      boolean dmi = random.nextInt(10) == 0;
      boolean afterProstatectomy = random.nextBoolean();
      StagingSettings settings = randomSettings(random);
      PromiseStage original =
          PromiseStager.stage(Scans.scan(dmi, lesions), afterProstatectomy, settings);

      List<Lesion> shuffled = new ArrayList<>(lesions);
      Collections.shuffle(shuffled, random);
      PromiseStage reordered =
          PromiseStager.stage(Scans.scan(dmi, shuffled), afterProstatectomy, settings);

      assertThat(reordered).isEqualTo(original);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingALesionNeverLowersTheSummaryM(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      List<Lesion> lesions = randomLesions(random, random.nextInt(6));
      boolean dmi = random.nextInt(10) == 0;
      boolean afterProstatectomy = random.nextBoolean();
      StagingSettings settings = randomSettings(random);
      PromiseStage before =
          PromiseStager.stage(Scans.scan(dmi, lesions), afterProstatectomy, settings);

      List<Lesion> more = new ArrayList<>(lesions);
      more.add(randomLesion(random, "added"));
      PromiseStage after = PromiseStager.stage(Scans.scan(dmi, more), afterProstatectomy, settings);

      assertThat(M_ORDER.indexOf(after.m()))
          .as("%s then %s", before.detailed(), after.detailed())
          .isGreaterThanOrEqualTo(M_ORDER.indexOf(before.m()));
      assertThat(M_ORDER).contains(after.m());
    }
  }

  private static StagingSettings randomSettings(Random random) {
    NodeCategory[] commonIliac = {null, NodeCategory.REGIONAL, NodeCategory.EXTRAPELVIC};
    return new StagingSettings(
        PromiseVersion.values()[random.nextInt(2)],
        commonIliac[random.nextInt(3)],
        random.nextBoolean(),
        TieRule.values()[random.nextInt(2)]);
  }

  private static List<Lesion> randomLesions(Random random, int count) {
    List<Lesion> lesions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lesions.add(randomLesion(random, "l" + i));
    }
    return lesions;
  }

  private static Lesion randomLesion(Random random, String id) {
    LesionSite site = LesionSite.values()[random.nextInt(LesionSite.values().length)];
    NodeRegion region = null;
    Side side = null;
    String bone = null;
    String organ = null;
    LocalExtent extent = null;
    switch (site) {
      case NODE -> {
        region = NodeRegion.values()[random.nextInt(NodeRegion.values().length)];
        int s = random.nextInt(Side.values().length + 1);
        side = s == Side.values().length ? null : Side.values()[s];
      }
      case BONE -> bone = BONES[random.nextInt(BONES.length)];
      case VISCERAL -> organ = ORGANS[random.nextInt(ORGANS.length)];
      default -> {
        int e = random.nextInt(LocalExtent.values().length + 1);
        extent = e == LocalExtent.values().length ? null : LocalExtent.values()[e];
      }
    }
    return new Lesion(id, site, region, side, bone, organ, extent, null, null, null);
  }

  /** Guards the generator: the seeds above do produce every M category. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatorReachesEverySummaryM(long seed) {
    Random random = new Random(seed);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      PetScan scan = Scans.scan(false, randomLesions(random, random.nextInt(4)));
      seen.add(PromiseStager.stage(scan, true).m());
    }
    assertThat(seen).containsAll(M_ORDER);
  }
}
