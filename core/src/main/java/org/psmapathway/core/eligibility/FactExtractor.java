package org.psmapathway.core.eligibility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.psmapathway.core.psa.DoublingTime;
import org.psmapathway.core.psa.DoublingTimeStatus;
import org.psmapathway.core.psa.DoublingTimes;
import org.psmapathway.core.psa.PsaSettings;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.EventType;
import org.psmapathway.core.record.HaemoglobinValue;
import org.psmapathway.core.record.OtherMalignancy;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PerformanceScale;
import org.psmapathway.core.record.PerformanceStatus;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.RtVolume;
import org.psmapathway.core.record.SystemicClass;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.TestosteroneValue;
import org.psmapathway.core.record.Treatment;
import org.psmapathway.core.text.Decimals;

/**
 * Computes every {@link Fact} of a patient on a date (docs/eligibility.md, "Facts"). Treatment
 * facts read the record's treatment list as the patient's history: a treatment that is not
 * recorded counts as not given. Stateless and thread-safe.
 */
public final class FactExtractor {

  static final double DAYS_PER_MONTH = 365.25 / 12;

  private final PsaSettings psaSettings;

  public FactExtractor() {
    this(PsaSettings.defaults());
  }

  /** @param psaSettings the doubling-time policy and thresholds, as {@code psma assess} uses */
  public FactExtractor(PsaSettings psaSettings) {
    this.psaSettings = psaSettings;
  }

  /** @param asOf the screening date; core reads no clock */
  public PatientFacts extract(PatientRecord p, LocalDate asOf) {
    FactValue[] v = new FactValue[Fact.values().length];
    v[Fact.AGE.ordinal()] = p.birthDate() == null ? FactValue.unknown("birth date not recorded")
        : FactValue.number(p.ageOn(asOf).orElseThrow(), asOf,
            () -> p.ageOn(asOf).orElseThrow() + " years");
    // The record describes a prostate cancer patient and has no sex field (docs/eligibility.md).
    v[Fact.SEX.ordinal()] = FactValue.code("male", null, "male");
    String histology = p.diagnosis() == null ? null : p.diagnosis().histology();
    v[Fact.ADENOCARCINOMA.ordinal()] = histology == null
        ? FactValue.unknown("histology not recorded")
        : FactValue.flag(histology.toLowerCase(Locale.ROOT).contains("adenocarcinoma"), null,
            () -> "histology " + histology);
    Integer isup = p.diagnosis() == null ? null : p.diagnosis().isupGrade();
    v[Fact.ISUP_GRADE.ordinal()] = isup == null ? FactValue.unknown("ISUP grade not recorded")
        : FactValue.number(isup, null, () -> "ISUP " + isup);
    String pn = p.pathology() == null ? null : p.pathology().pN();
    v[Fact.PATHOLOGICAL_N.ordinal()] = pn == null ? FactValue.unknown("pN not recorded")
        : FactValue.code(pn, null, pn);
    PsaFacts.fill(p, psaSettings, v);
    v[Fact.TESTOSTERONE_LATEST.ordinal()] = testosterone(p.testosterone());
    v[Fact.HAEMOGLOBIN_LATEST.ordinal()] = haemoglobin(p.haemoglobin());
    v[Fact.PERFORMANCE_STATUS.ordinal()] = performance(p.performanceStatus());
    TreatmentFacts.fill(p, asOf, v);
    PetFacts.fill(p, asOf, v);
    v[Fact.RADIOGRAPHIC_PROGRESSION.ordinal()] = radiographicProgression(p);
    otherMalignancy(p.otherMalignancies(), v);
    return new PatientFacts(p.id(), asOf, v);
  }

