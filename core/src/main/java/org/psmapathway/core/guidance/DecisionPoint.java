package org.psmapathway.core.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.HaemoglobinValue;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PerformanceStatus;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.TestosteroneValue;
import org.psmapathway.core.record.Treatment;
import org.psmapathway.core.text.Dates;

/**
 * The date a tumour board's decision refers to, and the record as it was known on that date.
 *
 * <p>A record often holds what was done after the scan that informed the decision (the salvage RT
 * that followed a PSMA PET). Guidance computed on the whole record would then weigh salvage RT for a
 * patient who has had it. So by default the decision is replayed on the date of the latest PSMA
 * PET whenever a treatment started after that scan; otherwise it is the assessment date.
 */
record DecisionPoint(LocalDate date, String note, PatientRecord known, boolean truncated) {

  static DecisionPoint of(PatientRecord patient, LocalDate asOf, LocalDate fixed) {
    if (fixed != null) {
      LocalDate date = fixed.isAfter(asOf) ? asOf : fixed;
      return new DecisionPoint(date, "decision date " + date + " (as requested)"
          + after(patient, date), knownOn(patient, date), !date.equals(asOf));
    }
    PetScan scan = latestScanOnOrBefore(patient, asOf);
    if (scan != null) {
      String since = after(patient, scan.date());
      if (!since.isEmpty()) {
        return new DecisionPoint(scan.date(), "options as they stood on the PSMA PET of "
            + Dates.iso(scan.date()) + since, knownOn(patient, scan.date()), true);
      }
    }
    return new DecisionPoint(asOf, "options as of " + Dates.iso(asOf), patient, false);
  }

  private static PetScan latestScanOnOrBefore(PatientRecord patient, LocalDate date) {
    PetScan latest = null;
    for (PetScan s : patient.petScans()) {
      if (!s.date().isAfter(date)) {
        latest = s;
      }
    }
    return latest;
  }

  /** "; recorded since: salvage radiotherapy 2017-08-07 – 2017-09-21", or "" when nothing. */
  private static String after(PatientRecord patient, LocalDate date) {
    StringBuilder since = new StringBuilder();
    for (Treatment t : patient.treatments()) {
      if (t.start().isAfter(date)) {
        since.append(since.length() == 0 ? "; recorded since: " : ", ").append(describe(t));
      }
    }
    return since.toString();
  }

  private static String describe(Treatment t) {
    String span = t.end() == null ? " from " + t.start() : " " + t.start() + " – " + t.end();
    if (t instanceof Radiotherapy rt) {
      return rt.intent().code() + " radiotherapy" + span;
    }
    if (t instanceof SystemicTherapy s) {
      return s.kind().code() + (s.agent() == null ? "" : " (" + s.agent() + ")") + span;
    }
    Radioligand r = (Radioligand) t;
    return r.agent() + " on " + r.start();
  }

  /**
   * The record as known on {@code date}: results and scans up to that day, treatments started by
   * then (a course still running that day is open-ended), events up to that day.
   */
  static PatientRecord knownOn(PatientRecord p, LocalDate date) {
    List<PsaValue> psa = new ArrayList<>();
    for (PsaValue v : p.psa()) {
      if (!v.date().isAfter(date)) {
        psa.add(v);
      }
    }
    List<TestosteroneValue> testosterone = new ArrayList<>();
    for (TestosteroneValue v : p.testosterone()) {
      if (!v.date().isAfter(date)) {
        testosterone.add(v);
      }
    }
    List<PerformanceStatus> performance = new ArrayList<>();
    for (PerformanceStatus v : p.performanceStatus()) {
      if (!v.date().isAfter(date)) {
        performance.add(v);
      }
    }
    List<PetScan> scans = new ArrayList<>();
    for (PetScan s : p.petScans()) {
      if (!s.date().isAfter(date)) {
        scans.add(s);
      }
    }
    List<Treatment> treatments = new ArrayList<>();
    for (Treatment t : p.treatments()) {
      if (!t.start().isAfter(date)) {
        treatments.add(t.end() != null && t.end().isAfter(date) ? openEnded(t) : t);
      }
    }
    List<HaemoglobinValue> haemoglobin = new ArrayList<>();
    for (HaemoglobinValue v : p.haemoglobin()) {
      if (!v.date().isAfter(date)) {
        haemoglobin.add(v);
      }
    }
    List<ClinicalEvent> events = new ArrayList<>();
    for (ClinicalEvent e : p.events()) {
      if (!e.date().isAfter(date)) {
        events.add(e);
      }
    }
    LocalDate followUp = p.lastFollowUp() == null || p.lastFollowUp().isAfter(date)
        ? date : p.lastFollowUp();
    return new PatientRecord(p.id(), p.birthDate(), p.diagnosis(), p.pathology(),
        p.prostatectomy() != null && p.prostatectomy().date().isAfter(date) ? null
            : p.prostatectomy(), psa, testosterone, performance, scans, treatments, events,
        followUp, haemoglobin, p.otherMalignancies());
  }

  /** A treatment running on the decision date: its end was not yet known then. */
  private static Treatment openEnded(Treatment t) {
    if (t instanceof Radiotherapy rt) {
      return new Radiotherapy(rt.start(), null, rt.intent(), rt.targets());
    }
    if (t instanceof SystemicTherapy s) {
      return new SystemicTherapy(s.kind(), s.agent(), s.start(), null);
    }
    return t;
  }
}
