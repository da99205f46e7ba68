package org.psmapathway.core.eligibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The patient facts trial criteria may name, computed once per patient by {@link FactExtractor}.
 * Each has the key a trial document uses, its kind and dimension, the words an explanation uses
 * for it, and the data that would decide it when it is missing. Definitions, source fields and
 * units are documented in {@code docs/eligibility.md}; a change here is a change there.
 */
public enum Fact {
  AGE("age", FactKind.NUMBER, Dimension.AGE, "age", "birthDate"),
  SEX("sex", FactKind.CODE, Dimension.PURE, "sex", "sex", List.of("male")),
  ADENOCARCINOMA("histology.adenocarcinoma", FactKind.BOOLEAN, Dimension.PURE,
      "adenocarcinoma histology", "diagnosis.histology"),
  ISUP_GRADE("isupGrade", FactKind.NUMBER, Dimension.PURE, "ISUP grade", "diagnosis.isupGrade"),
  PATHOLOGICAL_N("pathology.pN", FactKind.CODE, Dimension.PURE, "pathological N",
      "pathology.pN", List.of("pN0", "pN1", "pNx")),
  PSA_LATEST("psa.latest", FactKind.NUMBER, Dimension.PSA, "PSA", "a PSA result (psa)"),
  PSA_RISES_IN_A_ROW("psa.risesInARow", FactKind.NUMBER, Dimension.PURE,
      "consecutive PSA rises", "at least two PSA results (psa)"),
  PSA_TWO_CONSECUTIVE_RISES("psa.twoConsecutiveRises", FactKind.BOOLEAN, Dimension.PURE,
      "two consecutive PSA rises", "at least three PSA results (psa)"),
  PSA_DOUBLING_TIME("psa.doublingTime", FactKind.NUMBER, Dimension.DURATION,
      "PSA doubling time", "at least two detectable PSA results after the last local treatment"),
  TESTOSTERONE_LATEST("testosterone.latest", FactKind.NUMBER, Dimension.TESTOSTERONE,
      "testosterone", "a serum testosterone result (testosterone)"),
  HAEMOGLOBIN_LATEST("haemoglobin.latest", FactKind.NUMBER, Dimension.HAEMOGLOBIN,
      "haemoglobin", "a haemoglobin result (haemoglobin)"),
  PERFORMANCE_STATUS("performance.whoEcog", FactKind.NUMBER, Dimension.PURE,
      "WHO/ECOG performance status", "a WHO or ECOG performance status (performanceStatus)"),
  PROSTATECTOMY("prostatectomy", FactKind.BOOLEAN, Dimension.PURE, "radical prostatectomy",
      "prostatectomy"),
  RT_PROSTATE_OR_BED("rt.prostateOrBed", FactKind.BOOLEAN, Dimension.PURE,
      "radiotherapy to the prostate or prostate bed", "treatments"),
  RT_PROSTATE("rt.prostate", FactKind.BOOLEAN, Dimension.PURE,
      "radiotherapy to the intact prostate", "treatments"),
  ADT_ANY("adt.any", FactKind.BOOLEAN, Dimension.PURE, "ADT", "treatments"),
  ADT_ONGOING("adt.ongoing", FactKind.BOOLEAN, Dimension.PURE, "ongoing ADT", "treatments"),
  ADT_DURATION("adt.duration", FactKind.NUMBER, Dimension.DURATION, "total ADT duration",
      "treatments"),
  ADT_DAYS_SINCE_END("adt.timeSinceEnd", FactKind.NUMBER, Dimension.DURATION,
      "time since the last ADT", "treatments"),
  ARPI_ANY("arpi.any", FactKind.BOOLEAN, Dimension.PURE, "an androgen-receptor pathway inhibitor",
      "treatments"),
  ARPI_ONGOING("arpi.ongoing", FactKind.BOOLEAN, Dimension.PURE, "ongoing ARPI", "treatments"),
  ARPI_RESPONSE("arpi.responseDuration", FactKind.NUMBER, Dimension.DURATION,
      "PSA response on the latest ARPI", "PSA results during the latest ARPI line"),
  CHEMOTHERAPY_ANY("chemotherapy.any", FactKind.BOOLEAN, Dimension.PURE, "chemotherapy",
      "treatments"),
  CHEMOTHERAPY_ONGOING("chemotherapy.ongoing", FactKind.BOOLEAN, Dimension.PURE,
      "ongoing chemotherapy", "treatments"),
  TAXANE_ANY("taxane.any", FactKind.BOOLEAN, Dimension.PURE, "taxane chemotherapy",
      "the agent of every chemotherapy (treatments[].agent)"),
  TAXANE_REGIMENS("taxane.regimens", FactKind.NUMBER, Dimension.PURE, "taxane regimens",
      "the agent of every chemotherapy (treatments[].agent)"),
  DOCETAXEL("docetaxel.any", FactKind.BOOLEAN, Dimension.PURE, "docetaxel",
      "the agent of every chemotherapy (treatments[].agent)"),
  CABAZITAXEL("cabazitaxel.any", FactKind.BOOLEAN, Dimension.PURE, "cabazitaxel",
      "the agent of every chemotherapy (treatments[].agent)"),
  LU177("lu177.any", FactKind.BOOLEAN, Dimension.PURE, "177Lu radioligand therapy",
      "treatments"),
  PET_TIME_SINCE_SCAN("pet.timeSinceScan", FactKind.NUMBER, Dimension.DURATION,
      "time since the latest PSMA PET", "a PSMA PET scan (petScans)"),
  PET_STAGE_N("pet.miN", FactKind.CODE, Dimension.PURE, "PSMA-PET miN",
      "a PSMA PET scan (petScans)", List.of("miN0", "miN1a", "miN1b", "miN1", "miN2")),
  PET_STAGE_M("pet.miM", FactKind.CODE, Dimension.PURE, "PSMA-PET miM",
      "a PSMA PET scan (petScans)", List.of("miM0", "miM1a", "miM1b", "miM1c")),
  PET_LESIONS_LOCAL("pet.lesions.local", FactKind.NUMBER, Dimension.PURE,
      "local PSMA-PET lesions", "a PSMA PET scan (petScans)"),
  PET_LESIONS_PROSTATE("pet.lesions.prostate", FactKind.NUMBER, Dimension.PURE,
      "PSMA-PET lesions in the prostate", "a PSMA PET scan (petScans)"),
  PET_LESIONS_NODE("pet.lesions.node", FactKind.NUMBER, Dimension.PURE,
      "nodal PSMA-PET lesions", "a PSMA PET scan (petScans)"),
  PET_LESIONS_BONE("pet.lesions.bone", FactKind.NUMBER, Dimension.PURE,
      "bone PSMA-PET lesions", "a PSMA PET scan (petScans)"),
  PET_LESIONS_VISCERAL("pet.lesions.visceral", FactKind.NUMBER, Dimension.PURE,
      "visceral PSMA-PET lesions", "a PSMA PET scan (petScans)"),
  PET_LESIONS_METASTATIC("pet.lesions.metastatic", FactKind.NUMBER, Dimension.PURE,
      "metastatic PSMA-PET lesions", "a PSMA PET scan (petScans)"),
  PET_PROGRESSING("pet.progressingLesions", FactKind.NUMBER, Dimension.PURE,
      "progressing PSMA-PET lesions",
      "two PSMA PET scans with lesion sizes or SUVmax on both (petScans)"),
  PET_ABOVE_LIVER("pet.lesionsAboveLiver", FactKind.NUMBER, Dimension.PURE,
      "PSMA-PET lesions with uptake above liver",
      "liver SUVmean (petScans[].reference.liverSuvMean) and lesion SUVmax"),
  PET_HIGHEST_SUV("pet.highestSuvMax", FactKind.NUMBER, Dimension.PURE, "highest lesion SUVmax",
      "lesion SUVmax on the latest PSMA PET"),
  PET_LOWEST_SUV("pet.lowestSuvMax", FactKind.NUMBER, Dimension.PURE, "lowest lesion SUVmax",
      "lesion SUVmax on the latest PSMA PET"),
  PET_PSMA_NEGATIVE("pet.psmaNegativeDisease", FactKind.BOOLEAN, Dimension.PURE,
      "PSMA-negative disease", "the reader's statement on PSMA-negative disease "
          + "(petScans[].psmaNegativeDisease)"),
  RADIOGRAPHIC_PROGRESSION("radiographicProgression", FactKind.BOOLEAN, Dimension.PURE,
      "radiographic progression", "events"),
  OTHER_MALIGNANCY("otherMalignancy.active", FactKind.BOOLEAN, Dimension.PURE,
      "another active malignancy", "an other-malignancy assessment (otherMalignancies)"),
  OTHER_MALIGNANCY_SIGNIFICANT("otherMalignancy.activeExceptSkinOrUrothelial", FactKind.BOOLEAN,
      Dimension.PURE, "another active malignancy (other than non-melanoma skin or non-invasive "
          + "urothelial)", "an other-malignancy assessment (otherMalignancies)");

