package org.psmapathway.core.staging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.LocalExtent;
import org.psmapathway.core.record.NodeRegion;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Side;

/**
 * PROMISE miTNM staging of one PSMA PET scan (Eiber et al., J Nucl Med 2018;59:469, V1; Seifert et
 * al., Eur Urol 2023;83:405, V2 as transcribed; clinical-rules.md 1.1–1.4, 9.2).
 *
 * <p>The result does not depend on the order of the lesions. Contradictory or incomplete lesions
 * are staged as described on {@link #stage} and reported in {@link PromiseStage#warnings()}, never
 * silently.
 */
public final class PromiseStager {

  private static final String GROUPS_SOURCE =
      "stage groups are defined for restaging after radical prostatectomy"
          + " (Nikitas et al., JNCCN 2026)";

  private PromiseStager() {}

  /** Stages with {@link StagingSettings#defaults()}. */
  public static PromiseStage stage(PetScan scan, boolean afterProstatectomy) {
    return stage(scan, afterProstatectomy, StagingSettings.defaults());
  }

  /**
   * Stages one scan.
   *
   * <ul>
   *   <li>miT after prostatectomy: any prostate-bed or seminal-vesicle(-bed) lesion is miTr, else
   *       miT0 (PROMISE: miTr = local recurrence after RP). A {@code prostate} lesion after RP is
   *       contradictory: it is staged as miTr with a warning.
   *   <li>miT with the prostate in situ: the highest extent over local lesions: miT4 (adjacent
   *       organs) beats miT3; seminal-vesicle site or extent is miT3b, extracapsular extension
   *       miT3a, both miT3ab (V2 transcription joins a and b sorted); otherwise miT2, with the
   *       focality suffix u/m in V2. A lesion without extent counts as organ-confined, with a
   *       warning; a prostate-bed lesion without prostatectomy is staged by its extent, with a
   *       warning.
   *   <li>miN counts distinct regional regions (not nodes); miM1a lists extrapelvic regions;
   *       miM1b bone pattern per {@link BonePattern#of}; miM1c lists organs. Nodes without a
   *       region cannot be categorised and are left out, with a warning.
   * </ul>
   */
  public static PromiseStage stage(
      PetScan scan, boolean afterProstatectomy, StagingSettings settings) {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(settings, "settings");
    PromiseVersion version = settings.version();
    NodeRegionMapping mapping = settings.nodeRegionMapping();
    SortedSet<String> warnings = new TreeSet<>();

    List<Lesion> local = new ArrayList<>();
    List<Lesion> regionalNodes = new ArrayList<>();
    List<Lesion> extrapelvicNodes = new ArrayList<>();
    int boneLesions = 0;
    List<String> bones = new ArrayList<>();
    int visceralLesions = 0;
    List<String> organs = new ArrayList<>();

    for (Lesion lesion : scan.lesions()) {
      if (lesion.site() == null) {
        warnings.add(describe(lesion) + ": site not recorded; not staged");
        continue;
      }
      switch (lesion.site()) {
        case PROSTATE, PROSTATE_BED, SEMINAL_VESICLE -> local.add(lesion);
        case NODE -> {
          if (lesion.region() == null) {
            warnings.add(describe(lesion)
                + ": node region not recorded; not staged (miN or miM1a unknown)");
          } else if (mapping.category(lesion.region()) == NodeCategory.REGIONAL) {
            regionalNodes.add(lesion);
          } else {
            extrapelvicNodes.add(lesion);
          }
        }
        case BONE -> {
          boneLesions++;
          if (lesion.bone() == null || lesion.bone().isBlank()) {
            warnings.add(describe(lesion) + ": bone not recorded");
          } else {
            bones.add(lesion.bone());
          }
        }
        case VISCERAL -> {
          visceralLesions++;
          if (lesion.organ() == null || lesion.organ().isBlank()) {
            warnings.add(describe(lesion) + ": organ not recorded");
          } else {
            organs.add(lesion.organ());
          }
        }
      }
    }

    String t =
        afterProstatectomy
            ? postProstatectomyT(local, warnings)
            : prostateInSituT(local, version, warnings);

    Regions regional = regions(regionalNodes, settings, warnings);
    Regions extrapelvic = regions(extrapelvicNodes, settings, warnings);
    String n =
        switch (Math.min(regional.count(), 2)) {
          case 0 -> "miN0";
          case 1 -> version.singleRegionN();
          default -> version.multipleRegionsN();
        };

    BonePattern bonePattern = BonePattern.of(boneLesions, scan.diffuseMarrowInvolvement());
    EnumSet<MetastasisCategory> present = EnumSet.noneOf(MetastasisCategory.class);
    if (!extrapelvic.labels().isEmpty()) {
      present.add(MetastasisCategory.M1A);
    }
    if (bonePattern != null) {
      present.add(MetastasisCategory.M1B);
    }
    if (visceralLesions > 0) {
      present.add(MetastasisCategory.M1C);
    }
    // AJCC TNM convention kept by PROMISE reports: the summary M is the highest subcategory.
    MetastasisCategory summaryM =
        present.stream().max(Comparator.naturalOrder()).orElse(MetastasisCategory.M0);
    List<String> mCategories =
        present.isEmpty()
            ? List.of(MetastasisCategory.M0.label())
            : present.stream().map(MetastasisCategory::label).toList();

    StageGroup group = group(t, regional.count() > 0, present);
    String groupNote = groupNote(group, afterProstatectomy);

    return new PromiseStage(
        version,
        settings,
        afterProstatectomy,
        t,
        n,
        summaryM.label(),
        mCategories,
        regional.labels(),
        extrapelvic.labels(),
        regional.count(),
        bonePattern,
        boneLesions,
        sortedDistinct(bones),
        sortedDistinct(organs),
        group,
        groupNote,
        List.copyOf(warnings));
  }

