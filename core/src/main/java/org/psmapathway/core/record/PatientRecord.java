package org.psmapathway.core.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One patient as the platform sees them: history, PSA series, PSMA PET scans with lesions,
 * treatments and outcome events. Built by {@link PatientRecordReader}, which validates every field;
 * every list is in chronological order and immutable. Optional parts are {@code null} when the
 * record does not hold them: missing data stays missing and is reported as such.
 * {@code otherMalignancies} is {@code null} when not assessed and empty when none is known.
 *
 * <p>The JSON format is documented in {@code docs/patient-record.md}.
 */
public record PatientRecord(
    String id,
    LocalDate birthDate,
    Diagnosis diagnosis,
    Pathology pathology,
    Prostatectomy prostatectomy,
    List<PsaValue> psa,
    List<TestosteroneValue> testosterone,
    List<PerformanceStatus> performanceStatus,
    List<PetScan> petScans,
    List<Treatment> treatments,
    List<ClinicalEvent> events,
    LocalDate lastFollowUp,
    List<HaemoglobinValue> haemoglobin,
    List<OtherMalignancy> otherMalignancies) {

  public PatientRecord {
    haemoglobin = haemoglobin == null ? List.of() : List.copyOf(haemoglobin);
    otherMalignancies = otherMalignancies == null ? null : List.copyOf(otherMalignancies);
    psa = List.copyOf(psa);
    testosterone = List.copyOf(testosterone);
    performanceStatus = List.copyOf(performanceStatus);
    petScans = List.copyOf(petScans);
    treatments = List.copyOf(treatments);
    events = List.copyOf(events);
  }

  /** A record without haemoglobin results and without an other-malignancy assessment. */
  public PatientRecord(String id, LocalDate birthDate, Diagnosis diagnosis, Pathology pathology,
      Prostatectomy prostatectomy, List<PsaValue> psa, List<TestosteroneValue> testosterone,
      List<PerformanceStatus> performanceStatus, List<PetScan> petScans,
      List<Treatment> treatments, List<ClinicalEvent> events, LocalDate lastFollowUp) {
    this(id, birthDate, diagnosis, pathology, prostatectomy, psa, testosterone, performanceStatus,
        petScans, treatments, events, lastFollowUp, List.of(), null);
  }

  public boolean hadProstatectomy() {
    return prostatectomy != null;
  }

  /** The most recent PET scan, the one staging is done on. */
  public Optional<PetScan> latestPetScan() {
    return petScans.isEmpty() ? Optional.empty() : Optional.of(petScans.get(petScans.size() - 1));
  }

  public List<Radiotherapy> radiotherapyCourses() {
    // a loop, not a stream: called for every patient by several rules
    List<Radiotherapy> courses = new ArrayList<>(2);
    for (int i = 0; i < treatments.size(); i++) {
      if (treatments.get(i) instanceof Radiotherapy rt) {
        courses.add(rt);
      }
    }
    return Collections.unmodifiableList(courses);
  }

  /** Patient age in whole years on a date, or empty when the birth date is not recorded. */
  public Optional<Integer> ageOn(LocalDate date) {
    if (birthDate == null) {
      return Optional.empty();
    }
    return Optional.of(java.time.Period.between(birthDate, date).getYears());
  }
}
