package org.psmapathway.core.staging;

import org.psmapathway.core.text.Decimals;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.PsmaTracer;
import org.psmapathway.core.record.ReferenceUptake;

/**
 * PSMA expression score of one lesion (PROMISE/E-PSMA; clinical-rules.md 1.5 and 9.2): lesion
 * SUVmax against reference SUVmean — 0 below blood pool, 1 from blood pool to below liver, 2 from
 * liver to below parotid, 3 at or above parotid (ties as {@link TieRule}). The spleen replaces the
 * liver for tracers with hepatobiliary excretion (PROMISE V2).
 *
 * <p>The score is decided top-down: parotid first, then liver (or spleen), then blood pool. A
 * score is known as soon as a measured reference is reached, so references below it are not needed
 * (SUVmax ≥ parotid is 3 whatever the liver); a missing reference that must be passed leaves the
 * score unknown. Nothing is guessed.
 *
 * @param lesionId the lesion's id
 * @param score 0–3, or {@code null} when it cannot be decided
 * @param rationale the comparison that decided the score, or what is missing
 * @param missing record fields needed to decide, e.g. {@code reference.parotidSuvMean} or {@code
 *     lesions[L1].suvMax}; empty when the score is known
 */
public record ExpressionScore(
    String lesionId, Integer score, String rationale, List<String> missing) {

  /** Lowest score counted as PSMA-positive (radioligand target present; V2 tool, E-PSMA). */
  public static final int POSITIVE_MIN_SCORE = 2;

  private static final String[] LABELS = {"no", "low", "intermediate", "high"};

  public ExpressionScore {
    Objects.requireNonNull(rationale, "rationale");
    missing = List.copyOf(missing);
    if (score != null && (score < 0 || score > 3)) {
      throw new IllegalArgumentException("score must be 0–3, was " + score);
    }
  }

  public boolean known() {
    return score != null;
  }

  /** E-PSMA label: no, low, intermediate, high; {@code null} when unknown. */
  public String label() {
    return score == null ? null : LABELS[score];
  }

  /** Scores one lesion of a scan. */
  public static ExpressionScore of(
      Lesion lesion, PsmaTracer tracer, ReferenceUptake reference, TieRule tieRule) {
    Objects.requireNonNull(lesion, "lesion");
    Objects.requireNonNull(tieRule, "tieRule");
    ReferenceUptake uptake = reference == null ? ReferenceUptake.NONE : reference;
    String id = lesion.id();
    if (lesion.suvMax() == null) {
      return new ExpressionScore(
          id,
          null,
          "lesion " + id + ": suvMax not recorded",
          List.of("lesions[" + id + "].suvMax"));
    }
    double suvMax = lesion.suvMax();
    // Top-down cascade: each tier with the organ bounding it from below.
    ReferenceOrgan[] organs = {
      ReferenceOrgan.PAROTID, ReferenceOrgan.intermediate(tracer), ReferenceOrgan.BLOOD_POOL
    };
    int[] tiers = {3, 2, 1};
    String notReached = null; // the last reference passed without reaching it
    for (int i = 0; i < organs.length; i++) {
      ReferenceOrgan organ = organs[i];
      Double referenceSuv = organ == null ? null : organ.suvMean(uptake);
      if (referenceSuv == null) {
        return unknown(id, suvMax, organs, i, uptake, notReached, tieRule);
      }
      String bound = organ.label() + " SUVmean " + Decimals.plain(referenceSuv);
      if (tieRule.reaches(suvMax, referenceSuv)) {
        String text =
            "suvMax " + Decimals.plain(suvMax) + " " + tieRule.reachedSign() + " " + bound
                + (notReached == null ? "" : " and " + tieRule.notReachedSign() + " " + notReached);
        return new ExpressionScore(id, tiers[i], text, List.of());
      }
      notReached = bound;
    }
    return new ExpressionScore(
        id, 0, "suvMax " + Decimals.plain(suvMax) + " " + tieRule.notReachedSign() + " " + notReached, List.of());
  }

  /** The cascade stopped at a reference that is not known: name it and every one still needed. */
  private static ExpressionScore unknown(
      String id,
      double suvMax,
      ReferenceOrgan[] organs,
      int stop,
      ReferenceUptake uptake,
      String notReached,
      TieRule tieRule) {
    List<String> missing = new ArrayList<>();
    for (int i = stop; i < organs.length; i++) {
      if (organs[i] == null) {
        missing.add("tracer");
      } else if (organs[i].suvMean(uptake) == null) {
        missing.add(organs[i].field());
      }
    }
    String what =
        organs[stop] == null
            ? "tracer not recorded (liver or spleen reference cannot be chosen)"
            : organs[stop].field() + " not recorded";
    String text =
        "suvMax " + suvMax
            + (notReached == null ? "" : " " + tieRule.notReachedSign() + " " + notReached)
            + ", but " + what + ": score cannot be decided";
    return new ExpressionScore(id, null, text, missing);
  }
}
