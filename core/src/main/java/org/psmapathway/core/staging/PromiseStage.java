package org.psmapathway.core.staging;

import java.util.List;
import java.util.Objects;

/**
 * A PROMISE miTNM stage of one PSMA PET scan, built by {@link PromiseStager}.
 *
 * <p>String forms (clinical-rules.md 1.4): {@code compact} prefixes {@code mi} once then the T, N
 * and M suffixes ({@code miTrN1aM1b}); {@code spaced} is the E-PSMA/PROMISE report form ({@code
 * miTr miN1a miM1b}); {@code detailed} adds bracketed details as the V2 tool does ({@code miTr
 * miN1a (EI-R) miM1b (oligo)}) and lists every M subcategory present ({@code miM1a (RP) miM1b
 * (oligo)}), while {@code m} is the summary (highest, M1c &gt; M1b &gt; M1a, as in AJCC TNM).
 * Involved bones are recorded in {@code involvedBones}, not in {@code detailed}.
 *
 * @param version PROMISE version of the labels
 * @param settings the settings the stage was made with (reproducibility)
 * @param afterProstatectomy whether the patient was staged as post radical prostatectomy
 * @param t miT: miT0, miTr, miT2 (V2: miT2u/miT2m), miT3a, miT3b, miT3ab, miT4
 * @param n miN: V1 miN0/miN1a/miN1b, V2 miN0/miN1/miN2
 * @param m summary miM: miM0, miM1a, miM1b or miM1c
 * @param mCategories every M subcategory present, ascending ({@code [miM1a, miM1b]}); {@code
 *     [miM0]} when none
 * @param nodalRegions involved regional (miN) regions as ABBR or ABBR-SIDE, template order
 * @param extrapelvicNodalRegions involved extrapelvic (miM1a) regions, same form
 * @param regionalRegionCount distinct regional regions as counted for miN1a/miN1b (depends on
 *     {@link StagingSettings#lateralitySeparatesRegions()})
 * @param bonePattern miM1b pattern, {@code null} without bone disease
 * @param boneLesionCount number of bone lesions recorded (0 with diffuse marrow involvement only)
 * @param involvedBones distinct bones recorded on bone lesions, sorted
 * @param visceralOrgans distinct organs of miM1c lesions, sorted
 * @param group UCLA/JNCCN 2026 stage group, {@code null} when undefined (prostate in situ with
 *     local disease only)
 * @param groupNote why the group is missing or how to read it; {@code null} when nothing to add
 * @param warnings contradictory or missing inputs met while staging, sorted; empty when none
 */
public record PromiseStage(
    PromiseVersion version,
    StagingSettings settings,
    boolean afterProstatectomy,
    String t,
    String n,
    String m,
    List<String> mCategories,
    List<String> nodalRegions,
    List<String> extrapelvicNodalRegions,
    int regionalRegionCount,
    BonePattern bonePattern,
    int boneLesionCount,
    List<String> involvedBones,
    List<String> visceralOrgans,
    StageGroup group,
    String groupNote,
    List<String> warnings) {

  public PromiseStage {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(m, "m");
    mCategories = List.copyOf(mCategories);
    nodalRegions = List.copyOf(nodalRegions);
    extrapelvicNodalRegions = List.copyOf(extrapelvicNodalRegions);
    involvedBones = List.copyOf(involvedBones);
    visceralOrgans = List.copyOf(visceralOrgans);
    warnings = List.copyOf(warnings);
  }

  // The string forms are written from the parts when asked for, not with every stage: screening a
  // cohort reads miN and miM only.

  /** e.g. {@code miTrN1aM1b}. */
  public String compact() {
    return "mi" + t.substring(2) + n.substring(2) + m.substring(2);
  }

  /** e.g. {@code miTr miN1a miM1b}. */
  public String spaced() {
    return t + " " + n + " " + m;
  }

  /** e.g. {@code miTr miN1a (EI-R) miM1b (oligo)}: every M subcategory present, with details. */
  public String detailed() {
    StringBuilder text = new StringBuilder(t).append(' ').append(n);
    appendDetail(text, nodalRegions);
    for (String category : mCategories) {
      text.append(' ').append(category);
      switch (category) {
        case "miM1a" -> appendDetail(text, extrapelvicNodalRegions);
        case "miM1b" -> appendDetail(text, List.of(bonePattern.code()));
        case "miM1c" -> appendDetail(text, visceralOrgans);
        default -> { } // miM0: no details
      }
    }
    return text.toString();
  }

  private static void appendDetail(StringBuilder text, List<String> details) {
    if (!details.isEmpty()) {
      text.append(" (").append(String.join(", ", details)).append(')');
    }
  }
}