  private static FactValue testosterone(List<TestosteroneValue> values) {
    if (values.isEmpty()) {
      return FactValue.unknown("no testosterone result recorded");
    }
    TestosteroneValue t = values.get(values.size() - 1);
    return FactValue.number(t.ngPerDl(), t.date(), () -> {
      String shown = Decimals.trimmed(t.value()) + " " + t.unit().code();
      if (!t.unit().code().equals("ng/dL")) {
        shown += " (" + Decimals.fixed(t.ngPerDl(), 1) + " ng/dL)";
      }
      return shown + " on " + t.date();
    });
  }

  private static FactValue haemoglobin(List<HaemoglobinValue> values) {
    if (values.isEmpty()) {
      return FactValue.unknown("no haemoglobin result recorded");
    }
    HaemoglobinValue h = values.get(values.size() - 1);
    return FactValue.number(h.gPerL(), h.date(),
        () -> Decimals.trimmed(h.gPerL()) + " g/L on " + h.date());
  }

  private static FactValue performance(List<PerformanceStatus> values) {
    for (int i = values.size() - 1; i >= 0; i--) {
      PerformanceStatus s = values.get(i);
      if (s.scale() == PerformanceScale.WHO || s.scale() == PerformanceScale.ECOG) {
        return FactValue.number(s.value(), s.date(),
            () -> s.scale().code() + " " + s.value() + " on " + s.date());
      }
    }
    return FactValue.unknown(() -> values.isEmpty() ? "no performance status recorded"
        : "only Karnofsky recorded (not converted to WHO/ECOG)");
  }

  /**
   * A radiographic-progression event on or after the start of the most recent systemic therapy
   * (progression on the current line); without systemic therapy, any such event.
   */
  private static FactValue radiographicProgression(PatientRecord p) {
    LocalDate lineStart = null;
    for (Treatment t : p.treatments()) {
      if (t instanceof SystemicTherapy || t instanceof Radioligand) {
        lineStart = t.start();
      }
    }
    ClinicalEvent last = null;
    for (ClinicalEvent e : p.events()) {
      if (e.type() == EventType.RADIOGRAPHIC_PROGRESSION
          && (lineStart == null || !e.date().isBefore(lineStart))) {
        last = e;
      }
    }
    if (last == null) {
      LocalDate since = lineStart;
      return FactValue.flag(false, null, () -> "no radiographic progression recorded"
          + (since == null ? "" : " since the systemic therapy started " + since));
    }
    LocalDate on = last.date();
    return FactValue.flag(true, on, () -> "radiographic progression on " + on);
  }

  private static void otherMalignancy(List<OtherMalignancy> list, FactValue[] v) {
    if (list == null) {
      FactValue unknown = FactValue.unknown("other malignancies not assessed");
      v[Fact.OTHER_MALIGNANCY.ordinal()] = unknown;
      v[Fact.OTHER_MALIGNANCY_SIGNIFICANT.ordinal()] = unknown;
      return;
    }
    String any = null;
    String significant = null;
    for (OtherMalignancy m : list) {
      if (!m.active()) {
        continue;
      }
      String name = m.kind().code() + (m.detail() == null ? "" : " (" + m.detail() + ")");
      any = any == null ? name : any;
      if (m.kind() == OtherMalignancy.Kind.OTHER && significant == null) {
        significant = name;
      }
    }
    // names are joined only when a patient has another malignancy: rare, so not deferred
    v[Fact.OTHER_MALIGNANCY.ordinal()] = any == null
        ? FactValue.flag(false, null, "no other active malignancy")
        : FactValue.flag(true, null, "active other malignancy: " + any);
    v[Fact.OTHER_MALIGNANCY_SIGNIFICANT.ordinal()] = significant == null
        ? FactValue.flag(false, null, any == null ? "no other active malignancy"
            : "only " + any + " active, which is excepted")
        : FactValue.flag(true, null, "active other malignancy: " + significant);
  }