  private static final Map<String, Fact> BY_KEY = new HashMap<>();

  static {
    for (Fact f : values()) {
      BY_KEY.put(f.key, f);
    }
  }

  private final String key;
  private final FactKind kind;
  private final Dimension dimension;
  private final String label;
  private final String decidingData;
  private final List<String> codes;

  Fact(String key, FactKind kind, Dimension dimension, String label, String decidingData) {
    this(key, kind, dimension, label, decidingData, List.of());
  }

  Fact(String key, FactKind kind, Dimension dimension, String label, String decidingData,
      List<String> codes) {
    this.key = key;
    this.kind = kind;
    this.dimension = dimension;
    this.label = label;
    this.decidingData = decidingData;
    this.codes = codes;
  }

  /** The fact as a trial document names it, e.g. {@code testosterone.latest}. */
  public String key() {
    return key;
  }

  public FactKind kind() {
    return kind;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** Words for the fact in an explanation, e.g. "testosterone". */
  public String label() {
    return label;
  }

  /** The record data that would decide the fact when it is missing. */
  public String decidingData() {
    return decidingData;
  }

  /** The codes a {@link FactKind#CODE} fact takes; empty for other kinds. */
  public List<String> codes() {
    return codes;
  }

  /** The fact with this key, or {@code null}. */
  public static Fact byKey(String key) {
    return BY_KEY.get(key);
  }
}
