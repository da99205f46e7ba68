package org.psmapathway.store.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.EventType;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtIntent;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.Treatment;

/**
 * The study's endpoints read back from a patient record, in months from the start of salvage RT
 * (definitions in docs/synthetic-cohorts.md): progression = first progression event or death;
 * distant metastasis = first radiographic progression or death; next systemic therapy = first
 * ADT/ARPI started after the start of salvage RT; death. Censored at {@code lastFollowUp}.
 */
record SalvageEndpoints(double[] months, int[] events) {

  static final int PFS = 0;
  static final int DMFS = 1;
  static final int NEXT_THERAPY = 2;
  static final int OS = 3;

  static SalvageEndpoints of(PatientRecord p) {
    LocalDate start = null;
    for (Treatment t : p.treatments()) {
      if (t instanceof Radiotherapy rt && rt.intent() == RtIntent.SALVAGE) {
        start = rt.start();
      }
    }
    LocalDate[] first = new LocalDate[4];
    for (ClinicalEvent e : p.events()) {
      switch (e.type()) {
        case BIOCHEMICAL_PROGRESSION, CLINICAL_PROGRESSION -> first[PFS] = min(first[PFS], e.date());
        case RADIOGRAPHIC_PROGRESSION -> {
          first[PFS] = min(first[PFS], e.date());
          first[DMFS] = min(first[DMFS], e.date());
        }
        case DEATH -> {
          first[PFS] = min(first[PFS], e.date());
          first[DMFS] = min(first[DMFS], e.date());
          first[OS] = e.date();
        }
        default -> { }
      }
    }
    for (Treatment t : p.treatments()) {
      if (t instanceof SystemicTherapy s && s.start().isAfter(start)) {
        first[NEXT_THERAPY] = min(first[NEXT_THERAPY], s.start());
      }
    }
    double[] months = new double[4];
    int[] events = new int[4];
    for (int k = 0; k < 4; k++) {
      LocalDate end = first[k] == null ? p.lastFollowUp() : first[k];
      months[k] = ChronoUnit.DAYS.between(start, end) / CohortGenerator.DAYS_PER_MONTH;
      events[k] = first[k] == null ? 0 : 1;
    }
    return new SalvageEndpoints(months, events);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
