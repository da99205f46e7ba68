package org.psmapathway.store;

import java.time.LocalDate;
import java.util.Set;
import org.psmapathway.core.record.EventType;

/**
 * Which stored patients to list, in terms of what the registry holds (recorded values, not
 * conclusions drawn from them: a stage group or an eligibility verdict is computed by {@code core}
 * on the loaded records). Every condition given must hold; an unset condition ({@code null})
 * selects everyone. Built from {@link #ALL} with the {@code with...} methods.
 *
 * @param isupMin lowest ISUP grade at diagnosis (1-5), inclusive
 * @param isupMax highest ISUP grade at diagnosis (1-5), inclusive
 * @param pathologyN prostatectomy pN: {@code pN0}, {@code pN1} or {@code pNx}
 * @param hasPetScan {@code true}: at least one PSMA PET scan; {@code false}: none
 * @param psaAboveNgMl a PSA value strictly above this (ng/mL), not below detection, measured on or
 *     after {@link #psaOnOrAfter} when that is set
 * @param psaOnOrAfter earliest measurement date for {@link #psaAboveNgMl}
 * @param treatment a treatment of this kind received: {@code radiotherapy}, {@code adt},
 *     {@code arpi}, {@code chemotherapy} or {@code radioligand}
 * @param event an outcome event of this type recorded
 * @param diagnosedOnOrAfter diagnosis date on or after
 * @param diagnosedOnOrBefore diagnosis date on or before
 * @param lastFollowUpOnOrAfter last follow-up on or after this date
 */
public record PatientCriteria(
    Integer isupMin,
    Integer isupMax,
    String pathologyN,
    Boolean hasPetScan,
    Double psaAboveNgMl,
    LocalDate psaOnOrAfter,
    String treatment,
    EventType event,
    LocalDate diagnosedOnOrAfter,
    LocalDate diagnosedOnOrBefore,
    LocalDate lastFollowUpOnOrAfter) {

  /** Every stored patient. */
  public static final PatientCriteria ALL =
      new PatientCriteria(null, null, null, null, null, null, null, null, null, null, null);

  /** The treatment kinds as {@code treatment.kind} stores them. */
  public static final Set<String> TREATMENT_KINDS =
      Set.of("radiotherapy", "adt", "arpi", "chemotherapy", "radioligand");

  private static final Set<String> PATHOLOGY_N = Set.of("pN0", "pN1", "pNx");

  public PatientCriteria {
    checkIsup("isupMin", isupMin);
    checkIsup("isupMax", isupMax);
    if (isupMin != null && isupMax != null && isupMin > isupMax) {
      throw new IllegalArgumentException("isupMin/isupMax: expected min <= max, got " + isupMin
          + " > " + isupMax);
    }
    if (pathologyN != null && !PATHOLOGY_N.contains(pathologyN)) {
      throw new IllegalArgumentException("pathologyN: expected pN0, pN1 or pNx, got \""
          + pathologyN + "\"");
    }
    if (psaAboveNgMl != null && !(psaAboveNgMl >= 0 && Double.isFinite(psaAboveNgMl))) {
      throw new IllegalArgumentException("psaAboveNgMl: expected a finite value >= 0 ng/mL, got "
          + psaAboveNgMl);
    }
    if (psaOnOrAfter != null && psaAboveNgMl == null) {
      throw new IllegalArgumentException("psaOnOrAfter: only with psaAboveNgMl (a PSA value above "
          + "what, from that date?)");
    }
    if (treatment != null && !TREATMENT_KINDS.contains(treatment)) {
      throw new IllegalArgumentException("treatment: expected one of radiotherapy, adt, arpi, "
          + "chemotherapy, radioligand, got \"" + treatment + "\"");
    }
    if (diagnosedOnOrAfter != null && diagnosedOnOrBefore != null
        && diagnosedOnOrAfter.isAfter(diagnosedOnOrBefore)) {
      throw new IllegalArgumentException("diagnosedOnOrAfter/diagnosedOnOrBefore: expected an "
          + "empty or forward range, got " + diagnosedOnOrAfter + " > " + diagnosedOnOrBefore);
    }
  }

  private static void checkIsup(String name, Integer grade) {
    if (grade != null && (grade < 1 || grade > 5)) {
      throw new IllegalArgumentException(name + ": expected an ISUP grade 1-5, got " + grade);
    }
  }

  /** True when no condition is set. */
  public boolean selectsAll() {
    return equals(ALL);
  }

  public PatientCriteria withIsup(Integer min, Integer max) {
    return new PatientCriteria(min, max, pathologyN, hasPetScan, psaAboveNgMl, psaOnOrAfter,
        treatment, event, diagnosedOnOrAfter, diagnosedOnOrBefore, lastFollowUpOnOrAfter);
  }

  public PatientCriteria withPathologyN(String pN) {
    return new PatientCriteria(isupMin, isupMax, pN, hasPetScan, psaAboveNgMl, psaOnOrAfter,
        treatment, event, diagnosedOnOrAfter, diagnosedOnOrBefore, lastFollowUpOnOrAfter);
  }

  public PatientCriteria withPetScan(Boolean present) {
    return new PatientCriteria(isupMin, isupMax, pathologyN, present, psaAboveNgMl, psaOnOrAfter,
        treatment, event, diagnosedOnOrAfter, diagnosedOnOrBefore, lastFollowUpOnOrAfter);
  }

  public PatientCriteria withPsaAbove(Double ngMl, LocalDate onOrAfter) {
    return new PatientCriteria(isupMin, isupMax, pathologyN, hasPetScan, ngMl, onOrAfter,
        treatment, event, diagnosedOnOrAfter, diagnosedOnOrBefore, lastFollowUpOnOrAfter);
  }

  public PatientCriteria withTreatment(String kind) {
    return new PatientCriteria(isupMin, isupMax, pathologyN, hasPetScan, psaAboveNgMl,
        psaOnOrAfter, kind, event, diagnosedOnOrAfter, diagnosedOnOrBefore,
        lastFollowUpOnOrAfter);
  }

  public PatientCriteria withEvent(EventType type) {
    return new PatientCriteria(isupMin, isupMax, pathologyN, hasPetScan, psaAboveNgMl,
        psaOnOrAfter, treatment, type, diagnosedOnOrAfter, diagnosedOnOrBefore,
        lastFollowUpOnOrAfter);
  }

  public PatientCriteria withDiagnosed(LocalDate onOrAfter, LocalDate onOrBefore) {
    return new PatientCriteria(isupMin, isupMax, pathologyN, hasPetScan, psaAboveNgMl,
        psaOnOrAfter, treatment, event, onOrAfter, onOrBefore, lastFollowUpOnOrAfter);
  }

  public PatientCriteria withLastFollowUpOnOrAfter(LocalDate date) {
    return new PatientCriteria(isupMin, isupMax, pathologyN, hasPetScan, psaAboveNgMl,
        psaOnOrAfter, treatment, event, diagnosedOnOrAfter, diagnosedOnOrBefore, date);
  }
}
