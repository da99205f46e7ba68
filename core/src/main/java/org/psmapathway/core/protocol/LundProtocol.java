package org.psmapathway.core.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.radiobiology.AlphaBeta;
import org.psmapathway.core.radiobiology.LinearQuadratic;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtIntent;
import org.psmapathway.core.staging.NodeCategory;
import org.psmapathway.core.staging.NodeRegionMapping;
import org.psmapathway.core.staging.PromiseVersion;
import org.psmapathway.core.text.Decimals;

/**
 * The adaptive salvage-RT protocol of NCT02699424 (Lund; seed 004, research/clinical-rules.md 5.1
 * and 9.1): every patient starts 2 Gy fractions to the prostate bed; after 25 fractions (50 Gy)
 * the weekly PSA classifies responders and non-responders. Responders complete prostate-bed RT;
 * non-responders get the PSMA-PET-guided adaptation — a boost to a visible local recurrence,
 * elective pelvic nodal RT with a simultaneous boost to PET-positive nodes when there are at most
 * 3 — and with more than 3 nodes or distant disease no further RT but a referral for systemic
 * therapy. PSA is measured weekly during RT and 6, 12, 24 and 60 months after.
 */
public final class LundProtocol {

  private static final String REGISTRY = "NCT02699424 registry";
  private static final String PROPER2 = "PROPER2 (NCT04858880)";
  private static final int[] FOLLOW_UP_MONTHS = {6, 12, 24, 60};

  private LundProtocol() {}

  public static LundPlan plan(PatientRecord p, LundSettings s) throws ProtocolInputException {
    Radiotherapy course = salvageCourse(p);
    LocalDate start = course.start();
    LocalDate decision = TreatmentDays.fraction(start, s.decisionFraction());
    List<String> notes = new ArrayList<>();
    notes.add("responder rule " + s.rule().code() + " with threshold "
        + Decimals.plain(s.threshold()) + ": the registry text of NCT02699424 states no"
        + " threshold; this is a setting");
    PsaValue baseline = lastOnOrBefore(p.psa(), start);
    Classification c = classify(p, s, start, decision, baseline);

    PetScan pet = lastScanOnOrBefore(p.petScans(), decision);
    List<String> local = new ArrayList<>();
    List<String> nodes = new ArrayList<>();
    List<String> distant = new ArrayList<>();
    if (pet != null) {
      for (Lesion l : pet.lesions()) {
        switch (l.site()) {
          case PROSTATE, PROSTATE_BED, SEMINAL_VESICLE -> local.add(l.id());
          case NODE -> (isPelvic(l) ? nodes : distant).add(l.id());
          default -> distant.add(l.id());
        }
      }
      if (pet.diffuseMarrowInvolvement()) {
        distant.add("diffuse marrow involvement");
      }
    }
    String findings = pet == null ? "no PSMA PET on or before the decision date"
        : "PSMA PET " + pet.date() + ": " + describe(local, nodes, distant);

    List<PlannedTarget> targets = new ArrayList<>();
    String plan;
    boolean systemic = false;
    int lastFraction;
    if (c.cls == PsaResponseClass.RESPONDER) {
      targets.add(target("prostate-bed", null, s.bedGy(), s.bedFractions(), 1, REGISTRY));
      plan = "PSA responder: complete prostate-bed RT to " + Decimals.trimmed(s.bedGy()) + " Gy in "
          + s.bedFractions() + " fractions; no further therapy";
      lastFraction = s.bedFractions();
    } else if (c.cls == PsaResponseClass.UNDETERMINED) {
      targets.add(initialPhase(s));
      plan = "classification undetermined: " + c.rationale + "; the plan cannot be chosen";
      lastFraction = s.decisionFraction();
    } else if (pet == null) {
      targets.add(initialPhase(s));
      plan = "PSA non-responder without a PSMA PET: the protocol's adaptation needs the pre-RT"
          + " PET; obtain it before choosing";
      lastFraction = s.decisionFraction();
    } else if (!distant.isEmpty() || nodes.size() > s.maxNodesForRadiotherapy()) {
      targets.add(initialPhase(s));
      systemic = true;
      plan = "PSA non-responder with " + (distant.isEmpty() ? nodes.size() + " PET-positive nodes"
          + " (>" + s.maxNodesForRadiotherapy() + ")" : "distant disease (" + String.join(", ",
              distant) + ")") + ": stop RT at " + Decimals.trimmed(
                  s.bedDosePerFractionGy() * s.decisionFraction()) + " Gy; refer for"
          + " individualised systemic therapy";
      lastFraction = s.decisionFraction();
    } else {
      targets.add(target("prostate-bed", null, s.bedGy(), s.bedFractions(), 1, REGISTRY + ", "
          + PROPER2));
      List<String> parts = new ArrayList<>();
      parts.add("complete prostate-bed RT to " + Decimals.trimmed(s.bedGy()) + " Gy");
      for (String id : local) {
        targets.add(target("local-recurrence", id, s.localBoostGy(), s.bedFractions(), 1,
            PROPER2 + " (simultaneous boost over the whole course)"));
      }
      if (!local.isEmpty()) {
        parts.add("boost to the local recurrence " + String.join(", ", local));
      }
      lastFraction = s.bedFractions();
      if (!nodes.isEmpty()) {
        int first = s.decisionFraction() + 1;
        targets.add(target("pelvic-nodes", null, s.electiveNodesGy(),
            s.electiveNodesFractions(), first, PROPER2));
        for (String id : nodes) {
          targets.add(target("node", id, s.nodeBoostGy(), s.electiveNodesFractions(), first,
              "project default (no protocol value)"));
        }
        parts.add("elective pelvic nodal RT with a simultaneous boost to " + String.join(", ",
            nodes) + " from fraction " + first);
        lastFraction = Math.max(lastFraction, first + s.electiveNodesFractions() - 1);
        notes.add("node boost " + Decimals.trimmed(s.nodeBoostGy()) + " Gy in "
            + s.electiveNodesFractions() + " fractions is a project default: neither registry"
            + " states it");
      }
      if (local.isEmpty() && nodes.isEmpty()) {
        parts.add("no PET-visible target to adapt to");
      }
      plan = "PSA non-responder, PET-guided adaptation: " + String.join("; ", parts);
    }
    return new LundPlan(p.id(), s, start, decision, baseline, c.atDecision, c.metric, c.cls,
        c.rationale, pet == null ? null : pet.date(), findings, plan, systemic, targets,
        lastFraction, schedule(start, lastFraction), notes);
  }