  static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** A duration in days as a tumour board says it: days below 8 weeks, else months. */
  static String duration(double days) {
    if (days == Double.POSITIVE_INFINITY) {
      return "∞";
    }
    if (Math.abs(days) < 56) {
      return Decimals.trimmed(days) + " days";
    }
    return Decimals.fixed(days / DAYS_PER_MONTH, 1) + " months";
  }

  static FactValue doublingTime(DoublingTime dt) {
    if (dt.status() == DoublingTimeStatus.OK) {
      double days = dt.months() * DAYS_PER_MONTH;
      List<PsaValue> used = dt.valuesUsed();
      return FactValue.number(days, used.get(used.size() - 1).date(),
          () -> Decimals.fixed(dt.months(), 1) + " months (" + used.size() + " values, "
              + used.get(0).date() + " to " + used.get(used.size() - 1).date() + ")");
    }
    if (dt.status() == DoublingTimeStatus.NOT_RISING) {
      return FactValue.number(Double.POSITIVE_INFINITY, null, "none: PSA not rising");
    }
    return FactValue.unknown(() -> dt.reason());
  }

  /** PSA facts: latest value, rises in a row, doubling time. */
  static final class PsaFacts {
    private PsaFacts() {}

    static void fill(PatientRecord p, PsaSettings settings, FactValue[] v) {
      List<PsaValue> psa = p.psa();
      if (psa.isEmpty()) {
        FactValue none = FactValue.unknown("no PSA recorded");
        v[Fact.PSA_LATEST.ordinal()] = none;
        v[Fact.PSA_RISES_IN_A_ROW.ordinal()] = none;
        v[Fact.PSA_TWO_CONSECUTIVE_RISES.ordinal()] = none;
        v[Fact.PSA_DOUBLING_TIME.ordinal()] = none;
        return;
      }
      PsaValue last = psa.get(psa.size() - 1);
      v[Fact.PSA_LATEST.ordinal()] = last.belowDetection()
          ? FactValue.between(0, last.valueNgMl(), true, last.date(), () -> show(last))
          : FactValue.number(last.valueNgMl(), last.date(), () -> show(last));
      risesInARow(psa, v);
      v[Fact.PSA_DOUBLING_TIME.ordinal()] = doublingTime(DoublingTimes.select(p, settings));
    }

    /**
     * Consecutive rises ending at the latest value. A step rises when the later value is
     * detectable and above the earlier one (or above its detection limit). When every recorded
     * step rises, earlier history is unknown, so the count is a lower bound.
     */
    private static void risesInARow(List<PsaValue> psa, FactValue[] v) {
      int n = psa.size();
      if (n < 2) {
        FactValue one = FactValue.unknown("only one PSA recorded");
        v[Fact.PSA_RISES_IN_A_ROW.ordinal()] = one;
        v[Fact.PSA_TWO_CONSECUTIVE_RISES.ordinal()] = one;
        return;
      }
      int rises = 0;
      for (int i = n - 1; i > 0 && rises(psa.get(i - 1), psa.get(i)); i--) {
        rises++;
      }
      boolean bounded = rises == n - 1;
      int from = Math.max(0, n - 1 - Math.max(rises, 1));
      Supplier<String> shown = () -> series(psa, from);
      LocalDate date = psa.get(n - 1).date();
      v[Fact.PSA_RISES_IN_A_ROW.ordinal()] = bounded
          ? FactValue.between(rises, Double.POSITIVE_INFINITY, false, date,
              () -> shown.get() + ", earlier values not recorded")
          : FactValue.number(rises, date, shown);
      v[Fact.PSA_TWO_CONSECUTIVE_RISES.ordinal()] = rises >= 2
          ? FactValue.flag(true, date, shown)
          : bounded
          ? FactValue.undecidedFlag(() -> shown.get() + ": one rise recorded, earlier values not")
          : FactValue.flag(false, date, shown);
    }

