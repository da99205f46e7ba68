package org.psmapathway.core.staging;

import org.psmapathway.core.text.Decimals;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
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
 * <p>The rationale is written when it is asked for: a cohort screen scores every lesion of every
 * patient and reads only the scores.
 *
 * @param lesionId the lesion's id
 * @param score 0–3, or {@code null} when it cannot be decided
 * @param rationale the comparison that decided the score, or what is missing
 * @param missing record fields needed to decide, e.g. {@code reference.parotidSuvMean} or {@code
 *     lesions[L1].suvMax}; empty when the score is known
 */
public final class ExpressionScore {

  /** Lowest score counted as PSMA-positive (radioligand target present; V2 tool, E-PSMA). */
  public static final int POSITIVE_MIN_SCORE = 2;

  private static final String[] LABELS = {"no", "low", "intermediate", "high"};

  private final String lesionId;
  private final Integer score;
  private final Supplier<String> rationale;
  private final List<String> missing;

  public ExpressionScore(String lesionId, Integer score, String rationale, List<String> missing) {
    this(lesionId, score, constant(Objects.requireNonNull(rationale, "rationale")), missing);
  }

  private ExpressionScore(
      String lesionId, Integer score, Supplier<String> rationale, List<String> missing) {
    if (score != null && (score < 0 || score > 3)) {
      throw new IllegalArgumentException("score must be 0–3, was " + score);
    }
    this.lesionId = lesionId;
    this.score = score;
    this.rationale = rationale;
    this.missing = List.copyOf(missing);
  }

  private static Supplier<String> constant(String text) {
    return () -> text;
  }

  public String lesionId() {
    return lesionId;
  }

  public Integer score() {
    return score;
  }

  /** The comparison that decided the score, or what is missing. */
  public String rationale() {
    return rationale.get();
  }

  public List<String> missing() {
    return missing;
  }

  public boolean known() {
    return score != null;
  }

  /** E-PSMA label: no, low, intermediate, high; {@code null} when unknown. */
  public String label() {
    return score == null ? null : LABELS[score];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpressionScore e
        && Objects.equals(lesionId, e.lesionId)
        && Objects.equals(score, e.score)
        && rationale().equals(e.rationale())
        && missing.equals(e.missing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lesionId, score, rationale(), missing);
  }

  @Override
  public String toString() {
    return "ExpressionScore[lesionId=" + lesionId + ", score=" + score + ", rationale="
        + rationale() + ", missing=" + missing + "]";
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
    for (int i = 0; i < organs.length; i++) {
      ReferenceOrgan organ = organs[i];
      Double referenceSuv = organ == null ? null : organ.suvMean(uptake);
      if (referenceSuv == null) {
        return unknown(id, suvMax, organs, i, uptake, tieRule);
      }
      if (tieRule.reaches(suvMax, referenceSuv)) {
        int reached = i;
        return new ExpressionScore(id, tiers[i], () -> "suvMax " + Decimals.plain(suvMax) + " "
            + tieRule.reachedSign() + " " + bound(organs[reached], uptake)
            + (reached == 0 ? "" : " and " + tieRule.notReachedSign() + " "
                + bound(organs[reached - 1], uptake)), List.of());
      }
    }
    return new ExpressionScore(id, 0, () -> "suvMax " + Decimals.plain(suvMax) + " "
        + tieRule.notReachedSign() + " " + bound(organs[organs.length - 1], uptake), List.of());
  }

  /** "liver SUVmean 5.1": a reference the cascade compared with (its value is known). */
  private static String bound(ReferenceOrgan organ, ReferenceUptake uptake) {
    return organ.label() + " SUVmean " + Decimals.plain(organ.suvMean(uptake));
  }

  /** The cascade stopped at a reference that is not known: name it and every one still needed. */
  private static ExpressionScore unknown(
      String id,
      double suvMax,
      ReferenceOrgan[] organs,
      int stop,
      ReferenceUptake uptake,
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
    // the last reference passed without reaching it, if any
    ReferenceOrgan notReached = stop == 0 ? null : organs[stop - 1];
    return new ExpressionScore(id, null, () -> "suvMax " + suvMax
        + (notReached == null ? "" : " " + tieRule.notReachedSign() + " "
            + bound(notReached, uptake))
        + ", but " + what + ": score cannot be decided", missing);
  }
}