  /** The initial phase actually delivered by the decision point (25 × 2 Gy). */
  private static PlannedTarget initialPhase(LundSettings s) {
    return target("prostate-bed", null, s.bedDosePerFractionGy() * s.decisionFraction(),
        s.decisionFraction(), 1, REGISTRY + " (initial phase)");
  }

  private static PlannedTarget target(String volume, String lesionId, double doseGy,
      int fractions, int firstFraction, String source) {
    return new PlannedTarget(volume, lesionId, doseGy, fractions, firstFraction,
        LinearQuadratic.eqd2Gy(doseGy, fractions, AlphaBeta.PROSTATE),
        LinearQuadratic.eqd2Gy(doseGy, fractions, AlphaBeta.LATE_RECTUM_BLADDER), source);
  }

  private record Classification(PsaResponseClass cls, PsaValue atDecision, Double metric,
      String rationale) {}

  private static Classification classify(PatientRecord p, LundSettings s, LocalDate start,
      LocalDate decision, PsaValue baseline) {
    // week of the decision: the five treatment days ending with the decision fraction
    LocalDate weekStart = TreatmentDays.fraction(start, Math.max(1, s.decisionFraction() - 4));
    PsaValue atDecision = null;
    List<PsaValue> during = new ArrayList<>();
    for (PsaValue v : p.psa()) {
      if (v.date().isAfter(start.minusDays(1)) && !v.date().isAfter(decision)) {
        during.add(v);
        if (!v.date().isBefore(weekStart)) {
          atDecision = v;
        }
      }
    }
    if (baseline == null) {
      return new Classification(PsaResponseClass.UNDETERMINED, atDecision, null,
          "no PSA on or before the first RT day " + start);
    }
    if (atDecision == null) {
      return new Classification(PsaResponseClass.UNDETERMINED, null, null, "no PSA drawn in the"
          + " week of fraction " + s.decisionFraction() + " (" + weekStart + " to " + decision
          + ")");
    }
    if (s.rule() == ResponderRule.FRACTION_OF_BASELINE) {
      double ratio = atDecision.valueNgMl() / baseline.valueNgMl();
      boolean responder = ratio < s.threshold();
      return new Classification(responder ? PsaResponseClass.RESPONDER
          : PsaResponseClass.NON_RESPONDER, atDecision, ratio, "PSA " + ng(atDecision) + " on "
          + atDecision.date() + " is " + Decimals.fixed(100 * ratio, 1) + "% of the pre-RT "
          + ng(baseline) + " on " + baseline.date() + (responder ? ", below " : ", not below ")
          + Decimals.fixed(100 * s.threshold(), 1) + "% (fraction-of-baseline rule)");
    }
    List<PsaValue> fitted = new ArrayList<>();
    if (loggable(baseline) && (during.isEmpty() || !during.get(0).equals(baseline))) {
      fitted.add(baseline);
    }
    for (PsaValue v : during) {
      if (loggable(v)) {
        fitted.add(v);
      }
    }
    if (fitted.size() < 3) {
      return new Classification(PsaResponseClass.UNDETERMINED, atDecision, null, "the decay rate"
          + " needs ≥3 detectable PSA values from the pre-RT value to " + decision + ", found "
          + fitted.size());
    }
    double k = -slopePerDay(fitted);
    boolean responder = k >= s.threshold();
    return new Classification(responder ? PsaResponseClass.RESPONDER
        : PsaResponseClass.NON_RESPONDER, atDecision, k, "PSA decay rate k = "
        + Decimals.fixed(k, 4) + " per day over " + fitted.size() + " values " + fitted.get(0)
            .date() + " to " + fitted.get(fitted.size() - 1).date() + (responder ? ", ≥ "
                : ", < ") + Decimals.plain(s.threshold()) + " (decay-rate rule)");
  }