    /** The PSA values from {@code from} to the latest, e.g. "PSA 0.2 < 0.4 ng/mL (… to …)". */
    private static String series(List<PsaValue> psa, int from) {
      int n = psa.size();
      StringBuilder series = new StringBuilder("PSA ");
      for (int i = from; i < n; i++) {
        if (i > from) {
          series.append(rises(psa.get(i - 1), psa.get(i)) ? " < " : " ≥ ");
        }
        series.append(psa.get(i).belowDetection() ? "<" : "")
            .append(Decimals.plain(psa.get(i).valueNgMl()));
      }
      series.append(" ng/mL (").append(psa.get(from).date()).append(" to ")
          .append(psa.get(n - 1).date()).append(')');
      return series.toString();
    }

    private static boolean rises(PsaValue before, PsaValue after) {
      return !after.belowDetection() && after.valueNgMl() > before.valueNgMl();
    }

    private static String show(PsaValue psa) {
      return (psa.belowDetection() ? "<" : "") + Decimals.plain(psa.valueNgMl()) + " ng/mL on "
          + psa.date();
    }
  }

  /** Facts about treatments received, from the record's treatment list. */
  static final class TreatmentFacts {
    private TreatmentFacts() {}

    static void fill(PatientRecord p, LocalDate asOf, FactValue[] v) {
      v[Fact.PROSTATECTOMY.ordinal()] = p.prostatectomy() == null
          ? FactValue.flag(false, null, "no radical prostatectomy recorded")
          : FactValue.flag(true, p.prostatectomy().date(),
              () -> "radical prostatectomy on " + p.prostatectomy().date());
      Radiotherapy local = null;
      Radiotherapy prostate = null;
      for (Radiotherapy rt : p.radiotherapyCourses()) {
        for (RtTarget t : rt.targets()) {
          if (t.volume().isLocal()) {
            local = rt;
          }
          if (t.volume() == RtVolume.PROSTATE) {
            prostate = rt;
          }
        }
      }
      v[Fact.RT_PROSTATE_OR_BED.ordinal()] = radiotherapy(local, "the prostate or bed",
          "the prostate or bed");
      v[Fact.RT_PROSTATE.ordinal()] = radiotherapy(prostate, "the intact prostate",
          "the prostate");
      systemic(p, asOf, SystemicClass.ADT, v, Fact.ADT_ANY, Fact.ADT_ONGOING);
      systemic(p, asOf, SystemicClass.ARPI, v, Fact.ARPI_ANY, Fact.ARPI_ONGOING);
      systemic(p, asOf, SystemicClass.CHEMOTHERAPY, v, Fact.CHEMOTHERAPY_ANY,
          Fact.CHEMOTHERAPY_ONGOING);
      adtDurations(p, asOf, v);
      v[Fact.ARPI_RESPONSE.ordinal()] = arpiResponse(p, asOf);
      taxanes(p, v);
      Radioligand lu = null;
      for (Treatment t : p.treatments()) {
        if (t instanceof Radioligand r && lutetium(r.agent())) {
          lu = r;
        }
      }
      Radioligand latest = lu;
      v[Fact.LU177.ordinal()] = latest == null
          ? FactValue.flag(false, null, "no 177Lu radioligand therapy recorded")
          : FactValue.flag(true, latest.date(),
              () -> latest.agent() + " last given on " + latest.date());
    }

    private static FactValue radiotherapy(Radiotherapy rt, String noneTo, String givenTo) {
      return rt == null
          ? FactValue.flag(false, null, () -> "no radiotherapy to " + noneTo + " recorded")
          : FactValue.flag(true, rt.start(), () -> rt.intent().code() + " radiotherapy to "
              + givenTo + " from " + rt.start());
    }

    static boolean lutetium(String agent) {
      String a = agent.toLowerCase(Locale.ROOT);
      return a.contains("177lu") || a.contains("lu-177") || a.contains("lu177")
          || a.contains("lutetium");
    }

