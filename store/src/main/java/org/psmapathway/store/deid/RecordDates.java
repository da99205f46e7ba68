package org.psmapathway.store.deid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.Diagnosis;
import org.psmapathway.core.record.HaemoglobinValue;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PerformanceStatus;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Prostatectomy;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.TestosteroneValue;
import org.psmapathway.core.record.Treatment;

/**
 * Every date a {@link PatientRecord} can hold, in one place: the de-identifier maps them all with
 * one function, so that a date field added to the record and forgotten here shows up as an
 * original date in the de-identified output (the tests look for every date of the input text).
 */
public final class RecordDates {

  private RecordDates() {}

  /** The record with every date except {@code birthDate} replaced by {@code f(date)}. */
  public static PatientRecord mapClinical(PatientRecord r, UnaryOperator<LocalDate> f) {
    UnaryOperator<LocalDate> g = d -> d == null ? null : f.apply(d);
    Diagnosis d = r.diagnosis();
    List<Treatment> treatments = new ArrayList<>(r.treatments().size());
    for (Treatment t : r.treatments()) {
      // a sealed family: Radiotherapy, SystemicTherapy or Radioligand (no switch patterns in 17)
      if (t instanceof Radiotherapy rt) {
        treatments.add(new Radiotherapy(g.apply(rt.start()), g.apply(rt.end()), rt.intent(),
            rt.targets()));
      } else if (t instanceof SystemicTherapy s) {
        treatments.add(new SystemicTherapy(s.kind(), s.agent(), g.apply(s.start()),
            g.apply(s.end())));
      } else if (t instanceof Radioligand rl) {
        treatments.add(new Radioligand(rl.agent(), g.apply(rl.date()), rl.activityGBq(),
            rl.cycle()));
      }
    }
    return new PatientRecord(
        r.id(),
        r.birthDate(),
        d == null ? null : new Diagnosis(g.apply(d.date()), d.isupGrade(), d.initialPsa(),
            d.histology()),
        r.pathology(),
        r.prostatectomy() == null ? null : new Prostatectomy(g.apply(r.prostatectomy().date())),
        r.psa().stream().map(v -> new PsaValue(g.apply(v.date()), v.valueNgMl(),
            v.belowDetection())).toList(),
        r.testosterone().stream().map(v -> new TestosteroneValue(g.apply(v.date()), v.value(),
            v.unit())).toList(),
        r.performanceStatus().stream().map(v -> new PerformanceStatus(g.apply(v.date()),
            v.scale(), v.value())).toList(),
        r.petScans().stream().map(s -> new PetScan(g.apply(s.date()), s.tracer(), s.modality(),
            s.reference(), s.totalTumourVolumeMl(), s.diffuseMarrowInvolvement(), s.lesions(),
            s.psmaNegativeDisease())).toList(),
        treatments,
        r.events().stream().map(e -> new ClinicalEvent(e.type(), g.apply(e.date()), e.detail()))
            .toList(),
        g.apply(r.lastFollowUp()),
        r.haemoglobin().stream().map(v -> new HaemoglobinValue(g.apply(v.date()), v.gPerL()))
            .toList(),
        r.otherMalignancies());
  }

  /** Every date of the record except {@code birthDate}, in record order (nulls left out). */
  public static List<LocalDate> clinical(PatientRecord r) {
    List<LocalDate> dates = new ArrayList<>();
    mapClinical(r, date -> {
      dates.add(date);
      return date;
    });
    return dates;
  }
}