  /** OLS slope of ln(PSA) on days (first-order kinetics, Gunnlaugsson et al. 2020). */
  private static double slopePerDay(List<PsaValue> values) {
    long origin = values.get(0).date().toEpochDay();
    double n = values.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (PsaValue v : values) {
      double x = v.date().toEpochDay() - origin;
      double y = Math.log(v.valueNgMl());
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  private static List<FollowUpVisit> schedule(LocalDate start, int lastFraction) {
    List<FollowUpVisit> visits = new ArrayList<>();
    int week = 1;
    for (int f = 1; f <= lastFraction; f += 5) {
      visits.add(new FollowUpVisit(TreatmentDays.fraction(start, f), "PSA, RT week " + week++));
    }
    LocalDate end = TreatmentDays.fraction(start, lastFraction);
    for (int months : FOLLOW_UP_MONTHS) {
      visits.add(new FollowUpVisit(end.plusMonths(months), "PSA, " + months
          + " months after RT"));
    }
    return visits;
  }

  private static Radiotherapy salvageCourse(PatientRecord p) throws ProtocolInputException {
    if (p.prostatectomy() == null) {
      throw new ProtocolInputException("no prostatectomy recorded: the protocol is for PSA"
          + " recurrence after radical prostatectomy");
    }
    Radiotherapy found = null;
    for (Radiotherapy rt : p.radiotherapyCourses()) {
      if (rt.intent() == RtIntent.SALVAGE && rt.start().isAfter(p.prostatectomy().date())) {
        found = rt;
      }
    }
    if (found == null) {
      throw new ProtocolInputException("no salvage radiotherapy course after the prostatectomy:"
          + " the protocol starts with salvage RT (treatments[].intent = \"salvage\")");
    }
    return found;
  }

  private static PsaValue lastOnOrBefore(List<PsaValue> psa, LocalDate date) {
    PsaValue last = null;
    for (PsaValue v : psa) {
      if (!v.date().isAfter(date)) {
        last = v;
      }
    }
    return last;
  }

  private static PetScan lastScanOnOrBefore(List<PetScan> scans, LocalDate date) {
    PetScan last = null;
    for (PetScan s : scans) {
      if (!s.date().isAfter(date)) {
        last = s;
      }
    }
    return last;
  }

  /**
   * Regional (miN) nodes are treated by the protocol; extrapelvic nodes (miM1a) are distant
   * disease. Regions follow the PROMISE V1 table (common iliac regional); a node without a
   * region counts as regional.
   */
  private static boolean isPelvic(Lesion l) {
    return l.region() == null || REGIONS.category(l.region()) == NodeCategory.REGIONAL;
  }

  private static final NodeRegionMapping REGIONS = NodeRegionMapping.forVersion(PromiseVersion.V1);

  private static boolean loggable(PsaValue v) {
    return !v.belowDetection() && v.valueNgMl() > 0;
  }

  private static String ng(PsaValue v) {
    return (v.belowDetection() ? "<" : "") + Decimals.plain(v.valueNgMl()) + " ng/mL";
  }

  private static String describe(List<String> local, List<String> nodes, List<String> distant) {
    if (local.isEmpty() && nodes.isEmpty() && distant.isEmpty()) {
      return "negative";
    }
    List<String> parts = new ArrayList<>(3);
    if (!local.isEmpty()) {
      parts.add("local recurrence " + String.join(", ", local));
    }
    if (!nodes.isEmpty()) {
      parts.add(nodes.size() + " pelvic node(s) " + String.join(", ", nodes));
    }
    if (!distant.isEmpty()) {
      parts.add("distant disease " + String.join(", ", distant));
    }
    return String.join("; ", parts);
  }
}