  /** miTr when any local lesion is present after radical prostatectomy, else miT0. */
  private static String postProstatectomyT(List<Lesion> local, Set<String> warnings) {
    for (Lesion lesion : local) {
      if (lesion.site() == LesionSite.PROSTATE) {
        warnings.add(
            describe(lesion)
                + ": site 'prostate' after radical prostatectomy is contradictory;"
                + " staged as prostate-bed recurrence (miTr)");
      }
    }
    return local.isEmpty() ? "miT0" : "miTr";
  }

  /** The highest local extent with the prostate in situ (PROMISE V1 table, Eiber 2018). */
  private static String prostateInSituT(
      List<Lesion> local, PromiseVersion version, Set<String> warnings) {
    if (local.isEmpty()) {
      return "miT0";
    }
    boolean extracapsular = false;
    boolean seminalVesicle = false;
    boolean adjacentOrgans = false;
    for (Lesion lesion : local) {
      if (lesion.site() == LesionSite.PROSTATE_BED) {
        warnings.add(
            describe(lesion)
                + ": prostate-bed lesion without radical prostatectomy is contradictory;"
                + " staged as an intraprostatic lesion by its extent");
      }
      LocalExtent extent = lesion.extent();
      if (lesion.site() == LesionSite.SEMINAL_VESICLE || extent == LocalExtent.SEMINAL_VESICLE) {
        seminalVesicle = true;
      }
      if (extent == LocalExtent.EXTRACAPSULAR) {
        extracapsular = true;
      }
      if (extent == LocalExtent.ADJACENT_ORGANS) {
        adjacentOrgans = true;
      }
      if (extent == null && lesion.site() != LesionSite.SEMINAL_VESICLE) {
        warnings.add(describe(lesion) + ": local extent not recorded; counted as organ-confined");
      }
    }
    if (adjacentOrgans) {
      return "miT4";
    }
    if (extracapsular && seminalVesicle) {
      return "miT3ab"; // suffix order a then b (clinical-rules.md 1.4 rule 3)
    }
    if (seminalVesicle) {
      return "miT3b";
    }
    if (extracapsular) {
      return "miT3a";
    }
    if (!version.t2Focality()) {
      return "miT2";
    }
    return local.size() == 1 ? "miT2u" : "miT2m";
  }

