package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.Prostatectomy;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtIntent;
import org.psmapathway.core.record.RtPhase;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.RtVolume;
import org.psmapathway.core.record.SystemicClass;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.Treatment;

/** Builders for PSA values and patient records in the PSA tests. */
final class Patients {

  private Patients() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static PsaValue psa(String date, double ngMl) {
    return new PsaValue(d(date), ngMl, false);
  }

  static PsaValue below(String date, double limitNgMl) {
    return new PsaValue(d(date), limitNgMl, true);
  }

  /** Values on consecutive dates; "&lt;" in front of a value marks it below detection. */
  static List<PsaValue> series(List<String> dates, String... values) {
    List<PsaValue> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      String v = values[i];
      out.add(v.startsWith("<") ? below(dates.get(i), Double.parseDouble(v.substring(1)))
          : psa(dates.get(i), Double.parseDouble(v)));
    }
    return out;
  }

  /** {@code count} dates {@code stepDays} apart from {@code first}. */
  static List<String> every(String first, int stepDays, int count) {
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      dates.add(d(first).plusDays((long) i * stepDays).toString());
    }
    return dates;
  }

  static Prostatectomy rp(String date) {
    return new Prostatectomy(d(date));
  }

  static Radiotherapy rt(String start, String end, RtIntent intent) {
    RtVolume volume = intent == RtIntent.PRIMARY ? RtVolume.PROSTATE : RtVolume.PROSTATE_BED;
    return new Radiotherapy(d(start), end == null ? null : d(end), intent,
        List.of(new RtTarget(volume, null, null, List.of(new RtPhase(70, 35)))));
  }

  static SystemicTherapy adt(String start, String end) {
    return new SystemicTherapy(SystemicClass.ADT, "leuprorelin", d(start),
        end == null ? null : d(end));
  }

  static SystemicTherapy arpi(String start) {
    return new SystemicTherapy(SystemicClass.ARPI, "enzalutamide", d(start), null);
  }

  static Radioligand lutetium(String date, Integer cycle) {
    return new Radioligand("177Lu-PSMA-617", d(date), 7.4, cycle);
  }

  /** A patient with the given prostatectomy (or null), PSA series and treatments. */
  static PatientRecord patient(Prostatectomy rp, List<PsaValue> psa, Treatment... treatments) {
    List<PsaValue> sortedPsa = new ArrayList<>(psa);
    sortedPsa.sort(Comparator.comparing(PsaValue::date));
    List<Treatment> sorted = new ArrayList<>(Arrays.asList(treatments));
    sorted.sort(Comparator.comparing(Treatment::start));
    return new PatientRecord("P1", d("1955-03-01"), null, null, rp, sortedPsa, List.of(),
        List.of(), List.of(), sorted, List.of(), null);
  }
}