    private static void systemic(PatientRecord p, LocalDate asOf, SystemicClass kind,
        FactValue[] v, Fact any, Fact ongoing) {
      SystemicTherapy last = null;
      SystemicTherapy active = null;
      for (Treatment t : p.treatments()) {
        if (t instanceof SystemicTherapy s && s.kind() == kind) {
          last = s;
          if (s.activeOn(asOf)) {
            active = s;
          }
        }
      }
      String name = kind == SystemicClass.CHEMOTHERAPY ? "chemotherapy" : kind.code().toUpperCase(
          Locale.ROOT);
      SystemicTherapy latest = last;
      SystemicTherapy current = active;
      v[any.ordinal()] = latest == null
          ? FactValue.flag(false, null, () -> "no " + name + " recorded")
          : FactValue.flag(true, latest.start(), () -> name + " " + course(latest));
      v[ongoing.ordinal()] = current != null
          ? FactValue.flag(true, current.start(), () -> name + " ongoing: " + course(current))
          : FactValue.flag(false, null, () -> latest == null ? "no " + name + " recorded"
              : "no " + name + " ongoing on " + asOf + " (last " + course(latest) + ")");
    }

    private static String course(SystemicTherapy s) {
      return (s.agent() == null ? "" : s.agent() + " ") + "from " + s.start()
          + (s.end() == null ? "" : " to " + s.end());
    }

    private static void adtDurations(PatientRecord p, LocalDate asOf, FactValue[] v) {
      long total = 0;
      LocalDate lastEnd = null;
      boolean ongoing = false;
      int courses = 0;
      for (Treatment t : p.treatments()) {
        if (t instanceof SystemicTherapy s && s.kind() == SystemicClass.ADT
            && !s.start().isAfter(asOf)) {
          courses++;
          LocalDate end = s.end() == null || s.end().isAfter(asOf) ? asOf : s.end();
          total += days(s.start(), end);
          ongoing |= s.activeOn(asOf);
          lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
        }
      }
      if (courses == 0) {
        v[Fact.ADT_DURATION.ordinal()] = FactValue.number(0, null, "no ADT recorded");
        v[Fact.ADT_DAYS_SINCE_END.ordinal()] =
            FactValue.number(Double.POSITIVE_INFINITY, null, "no ADT recorded");
        return;
      }
      long days = total;
      int count = courses;
      LocalDate ended = lastEnd;
      v[Fact.ADT_DURATION.ordinal()] = FactValue.number(days, null,
          () -> duration(days) + " of ADT over " + count + " course(s)");
      v[Fact.ADT_DAYS_SINCE_END.ordinal()] = ongoing
          ? FactValue.number(0, asOf, () -> "ADT ongoing on " + asOf)
          : FactValue.number(days(ended, asOf), ended,
              () -> "last ADT ended " + ended + ", " + duration(days(ended, asOf)) + " before");
    }

    /**
     * Duration of PSA response on the latest ARPI line: from its start to the PSA nadir on that
     * line (the lowest value from start to end or the screening date). No decline from the last
     * PSA before the start means no response (0). A nadir at the latest value on an ongoing line
     * is a lower bound: the PSA may still be falling.
     */
    private static FactValue arpiResponse(PatientRecord p, LocalDate asOf) {
      SystemicTherapy line = null;
      for (Treatment t : p.treatments()) {
        if (t instanceof SystemicTherapy s && s.kind() == SystemicClass.ARPI) {
          line = s;
        }
      }
      if (line == null) {
        return FactValue.unknown("no ARPI recorded");
      }
      return arpiResponse(line, p.psa(), asOf);
    }

