package org.psmapathway.core.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.psmapathway.core.psa.PsaAssessment;
import org.psmapathway.core.psa.PsaAssessor;
import org.psmapathway.core.psa.PsaSettings;
import org.psmapathway.core.psa.RecurrenceFindings;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtIntent;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.staging.PromiseStager;
import org.psmapathway.core.staging.StagingSettings;
import org.psmapathway.core.text.Dates;

/**
 * Guidance for recurrence after radical prostatectomy (research/clinical-rules.md 6.5): the PSA
 * state, the EAU risk group and the PSMA PET indication, then the options routed by PSMA PET stage
 * group, ADT with salvage RT per AUA/ASTRO/SUO 2024, and the seed-000 (Nikitas, JNCCN 2026)
 * associations. Options, not orders: every item carries the facts that triggered it and its
 * sources. Stateless and thread-safe.
 */
public final class GuidanceAdvisor {

  private static final Comparator<GuidanceItem> BY_KIND =
      Comparator.comparing(GuidanceItem::kind);

  private final GuidanceSettings settings;
  private final StagingSettings staging;
  private final PsaSettings psaSettings;

  public GuidanceAdvisor(GuidanceSettings settings, StagingSettings staging,
      PsaSettings psaSettings) {
    this.settings = settings;
    this.staging = staging;
    this.psaSettings = psaSettings;
  }

  public GuidanceSettings settings() {
    return settings;
  }

  /** Guidance computed from the record alone. */
  public Guidance advise(PatientRecord patient, LocalDate asOf) {
    return advise(patient, asOf, null, null);
  }

  /**
   * Guidance reusing the PSA assessment and stage already computed on the whole record as of
   * {@code asOf}; they are recomputed only when the decision point lies earlier.
   */
  public Guidance advise(PatientRecord patient, LocalDate asOf, PsaAssessment psaAsOf,
      PromiseStage stageAsOf) {
    if (!patient.hadProstatectomy()) {
      return Guidance.notApplicable("the guidance pathway covers recurrence after radical"
          + " prostatectomy; no prostatectomy is recorded");
    }
    DecisionPoint point = DecisionPoint.of(patient, asOf, settings.decisionDate());
    PatientRecord known = point.known();
    if (!known.hadProstatectomy()) {
      return Guidance.notApplicable("the decision date " + Dates.iso(point.date())
          + " precedes the prostatectomy");
    }
    PetScan scan = latestAfterProstatectomy(known);
    // the stage depends on the scan alone: a decision replayed on the latest PET's date (the
    // automatic rule) stages the same scan as the assessment
    boolean sameScan = scan != null && scan == patient.latestPetScan().orElse(null);
    RecurrenceFindings psa = !point.truncated() && psaAsOf != null
        ? psaAsOf.recurrenceFindings() : PsaAssessor.recurrenceFindings(known, psaSettings);
    PromiseStage stage = scan == null ? null
        : sameScan && stageAsOf != null ? stageAsOf : PromiseStager.stage(scan, true, staging);
    List<GuidanceItem> items = new ArrayList<>(12);
    PsaState state = PsaState.of(known, psa, settings, scan, stage, items);
    Radiotherapy priorSalvage = salvageAfterProstatectomy(known);
    if (!state.recurrent()) {
      items.add(ManagementOptions.psaMonitoring(psa));
    } else if (priorSalvage != null) {
      ManagementOptions.afterSalvage(priorSalvage, scan, stage, settings, items);
    } else {
      AuaHighRiskFeatures adt = AuaHighRiskFeatures.of(known, psa.latest(), psa.doublingTime(),
          psa.persistence());
      ManagementOptions.salvage(state, adt, scan, stage, settings, items);
    }
    items.sort(BY_KIND); // stable: findings, options, evidence, each in the order made
    return new Guidance(true, point.date(), point.note(), items);
  }

  /** The latest PSMA PET after the prostatectomy (a restaging scan), or {@code null}. */
  private static PetScan latestAfterProstatectomy(PatientRecord p) {
    PetScan found = null;
    for (PetScan s : p.petScans()) {
      if (s.date().isAfter(p.prostatectomy().date())) {
        found = s;
      }
    }
    return found;
  }

  /** The latest local radiotherapy course after the prostatectomy, or {@code null}. */
  private static Radiotherapy salvageAfterProstatectomy(PatientRecord p) {
    Radiotherapy found = null;
    for (Radiotherapy rt : p.radiotherapyCourses()) {
      if (rt.start().isAfter(p.prostatectomy().date())
          && (rt.intent() == RtIntent.SALVAGE || rt.intent() == RtIntent.ADJUVANT || rt.local())) {
        found = rt;
      }
    }
    return found;
  }
}
