package org.psmapathway.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.SystemicClass;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.staging.PsmaExpression;
import org.psmapathway.core.text.Dates;

/**
 * Says, in words a clinician uses, which data the record lacks and what that prevents. The platform
 * never fills a gap with a guess; it names the gap.
 */
final class MissingData {

  private MissingData() {}

  static List<String> of(PatientRecord p, LocalDate asOf, PsmaExpression expression,
      PetResponse response) {
    List<String> missing = new ArrayList<>();
    if (p.birthDate() == null) {
      missing.add("birth date (age)");
    }
    if (p.diagnosis() == null || p.diagnosis().isupGrade() == null) {
      missing.add("ISUP grade (EAU biochemical-recurrence risk group)");
    }
    if (p.hadProstatectomy()
        && (p.pathology() == null || p.pathology().pT() == null || p.pathology().pN() == null)) {
      missing.add("prostatectomy pathology pT/pN");
    }
    if (p.psa().isEmpty()) {
      missing.add("PSA values (kinetics and recurrence status)");
    }
    if (p.petScans().isEmpty()) {
      missing.add("PSMA PET scan (miTNM stage)");
    }
    if (expression != null) {
      expression.missing().forEach(item -> missing.add(item + " (PSMA expression score)"));
    }
    if (onAdt(p, asOf) && p.testosterone().isEmpty()) {
      missing.add("testosterone on ADT (castration status)");
    }
    if (p.performanceStatus().isEmpty()) {
      missing.add("performance status");
    }
    if (response != null) {
      volumeMissing(missing, response.baseline());
      volumeMissing(missing, response.followUp());
    }
    if (p.lastFollowUp() == null) {
      missing.add("date of last follow-up");
    }
    return missing;
  }

  private static void volumeMissing(List<String> missing, PetScan scan) {
    if (scan.totalTumourVolumeMl() == null) {
      missing.add("total tumour volume on the PET of " + Dates.iso(scan.date()) + " (RECIP 1.0)");
    }
  }

  private static boolean onAdt(PatientRecord p, LocalDate asOf) {
    LocalDate latest = p.lastFollowUp() != null ? p.lastFollowUp() : asOf;
    return p.treatments().stream().anyMatch(t -> t instanceof SystemicTherapy s
        && s.kind() == SystemicClass.ADT && s.activeOn(latest));
  }
}