    private static FactValue arpiResponse(SystemicTherapy line, List<PsaValue> psa,
        LocalDate asOf) {
      LocalDate end = line.end() == null ? asOf : line.end();
      PsaValue baseline = null;
      PsaValue nadir = null;
      int nadirIndex = -1;
      int lastIndex = -1;
      for (int i = 0; i < psa.size(); i++) {
        PsaValue x = psa.get(i);
        if (!x.date().isAfter(line.start())) {
          baseline = x;
        } else if (!x.date().isAfter(end)) {
          lastIndex = i;
          if (nadir == null || x.valueNgMl() < nadir.valueNgMl()) {
            nadir = x;
            nadirIndex = i;
          }
        }
      }
      String agent = line.agent() == null ? "ARPI" : line.agent();
      if (nadir == null) {
        return FactValue.unknown(() -> "no PSA recorded during " + agent + " from " + line.start());
      }
      PsaValue before = baseline;
      PsaValue lowest = nadir;
      if (before != null && lowest.valueNgMl() >= before.valueNgMl()) {
        return FactValue.number(0, lowest.date(), () -> "no PSA decline on " + agent + " from "
            + line.start() + " (before " + Decimals.plain(before.valueNgMl())
            + " ng/mL, lowest after " + Decimals.plain(lowest.valueNgMl()) + " ng/mL)");
      }
      long days = days(line.start(), lowest.date());
      Supplier<String> shown = () -> "PSA fell on " + agent + " from " + line.start()
          + " to a nadir of " + Decimals.plain(lowest.valueNgMl()) + " ng/mL on " + lowest.date()
          + " (" + duration(days) + ")";
      return nadirIndex == lastIndex && line.end() == null
          ? FactValue.between(days, Double.POSITIVE_INFINITY, false, lowest.date(),
              () -> shown.get() + ", still falling at the latest PSA")
          : FactValue.number(days, lowest.date(), shown);
    }

    private static void taxanes(PatientRecord p, FactValue[] v) {
      int taxane = 0;
      int unnamed = 0;
      SystemicTherapy docetaxel = null;
      SystemicTherapy cabazitaxel = null;
      SystemicTherapy lastTaxane = null;
      for (Treatment t : p.treatments()) {
        if (t instanceof SystemicTherapy s && s.kind() == SystemicClass.CHEMOTHERAPY) {
          if (s.agent() == null) {
            unnamed++;
            continue;
          }
          String a = s.agent().toLowerCase(Locale.ROOT);
          boolean isDocetaxel = a.contains("docetaxel");
          boolean isCabazitaxel = a.contains("cabazitaxel");
          if (isDocetaxel || isCabazitaxel || a.contains("paclitaxel")) {
            taxane++;
            lastTaxane = s;
          }
          docetaxel = isDocetaxel ? s : docetaxel;
          cabazitaxel = isCabazitaxel ? s : cabazitaxel;
        }
      }
      String unnamedNote = unnamed == 0 ? "" : unnamed + " chemotherapy course(s) without agent";
      int regimens = taxane;
      v[Fact.TAXANE_REGIMENS.ordinal()] = unnamed == 0
          ? FactValue.number(regimens, null, () -> regimens + " taxane regimen(s)")
          : FactValue.between(regimens, regimens + unnamed, false, null, () -> regimens
              + " taxane regimen(s) and " + unnamedNote);
      v[Fact.TAXANE_ANY.ordinal()] = agentFlag(lastTaxane, "taxane", unnamed, unnamedNote);
      v[Fact.DOCETAXEL.ordinal()] = agentFlag(docetaxel, "docetaxel", unnamed, unnamedNote);
      v[Fact.CABAZITAXEL.ordinal()] = agentFlag(cabazitaxel, "cabazitaxel", unnamed, unnamedNote);
    }

    private static FactValue agentFlag(SystemicTherapy found, String name, int unnamed,
        String unnamedNote) {
      if (found != null) {
        return FactValue.flag(true, found.start(), () -> found.agent() + " from " + found.start());
      }
      return unnamed == 0 ? FactValue.flag(false, null, () -> "no " + name + " recorded")
          : FactValue.unknown(() -> "no " + name + " recorded, but " + unnamedNote);
    }
  }
}
