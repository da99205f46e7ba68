package org.psmapathway.core.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the patient-record JSON of {@code docs/patient-record.md} into a {@link PatientRecord}.
 * Validation is all-or-nothing: every problem in the record is collected (with its field path and
 * what was expected) and the record is rejected as a whole, so that no computation ever runs on
 * half a patient. Lists come out in chronological order.
 *
 * <p>Thread-safe; one instance can read any number of records.
 */
public final class PatientRecordReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static final Pattern PATHOLOGICAL_T = Pattern.compile("pT(2[abc]?|3[ab]?|4|x)");
  private static final Pattern PATHOLOGICAL_N = Pattern.compile("pN[01x]");
  private static final Set<String> MARGINS = Set.of("negative", "positive");
  private static final Set<String> PSA_UNITS = Set.of("ng/mL", "ug/L", "µg/L");
  private static final Set<String> MODALITIES = Set.of("PET/CT", "PET/MRI");

  private static final Set<String> PATIENT_FIELDS = Set.of("id", "birthDate", "diagnosis",
      "pathology", "prostatectomy", "psa", "testosterone", "performanceStatus", "petScans",
      "treatments", "events", "lastFollowUp", "haemoglobin", "otherMalignancies", "notes");

  private final LocalDate asOf;

  /**
   * @param asOf the day the record is read; dates after it are rejected as impossible. {@code null}
   *     skips that check (core reads no clock, the caller decides what "today" is).
   */
  public PatientRecordReader(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** Parses JSON text (one patient object). Malformed JSON is reported with line and column. */
  public PatientRecord read(String json) throws InvalidPatientRecordException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "JSON" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidPatientRecordException(List.of(
          new RecordProblem(where, "malformed JSON: " + e.getOriginalMessage())));
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidPatientRecordException(List.of(
          new RecordProblem("JSON", "empty input; expected a patient object {...}")));
    }
    return read(root);
  }

  /** Reads an already parsed JSON tree. */
  public PatientRecord read(JsonNode root) throws InvalidPatientRecordException {
    List<RecordProblem> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw new InvalidPatientRecordException(List.of(
          new RecordProblem("(top level)", "expected a patient object {...}")));
    }
    FieldReader f = new FieldReader(root, "", problems);
    f.rejectUnknownFields(PATIENT_FIELDS);
    String id = f.text("id", true);
    LocalDate birthDate = f.date("birthDate", false);
    Diagnosis diagnosis = f.object("diagnosis", false, PatientRecordReader::diagnosis);
    Pathology pathology = f.object("pathology", false, PatientRecordReader::pathology);
    Prostatectomy prostatectomy = f.object("prostatectomy", false,
        p -> {
          p.rejectUnknownFields(Set.of("date", "notes"));
          LocalDate date = p.date("date", true);
          return date == null ? null : new Prostatectomy(date);
        });
    List<PsaValue> psa = f.objects("psa", false, PatientRecordReader::psa);
    List<TestosteroneValue> testosterone =
        f.objects("testosterone", false, PatientRecordReader::testosterone);
    List<PerformanceStatus> performance =
        f.objects("performanceStatus", false, PatientRecordReader::performanceStatus);
    List<PetScan> scans = f.objects("petScans", false, PatientRecordReader::petScan);
    List<Treatment> treatments = f.objects("treatments", false, PatientRecordReader::treatment);
    List<ClinicalEvent> events = f.objects("events", false, PatientRecordReader::event);
    LocalDate lastFollowUp = f.date("lastFollowUp", false);
    List<HaemoglobinValue> haemoglobin =
        f.objects("haemoglobin", false, PatientRecordReader::haemoglobin);
    List<OtherMalignancy> otherMalignancies = f.has("otherMalignancies")
        ? f.objects("otherMalignancies", false, PatientRecordReader::otherMalignancy) : null;
    f.text("notes", false);

    PatientRecord record = new PatientRecord(id, birthDate, diagnosis, pathology, prostatectomy,
        sorted(psa, PsaValue::date), sorted(testosterone, TestosteroneValue::date),
        sorted(performance, PerformanceStatus::date), sorted(scans, PetScan::date),
        sorted(treatments, Treatment::start), sorted(events, ClinicalEvent::date), lastFollowUp,
        sorted(haemoglobin, HaemoglobinValue::date), otherMalignancies);
    if (problems.isEmpty()) {
      new ChronologyCheck(record, root, asOf, problems).run();
      checkLesionReferences(root, record, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidPatientRecordException(problems);
    }
    return record;
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, LocalDate> date) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(date));
    return copy;
  }

  private static Diagnosis diagnosis(FieldReader f) {
    f.rejectUnknownFields(Set.of("date", "isupGrade", "initialPsa", "histology", "notes"));
    return new Diagnosis(f.date("date", false), f.integer("isupGrade", false, 1, 5),
        f.number("initialPsa", false, 0, false, 100_000), f.text("histology", false));
  }

  private static Pathology pathology(FieldReader f) {
    f.rejectUnknownFields(Set.of("pT", "pN", "margins", "notes"));
    String t = f.text("pT", false);
    if (t != null && !PATHOLOGICAL_T.matcher(t).matches()) {
      f.problem("pT", "expected one of pT2, pT2a, pT2b, pT2c, pT3, pT3a, pT3b, pT4, pTx, got \""
          + t + "\"");
    }
    String n = f.text("pN", false);
    if (n != null && !PATHOLOGICAL_N.matcher(n).matches()) {
      f.problem("pN", "expected one of pN0, pN1, pNx, got \"" + n + "\"");
    }
    String margins = f.text("margins", false);
    if (margins != null && !MARGINS.contains(margins)) {
      f.problem("margins", "expected negative or positive, got \"" + margins + "\"");
    }
    return new Pathology(t, n, margins);
  }

  private static PsaValue psa(FieldReader f) {
    f.rejectUnknownFields(Set.of("date", "value", "belowDetection", "unit"));
    LocalDate date = f.date("date", true);
    Double value = f.number("value", true, 0, false, 100_000);
    Boolean below = f.bool("belowDetection");
    String unit = f.text("unit", false);
    if (unit != null && !PSA_UNITS.contains(unit)) {
      f.problem("unit", "unknown PSA unit \"" + unit + "\"; expected ng/mL (or the same in µg/L)");
      return null;
    }
    if (date == null || value == null) {
      return null;
    }
    return new PsaValue(date, value, below != null && below);
  }

  private static TestosteroneValue testosterone(FieldReader f) {
    f.rejectUnknownFields(Set.of("date", "value", "unit"));
    LocalDate date = f.date("date", true);
    Double value = f.number("value", true, 0, false, 100_000);
    TestosteroneUnit unit = f.code("unit", true, TestosteroneUnit.class);
    return date == null || value == null || unit == null
        ? null : new TestosteroneValue(date, value, unit);
  }

  private static HaemoglobinValue haemoglobin(FieldReader f) {
    f.rejectUnknownFields(Set.of("date", "value", "unit"));
    LocalDate date = f.date("date", true);
    String unit = f.text("unit", true);
    double perUnit;
    if (unit == null) {
      perUnit = Double.NaN;
    } else if (unit.equals("g/L")) {
      perUnit = 1;
    } else if (unit.equals("g/dL")) {
      perUnit = 10;
    } else {
      f.problem("unit", "unknown haemoglobin unit \"" + unit + "\"; expected g/L or g/dL");
      perUnit = Double.NaN;
    }
    // Plausible human range, in the unit given: up to 300 g/L or 30 g/dL.
    Double value = f.number("value", true, 0, true, perUnit == 10 ? 30 : 300);
    return date == null || value == null || Double.isNaN(perUnit)
        ? null : new HaemoglobinValue(date, value * perUnit);
  }

  private static OtherMalignancy otherMalignancy(FieldReader f) {
    f.rejectUnknownFields(Set.of("kind", "active", "detail"));
    OtherMalignancy.Kind kind = f.code("kind", true, OtherMalignancy.Kind.class);
    Boolean active = f.bool("active");
    if (active == null && !f.has("active")) {
      f.problem("active", "is required: true when the malignancy is active now, else false");
    }
    String detail = f.text("detail", false);
    return kind == null || active == null ? null : new OtherMalignancy(kind, active, detail);
  }

  private static PerformanceStatus performanceStatus(FieldReader f) {
    f.rejectUnknownFields(Set.of("date", "scale", "value"));
    LocalDate date = f.date("date", true);
    PerformanceScale scale = f.code("scale", true, PerformanceScale.class);
    if (scale == null) {
      return null;
    }
    Integer value = f.integer("value", true, scale.min(), scale.max());
    return date == null || value == null ? null : new PerformanceStatus(date, scale, value);
  }

  private static PetScan petScan(FieldReader f) {
    f.rejectUnknownFields(Set.of("date", "tracer", "modality", "reference", "totalTumourVolumeMl",
        "diffuseMarrowInvolvement", "lesions", "psmaNegativeDisease", "notes"));
    LocalDate date = f.date("date", true);
    PsmaTracer tracer = f.code("tracer", true, PsmaTracer.class);
    String modality = f.text("modality", false);
    if (modality != null && !MODALITIES.contains(modality)) {
      f.problem("modality", "expected PET/CT or PET/MRI, got \"" + modality + "\"");
    }
    ReferenceUptake reference = f.object("reference", false, r -> {
      r.rejectUnknownFields(Set.of("bloodPoolSuvMean", "liverSuvMean", "spleenSuvMean",
          "parotidSuvMean"));
      return new ReferenceUptake(suv(r, "bloodPoolSuvMean"), suv(r, "liverSuvMean"),
          suv(r, "spleenSuvMean"), suv(r, "parotidSuvMean"));
    });
    Double volume = f.number("totalTumourVolumeMl", false, 0, false, 100_000);
    Boolean marrow = f.bool("diffuseMarrowInvolvement");
    Boolean psmaNegative = f.bool("psmaNegativeDisease");
    List<Lesion> lesions = f.objects("lesions", false, PatientRecordReader::lesion);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lesions.size(); i++) {
      if (!ids.add(lesions.get(i).id())) {
        f.problem("lesions", "lesion id \"" + lesions.get(i).id()
            + "\" appears twice on this scan; ids must be unique within a scan");
      }
    }
    // RECIP 1.0: a follow-up volume of 0 with lesions reported is contradictory (Gafita 2022).
    if (volume != null && volume == 0 && !lesions.isEmpty()) {
      f.problem("totalTumourVolumeMl", "is 0 but the scan lists " + lesions.size()
          + " PSMA-avid lesion(s); expected a volume > 0, or no lesions");
    }
    if (date == null || tracer == null) {
      return null;
    }
    return new PetScan(date, tracer, modality, reference, volume, marrow != null && marrow, lesions,
        psmaNegative);
  }

  private static Double suv(FieldReader f, String field) {
    return f.number(field, false, 0, true, 1000);
  }

  private static Lesion lesion(FieldReader f) {
    f.rejectUnknownFields(Set.of("id", "site", "region", "side", "bone", "organ", "extent",
        "suvMax", "shortAxisMm", "volumeMl", "notes"));
    String id = f.text("id", true);
    LesionSite site = f.code("site", true, LesionSite.class);
    NodeRegion region = f.code("region", site == LesionSite.NODE, NodeRegion.class);
    Side side = f.code("side", false, Side.class);
    String bone = f.text("bone", false);
    String organ = f.text("organ", false);
    LocalExtent extent = f.code("extent", false, LocalExtent.class);
    Double suvMax = f.number("suvMax", false, 0, true, 1000);
    Double shortAxis = f.number("shortAxisMm", false, 0, true, 1000);
    Double volume = f.number("volumeMl", false, 0, false, 100_000);
    if (site != null) {
      onlyFor(f, site, LesionSite.NODE, "region", region != null);
      onlyFor(f, site, LesionSite.BONE, "bone", bone != null);
      onlyFor(f, site, LesionSite.VISCERAL, "organ", organ != null);
      onlyFor(f, site, LesionSite.PROSTATE, "extent", extent != null);
    }
    if (id == null || site == null || (site == LesionSite.NODE && region == null)) {
      return null;
    }
    return new Lesion(id, site, region, side, bone, organ, extent, suvMax, shortAxis, volume);
  }

  private static void onlyFor(FieldReader f, LesionSite site, LesionSite owner, String field,
      boolean present) {
    if (present && site != owner) {
      f.problem(field, "applies to " + owner.code() + " lesions only, but this lesion's site is "
          + site.code());
    }
  }

  private static Treatment treatment(FieldReader f) {
    String type = f.text("type", true);
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "radiotherapy" -> radiotherapy(f);
      case "adt" -> systemic(f, SystemicClass.ADT);
      case "arpi" -> systemic(f, SystemicClass.ARPI);
      case "chemotherapy" -> systemic(f, SystemicClass.CHEMOTHERAPY);
      case "radioligand" -> radioligand(f);
      default -> {
        f.problem("type", "unknown treatment type \"" + type
            + "\"; expected one of radiotherapy, adt, arpi, chemotherapy, radioligand");
        yield null;
      }
    };
  }

  private static Radiotherapy radiotherapy(FieldReader f) {
    f.rejectUnknownFields(Set.of("type", "start", "end", "intent", "targets", "notes"));
    LocalDate start = f.date("start", true);
    LocalDate end = f.date("end", false);
    RtIntent intent = f.code("intent", true, RtIntent.class);
    List<RtTarget> targets = f.objects("targets", true, PatientRecordReader::rtTarget);
    if (f.has("targets") && targets.isEmpty()) {
      f.problem("targets", "expected at least one target volume with doseGy and fractions");
    }
    checkEnd(f, start, end);
    return start == null || intent == null ? null
        : new Radiotherapy(start, end, intent, targets);
  }

  private static RtTarget rtTarget(FieldReader f) {
    f.rejectUnknownFields(Set.of("volume", "label", "lesionId", "doseGy", "fractions", "phases"));
    RtVolume volume = f.code("volume", true, RtVolume.class);
    String label = f.text("label", false);
    String lesionId = f.text("lesionId", false);
    List<RtPhase> phases;
    if (f.has("phases")) {
      if (f.has("doseGy") || f.has("fractions")) {
        f.problem("phases", "give either doseGy and fractions, or phases, not both");
      }
      phases = f.objects("phases", true, p -> {
        p.rejectUnknownFields(Set.of("doseGy", "fractions"));
        return phase(p);
      });
      if (phases.isEmpty()) {
        f.problem("phases", "expected at least one phase with doseGy and fractions");
      }
    } else {
      RtPhase single = phase(f);
      phases = single == null ? List.of() : List.of(single);
    }
    if (volume == RtVolume.OTHER && label == null) {
      f.problem("label", "is required when volume is \"other\" (name the target)");
    }
    return volume == null || phases.isEmpty() ? null
        : new RtTarget(volume, label, lesionId, phases);
  }

  private static RtPhase phase(FieldReader f) {
    // Radiobiology rules (research/clinical-rules.md 4): n ≥ 1, d > 0.
    Double dose = f.number("doseGy", true, 0, true, 200);
    Integer fractions = f.integer("fractions", true, 1, 100);
    return dose == null || fractions == null ? null : new RtPhase(dose, fractions);
  }

  private static SystemicTherapy systemic(FieldReader f, SystemicClass kind) {
    f.rejectUnknownFields(Set.of("type", "agent", "start", "end", "notes"));
    String agent = f.text("agent", false);
    LocalDate start = f.date("start", true);
    LocalDate end = f.date("end", false);
    checkEnd(f, start, end);
    return start == null ? null : new SystemicTherapy(kind, agent, start, end);
  }

  private static Radioligand radioligand(FieldReader f) {
    f.rejectUnknownFields(Set.of("type", "agent", "date", "activityGBq", "cycle", "notes"));
    String agent = f.text("agent", true);
    LocalDate date = f.date("date", true);
    Double activity = f.number("activityGBq", false, 0, true, 30);
    Integer cycle = f.integer("cycle", false, 1, 20);
    return agent == null || date == null ? null : new Radioligand(agent, date, activity, cycle);
  }

  private static void checkEnd(FieldReader f, LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      f.problem("end", "is " + end + ", before start " + start + "; expected end ≥ start");
    }
  }

  private static ClinicalEvent event(FieldReader f) {
    f.rejectUnknownFields(Set.of("type", "date", "detail"));
    EventType type = f.code("type", true, EventType.class);
    LocalDate date = f.date("date", true);
    String detail = f.text("detail", false);
    return type == null || date == null ? null : new ClinicalEvent(type, date, detail);
  }

  /** A boost or SBRT target that names a lesion must name one that a PET scan shows. */
  private static void checkLesionReferences(JsonNode root, PatientRecord record,
      List<RecordProblem> problems) {
    Set<String> lesionIds = new HashSet<>();
    record.petScans().forEach(s -> s.lesions().forEach(l -> lesionIds.add(l.id())));
    JsonNode treatments = root.get("treatments");
    for (int i = 0; treatments != null && i < treatments.size(); i++) {
      JsonNode targets = treatments.get(i).get("targets");
      for (int j = 0; targets != null && j < targets.size(); j++) {
        JsonNode lesionId = targets.get(j).get("lesionId");
        if (lesionId != null && lesionId.isTextual() && !lesionIds.contains(lesionId.asText())) {
          problems.add(new RecordProblem("treatments[" + i + "].targets[" + j + "].lesionId",
              "\"" + lesionId.asText() + "\" matches no lesion id in petScans"));
        }
      }
    }
  }
}
