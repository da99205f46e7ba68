package org.psmapathway.core.guidance;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.psa.DoublingTime;
import org.psmapathway.core.psa.DoublingTimeStatus;
import org.psmapathway.core.psa.Persistence;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.text.Dates;
import org.psmapathway.core.text.Decimals;

/**
 * The high-risk features for which AUA/ASTRO/SUO 2024 Part II (statement 1) advises ADT with
 * salvage RT: PSA ≥0.7 ng/mL, grade group 4–5, PSADT ≤6 months, persistently detectable PSA after
 * prostatectomy, seminal-vesicle invasion; and pN1 (statement 3). Features that cannot be judged
 * because data are missing are listed as such, never assumed absent.
 *
 * @param present the features the patient has, in words with the values
 * @param unknown features that could not be judged, with the missing data named
 * @param pN1 whether pathology showed nodal disease (ADT by statement 3 whatever else)
 */
record AuaHighRiskFeatures(List<String> present, List<String> unknown, boolean pN1) {

  /** AUA 2024: PSA ≥0.7 ng/mL before salvage RT (cf. RTOG 9601 secondary analysis: &gt;0.6). */
  static final double PSA_NG_ML = 0.7;
  /** AUA 2024: PSA doubling time ≤6 months. */
  static final double PSADT_MONTHS = 6.0;

  static AuaHighRiskFeatures of(PatientRecord p, PsaValue latest, DoublingTime psadt,
      Persistence persistence) {
    List<String> present = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    if (latest == null) {
      unknown.add("pre-RT PSA (no PSA recorded)");
    } else if (!latest.belowDetection() && latest.valueNgMl() >= PSA_NG_ML) {
      present.add("PSA " + Decimals.plain(latest.valueNgMl()) + " ng/mL on " + Dates.iso(latest.date())
          + " (≥0.7)");
    }
    Integer isup = p.diagnosis() == null ? null : p.diagnosis().isupGrade();
    if (isup == null) {
      unknown.add("grade group (ISUP grade not recorded)");
    } else if (isup >= 4) {
      present.add("ISUP grade group " + isup + " (4–5)");
    }
    if (psadt.status() == DoublingTimeStatus.OK) {
      if (psadt.months() <= PSADT_MONTHS) {
        present.add("PSADT " + Decimals.fixed(psadt.months(), 1) + " months (≤6)");
      }
    } else if (psadt.status() == DoublingTimeStatus.INSUFFICIENT_DATA) {
      unknown.add("PSADT (" + psadt.reason() + ")");
    }
    if (persistence == null || persistence.persistent() == null) {
      unknown.add("PSA persistence (no PSA ≥4 weeks after the prostatectomy)");
    } else if (persistence.persistent()) {
      present.add("persistent PSA after prostatectomy ("
          + Decimals.plain(persistence.valueUsed().valueNgMl()) + " ng/mL on "
          + Dates.iso(persistence.valueUsed().date()) + ")");
    }
    boolean pN1 = false;
    if (p.pathology() == null || p.pathology().pT() == null) {
      unknown.add("seminal-vesicle invasion (pT not recorded)");
    } else if (p.pathology().seminalVesicleInvasion()) {
      present.add("seminal-vesicle invasion (" + p.pathology().pT() + ")");
    }
    if (p.pathology() != null && p.pathology().nodePositive()) {
      pN1 = true;
      present.add("pathological nodal disease (" + p.pathology().pN() + ")");
    }
    return new AuaHighRiskFeatures(List.copyOf(present), List.copyOf(unknown), pN1);
  }

  boolean any() {
    return !present.isEmpty();
  }
}
