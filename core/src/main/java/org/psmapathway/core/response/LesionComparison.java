package org.psmapathway.core.response;

import java.util.List;
import java.util.Objects;

/**
 * Lesion-by-lesion comparison of two PSMA PET scans of one patient, built by {@link
 * LesionTracker}.
 *
 * @param changes one entry per lesion: lesions of the current scan in scan order, then the
 *     resolved ones in prior-scan order
 * @param progressingCount NEW + PROGRESSING lesions, all local lesions (prostate, prostate bed,
 *     seminal vesicle) together counting as one (OLYMPIAN NCT07038304: "progression of
 *     pre-existing metastases and/or new metastases and/or local relapse")
 * @param oligoprogression 1 ≤ progressingCount ≤ {@link TrackingSettings#oligoprogressionMax()}
 * @param metastaticLesionCount non-local lesions on the current scan
 * @param diffuseMarrowInvolvement the current scan's diffuse-marrow flag: the metastatic lesions
 *     are then too many to count ({@link #metastaticLesionCountLabel()} is "many")
 * @param oligometastatic 1 ≤ metastaticLesionCount ≤ {@link TrackingSettings#oligometastaticMax()}
 *     and no diffuse marrow involvement
 * @param settings the thresholds used
 * @param warnings lesions that could not be evaluated or were counted with an assumption
 */
public record LesionComparison(
    List<LesionChange> changes,
    int progressingCount,
    boolean oligoprogression,
    int metastaticLesionCount,
    boolean diffuseMarrowInvolvement,
    boolean oligometastatic,
    TrackingSettings settings,
    List<String> warnings) {

  public LesionComparison {
    changes = List.copyOf(changes);
    Objects.requireNonNull(settings, "settings");
    warnings = List.copyOf(warnings);
  }

  /** The changes with one status, in {@link #changes()} order. */
  public List<LesionChange> withStatus(LesionStatus status) {
    return changes.stream().filter(change -> change.status() == status).toList();
  }

  /** The metastatic lesion count as reported: the number, or "many" with diffuse marrow. */
  public String metastaticLesionCountLabel() {
    return diffuseMarrowInvolvement ? "many" : String.valueOf(metastaticLesionCount);
  }
}
