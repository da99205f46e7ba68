package org.psmapathway.core.staging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.PetScan;

/**
 * PSMA expression of a scan: the score of every lesion and the patient-level summary PROMISE asks
 * for (highest and lowest score; clinical-rules.md 1.5). Scores 2–3 are "PSMA-positive".
 *
 * @param tieRule the tie rule the scores were made with
 * @param intermediateReference liver, or spleen for a tracer with hepatobiliary excretion; {@code
 *     null} when the tracer is not recorded
 * @param lesions the score of every lesion, in scan order
 * @param highest highest known score, {@code null} when none is known
 * @param lowest lowest known score, {@code null} when none is known
 * @param psmaPositive {@code true} when any lesion scores ≥2; {@code false} when every lesion is
 *     scored and all are below 2, or the scan has no lesion and no diffuse marrow involvement;
 *     {@code null} when it cannot be told (no score ≥2 and some lesion unknown, or nothing known)
 * @param missing record fields whose absence left a score unknown, without duplicates
 */
public record PsmaExpression(
    TieRule tieRule,
    ReferenceOrgan intermediateReference,
    List<ExpressionScore> lesions,
    Integer highest,
    Integer lowest,
    Boolean psmaPositive,
    List<String> missing) {

  public PsmaExpression {
    Objects.requireNonNull(tieRule, "tieRule");
    lesions = List.copyOf(lesions);
    missing = List.copyOf(missing);
  }

  /** Scores every lesion with the tie rule of the staging settings. */
  public static PsmaExpression assess(PetScan scan, StagingSettings settings) {
    return assess(scan, Objects.requireNonNull(settings, "settings").expressionTieRule());
  }

  /** Scores every lesion of a scan with the scan's tracer and reference uptake. */
  public static PsmaExpression assess(PetScan scan, TieRule tieRule) {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(tieRule, "tieRule");
    List<ExpressionScore> scores = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    Integer highest = null;
    Integer lowest = null;
    boolean anyUnknown = false;
    for (Lesion lesion : scan.lesions()) {
      ExpressionScore score = ExpressionScore.of(lesion, scan.tracer(), scan.reference(), tieRule);
      scores.add(score);
      missing.addAll(score.missing());
      if (score.known()) {
        highest = highest == null ? score.score() : Math.max(highest, score.score());
        lowest = lowest == null ? score.score() : Math.min(lowest, score.score());
      } else {
        anyUnknown = true;
      }
    }
    Boolean positive;
    if (highest != null && highest >= ExpressionScore.POSITIVE_MIN_SCORE) {
      positive = true;
    } else if (anyUnknown) {
      positive = null;
    } else if (scan.lesions().isEmpty() && scan.diffuseMarrowInvolvement()) {
      // Diffuse marrow uptake without lesion measurements has no score.
      positive = null;
      missing.add("lesions (diffuse marrow involvement has no lesion with suvMax)");
    } else {
      positive = false;
    }
    return new PsmaExpression(
        tieRule,
        ReferenceOrgan.intermediate(scan.tracer()),
        scores,
        highest,
        lowest,
        positive,
        List.copyOf(missing));
  }
}