  /** Involved node regions: labels for display and the count for miN1a vs miN1b. */
  private record Regions(List<String> labels, int count) {}

  /** One involved region as displayed: the side only for paired regions, when recorded. */
  private record RegionKey(NodeRegion region, Side side) {
    static final Comparator<RegionKey> ORDER =
        Comparator.comparing(RegionKey::region)
            .thenComparing(RegionKey::side, Comparator.nullsFirst(Comparator.naturalOrder()));

    String label() {
      return side == null
          ? region.promiseAbbreviation()
          : region.promiseAbbreviation() + "-" + side.abbreviation();
    }
  }

  /**
   * Distinct regions of a set of nodes. A paired region's side is part of the region when {@code
   * lateralitySeparatesRegions} (EI-L and EI-R are two regions); otherwise the region alone counts.
   * A node of a paired region without a recorded side does not add a region when the same region
   * has a node with a side (it may be that side), and is reported.
   */
  private static Regions regions(
      List<Lesion> nodes, StagingSettings settings, Set<String> warnings) {
    SortedSet<RegionKey> keys = new TreeSet<>(RegionKey.ORDER);
    for (Lesion node : nodes) {
      NodeRegion region = node.region();
      Side side = region.lateral() ? node.side() : null;
      if (region.lateral() && side == null) {
        warnings.add(
            describe(node) + ": side not recorded for " + region.promiseAbbreviation());
      }
      keys.add(new RegionKey(region, side));
    }
    keys.removeIf(
        key ->
            key.side() == null
                && keys.stream().anyMatch(k -> k.region() == key.region() && k.side() != null));
    List<String> labels = keys.stream().map(RegionKey::label).toList();
    int count =
        settings.lateralitySeparatesRegions()
            ? keys.size()
            : (int) keys.stream().map(RegionKey::region).distinct().count();
    return new Regions(labels, count);
  }

  /** Stage groups of Nikitas et al., JNCCN 2026 (seed 000). */
  private static StageGroup group(
      String t, boolean regionalNodes, Set<MetastasisCategory> present) {
    if (present.contains(MetastasisCategory.M1B) || present.contains(MetastasisCategory.M1C)) {
      return StageGroup.M1B_M1C;
    }
    if (regionalNodes || present.contains(MetastasisCategory.M1A)) {
      return StageGroup.N1_M1A;
    }
    if (t.equals("miTr")) {
      return StageGroup.TRN0M0;
    }
    if (t.equals("miT0")) {
      return StageGroup.T0N0M0;
    }
    return null; // prostate in situ, local disease only
  }

  private static String groupNote(StageGroup group, boolean afterProstatectomy) {
    if (afterProstatectomy) {
      return null;
    }
    if (group == null) {
      return "No stage group: " + GROUPS_SOURCE + "; this prostate is in situ with local disease.";
    }
    return "Prostate in situ: " + GROUPS_SOURCE + "; group applied by nodal and distant disease.";
  }

  private static String describe(Lesion lesion) {
    return "lesion " + (lesion.id() == null ? "(no id)" : lesion.id());
  }

  /** PROMISE miM subcategories in ascending order of severity (M1c &gt; M1b &gt; M1a). */
  private enum MetastasisCategory {
    M0("miM0"),
    M1A("miM1a"),
    M1B("miM1b"),
    M1C("miM1c");

    private final String label;

    MetastasisCategory(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** The distinct names in alphabetical order (a scan names a few: a sort beats a tree set). */
  private static List<String> sortedDistinct(List<String> names) {
    if (names.size() < 2) {
      return List.copyOf(names);
    }
    String[] sorted = names.toArray(new String[0]);
    Arrays.sort(sorted);
    int distinct = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (!sorted[i].equals(sorted[distinct - 1])) {
        sorted[distinct++] = sorted[i];
      }
    }
    return List.of(Arrays.copyOf(sorted, distinct));
  }
}
