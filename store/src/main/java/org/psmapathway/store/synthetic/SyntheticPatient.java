package org.psmapathway.store.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated patient, in the terms of the patient record (docs/patient-record.md); {@link
 * PatientJsonWriter} writes it as one JSON line. Codes are the record's own ({@code prostate-bed},
 * {@code external-iliac}, {@code biochemical-progression}, …). Dates are on or before the model's
 * data cut-off.
 *
 * @param margins {@code negative}, {@code positive}, or {@code null} when unknown (omitted)
 * @param stage the PSMA PET stage drawn; the lesions are placed so that PROMISE staging gives it
 */
public record SyntheticPatient(
    String id,
    LocalDate birthDate,
    LocalDate diagnosisDate,
    int isupGrade,
    double initialPsa,
    String pT,
    String pN,
    String margins,
    LocalDate prostatectomyDate,
    List<Psa> psa,
    LocalDate petDate,
    TableOneStage stage,
    List<Lesion> lesions,
    List<Treatment> treatments,
    List<Event> events,
    LocalDate lastFollowUp,
    Workup workup) {

  /**
   * The work-up recorded with the PSMA PET (same date), before any salvage treatment: what trial
   * criteria and the PSMA expression score read. Not reported in seed 000; the distributions are
   * documented assumptions (docs/synthetic-cohorts.md).
   *
   * @param ecog ECOG performance status 0–2
   * @param haemoglobinGPerL haemoglobin, g/L
   * @param testosteroneNgDl serum testosterone, ng/dL (hormone-naive at the PET: no ADT starts before it)
   * @param bloodPoolSuvMean PET reference region SUVmean
   * @param liverSuvMean PET reference region SUVmean
   */
  public record Workup(int ecog, double haemoglobinGPerL, double testosteroneNgDl,
      double bloodPoolSuvMean, double liverSuvMean) {}

  /** A serum PSA; with {@code belowDetection} the value is the assay's detection limit. */
  public record Psa(LocalDate date, double value, boolean belowDetection) {}

  /**
   * A PET lesion; {@code region} for nodes, {@code bone} for bone, {@code organ} for visceral,
   * {@code shortAxisMm} 0 when not measured.
   */
  public record Lesion(String id, String site, String region, String side, String bone,
      String organ, double suvMax, int shortAxisMm) {}

  /** A radiotherapy target; {@code lesionId} for boosts and metastasis-directed targets. */
  public record Target(String volume, String lesionId, double doseGy, int fractions) {}

  /**
   * A treatment: {@code radiotherapy} (with intent and targets) or {@code adt} / {@code arpi} (with
   * agent); {@code end} {@code null} while ongoing at the last follow-up.
   */
  public record Treatment(String type, String intent, String agent, LocalDate start,
      LocalDate end, List<Target> targets) {}

  /** An outcome event. */
  public record Event(String type, LocalDate date, String detail) {}

  /** The start of the salvage radiotherapy course: time zero of every outcome. */
  public LocalDate salvageRtStart() {
    for (Treatment t : treatments) {
      if ("salvage".equals(t.intent())) {
        return t.start();
      }
    }
    throw new IllegalStateException(id + ": no salvage radiotherapy");
  }
}
