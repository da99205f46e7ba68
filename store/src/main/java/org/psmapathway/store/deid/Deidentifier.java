package org.psmapathway.store.deid;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.OtherMalignancy;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.RtVolume;
import org.psmapathway.core.record.Treatment;

/**
 * Turns a patient record into a de-identified one (docs/deidentification.md): the id becomes a
 * keyed hash, every date moves by the patient's own offset (keyed, or to an index day), free text
 * is dropped, lesion ids are renumbered, and a birth date that would show an age of 90 or more
 * is dropped (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C)). Pure: the same key and record always give the same result.
 */
public final class Deidentifier {

  /** Hex characters kept of the HMAC-SHA256 of the id: 20, i.e. 80 bits. */
  public static final int PSEUDONYM_HEX_CHARS = 20;

  /** The largest date offset in days; offsets are -1 ... -MAX_OFFSET_DAYS, never 0. */
  public static final int MAX_OFFSET_DAYS = 365;

  /** Age in whole years from which Safe Harbor requires the age to be aggregated. */
  public static final int SAFE_HARBOR_AGE = 90;

  /** Replaces the free-text name of an "other" RT target, which the record format requires. */
  public static final String WITHHELD_LABEL = "other (label withheld)";

  // domain separation: the offset is not a function of the published pseudonym
  private static final String OFFSET_DOMAIN = "psma-pathway date offset\u0000";

  private final PseudonymKey key;
  private final DateMode dates;

  /** Dates shifted by the keyed per-patient offset ({@link DateMode#SHIFT}). */
  public Deidentifier(PseudonymKey key) {
    this(key, DateMode.SHIFT);
  }

  public Deidentifier(PseudonymKey key, DateMode dates) {
    this.key = key;
    this.dates = dates;
  }

  /**
   * The number of days every date of the patient moves: the keyed offset for {@link
   * DateMode#SHIFT}; for {@link DateMode#DAYS_FROM_INDEX}, from the index date (diagnosis date,
   * else the earliest clinical date) to {@link DateMode#INDEX_DAY} (0 for a record without dates).
   */
  public long offsetDays(PatientRecord r) {
    if (dates == DateMode.SHIFT) {
      return dateOffsetDays(r.id());
    }
    LocalDate index = r.diagnosis() == null ? null : r.diagnosis().date();
    if (index == null) {
      for (LocalDate d : RecordDates.clinical(r)) {
        if (index == null || d.isBefore(index)) {
          index = d;
        }
      }
    }
    return index == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(index,
        DateMode.INDEX_DAY);
  }

  /** The pseudonym of a patient id: the first 20 hex characters of HMAC-SHA256(key, id). */
  public String pseudonym(String id) {
    return HexFormat.of().formatHex(key.hmac(id)).substring(0, PSEUDONYM_HEX_CHARS);
  }

  /**
   * The patient's date offset in days, in [-365, -1]: from the first 8 bytes of
   * HMAC-SHA256(key, domain + id) taken as an unsigned number, modulo 365 (bias below 2^-54).
   * Negative only, so that no shifted date lies after the export day and the output can be
   * imported again.
   */
  public int dateOffsetDays(String id) {
    byte[] h = key.hmac(OFFSET_DOMAIN + id);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (h[i] & 0xff);
    }
    return -1 - (int) Long.remainderUnsigned(v, MAX_OFFSET_DAYS);
  }

  /** The de-identified record. */
  public PatientRecord deidentify(PatientRecord r) {
    long offset = offsetDays(r);
    PatientRecord shifted = RecordDates.mapClinical(r, d -> d.plusDays(offset));
    Map<String, String> lesionIds = lesionIds(r);
    // without a clinical date there is no index day, and the birth date would stay in place
    boolean noIndex = dates == DateMode.DAYS_FROM_INDEX && RecordDates.clinical(r).isEmpty();
    LocalDate birth = r.birthDate() == null || noIndex || agedNinetyOrMore(r) ? null
        : r.birthDate().plusDays(offset);
    return new PatientRecord(
        pseudonym(r.id()),
        birth,
        shifted.diagnosis(),
        shifted.pathology(),
        shifted.prostatectomy(),
        shifted.psa(),
        shifted.testosterone(),
        shifted.performanceStatus(),
        shifted.petScans().stream().map(s -> new PetScan(s.date(), s.tracer(), s.modality(),
            s.reference(), s.totalTumourVolumeMl(), s.diffuseMarrowInvolvement(),
            s.lesions().stream().map(l -> new Lesion(lesionIds.get(l.id()), l.site(), l.region(),
                l.side(), l.bone(), l.organ(), l.extent(), l.suvMax(), l.shortAxisMm(),
                l.volumeMl())).toList(),
            s.psmaNegativeDisease())).toList(),
        treatments(shifted.treatments(), lesionIds),
        shifted.events().stream().map(e -> new ClinicalEvent(e.type(), e.date(), null)).toList(),
        shifted.lastFollowUp(),
        shifted.haemoglobin(),
        r.otherMalignancies() == null ? null : r.otherMalignancies().stream()
            .map(m -> new OtherMalignancy(m.kind(), m.active(), null)).toList());
  }

  /**
   * Whether the patient is 90 or older on any date of the record (the latest one decides). The
   * shifted dates are checked too: a constant shift in days can move a birthday by one day across
   * a 29 February.
   */
  private boolean agedNinetyOrMore(PatientRecord r) {
    LocalDate latest = null;
    for (LocalDate d : RecordDates.clinical(r)) {
      if (latest == null || d.isAfter(latest)) {
        latest = d;
      }
    }
    if (latest == null) {
      return false; // no date to be old on; the birth date alone shows no age
    }
    long offset = offsetDays(r);
    return Period.between(r.birthDate(), latest).getYears() >= SAFE_HARBOR_AGE
        || Period.between(r.birthDate().plusDays(offset), latest.plusDays(offset)).getYears()
            >= SAFE_HARBOR_AGE;
  }

  /**
   * Lesion ids are free text that links scans and RT targets: renumbered L1, L2, ... in order of
   * first appearance, so the links survive and the text does not.
   */
  private static Map<String, String> lesionIds(PatientRecord r) {
    Map<String, String> ids = new HashMap<>();
    for (PetScan s : r.petScans()) {
      for (Lesion l : s.lesions()) {
        ids.computeIfAbsent(l.id(), k -> "L" + (ids.size() + 1));
      }
    }
    return ids;
  }

  private static List<Treatment> treatments(List<Treatment> in, Map<String, String> lesionIds) {
    List<Treatment> out = new ArrayList<>(in.size());
    for (Treatment t : in) {
      if (t instanceof Radiotherapy rt) {
        List<RtTarget> targets = rt.targets().stream().map(x -> new RtTarget(x.volume(),
            x.volume() == RtVolume.OTHER ? WITHHELD_LABEL : null,
            x.lesionId() == null ? null : lesionIds.get(x.lesionId()), x.phases())).toList();
        out.add(new Radiotherapy(rt.start(), rt.end(), rt.intent(), targets));
      } else {
        out.add(t);
      }
    }
    return out;
  }
}
