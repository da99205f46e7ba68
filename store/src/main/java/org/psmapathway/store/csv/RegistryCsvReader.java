package org.psmapathway.store.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;
import org.psmapathway.store.RegistryLimits;
import org.psmapathway.store.csv.CsvTableFile.Row;

/**
 * Reads the registry's CSV tables (docs/registry-csv.md) into patient records, all tables first:
 * each patient's rows are gathered from every table into the patient-record JSON tree of
 * docs/patient-record.md and validated by {@link PatientRecordReader}, so that CSV and JSON import
 * apply the same rules with the same messages. The reader's field paths are mapped back to the
 * cell they came from, and every problem is a {@link CsvProblem} ({@code file:line:column}).
 *
 * <p>Checks of the tables themselves, made before the record rules: unknown and missing columns,
 * ragged rows, key cells ({@code seq}, {@code target_no}, {@code phase_no} whole numbers ≥ 1),
 * duplicate keys, and orphan rows (a row whose patient, scan, treatment or target is not in its
 * parent table). A duplicate or orphan row is left out of the record so that it is reported once.
 */
public final class RegistryCsvReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

  // CSV column -> patient-record JSON field, per table
  private static final String[][] PSA = {{"date", "date"}, {"value_ng_ml", "value"},
      {"below_detection", "belowDetection"}};
  private static final String[][] TESTOSTERONE = {{"date", "date"}, {"value", "value"},
      {"unit", "unit"}};
  private static final String[][] HAEMOGLOBIN = TESTOSTERONE;
  private static final String[][] PERFORMANCE = {{"date", "date"}, {"scale", "scale"},
      {"value", "value"}};
  private static final String[][] EVENTS = {{"type", "type"}, {"date", "date"},
      {"detail", "detail"}};
  private static final String[][] OTHER_MALIGNANCIES = {{"kind", "kind"}, {"active", "active"},
      {"detail", "detail"}};
  private static final String[][] PET_SCAN = {{"date", "date"}, {"tracer", "tracer"},
      {"modality", "modality"}, {"total_tumour_volume_ml", "totalTumourVolumeMl"},
      {"diffuse_marrow_involvement", "diffuseMarrowInvolvement"},
      {"psma_negative_disease", "psmaNegativeDisease"}};
  private static final String[][] REFERENCE = {{"blood_pool_suv_mean", "bloodPoolSuvMean"},
      {"liver_suv_mean", "liverSuvMean"}, {"spleen_suv_mean", "spleenSuvMean"},
      {"parotid_suv_mean", "parotidSuvMean"}};
  private static final String[][] LESION = {{"lesion_id", "id"}, {"site", "site"},
      {"region", "region"}, {"side", "side"}, {"bone", "bone"}, {"organ", "organ"},
      {"extent", "extent"}, {"suv_max", "suvMax"}, {"short_axis_mm", "shortAxisMm"},
      {"volume_ml", "volumeMl"}};
  private static final String[][] TREATMENT = {{"type", "type"}, {"end_date", "end"},
      {"intent", "intent"}, {"agent", "agent"}, {"activity_gbq", "activityGBq"},
      {"cycle", "cycle"}};
  private static final String[][] RT_TARGET = {{"volume", "volume"}, {"label", "label"},
      {"lesion_id", "lesionId"}, {"dose_gy", "doseGy"}, {"fractions", "fractions"}};
  private static final String[][] RT_PHASE = {{"dose_gy", "doseGy"}, {"fractions", "fractions"}};
  private static final String[][] DIAGNOSIS = {{"diagnosis_date", "date"},
      {"isup_grade", "isupGrade"}, {"initial_psa_ng_ml", "initialPsa"},
      {"histology", "histology"}};
  private static final String[][] PATHOLOGY = {{"pathology_t", "pT"}, {"pathology_n", "pN"},
      {"margins", "margins"}};

  private final PatientRecordReader reader;
  private final Map<RegistryTable, CsvTableFile> tables = new EnumMap<>(RegistryTable.class);
  private final List<CsvProblem> problems = new ArrayList<>();

  private RegistryCsvReader(PatientRecordReader reader) {
    this.reader = reader;
  }

  /**
   * Reads the given tables (any subset; {@code patients.csv} is the parent of every other) and
   * returns the records of all patients in {@code patients.csv}, or the problems.
   */
  public static CsvImport read(Map<RegistryTable, Path> files, PatientRecordReader reader) {
    RegistryCsvReader r = new RegistryCsvReader(reader);
    for (RegistryTable t : RegistryTable.values()) {
      Path path = files.get(t);
      r.tables.put(t, path == null ? CsvTableFile.absent(t)
          : CsvTableFile.read(t, path, r.problems));
    }
    if (!files.containsKey(RegistryTable.PATIENTS)) {
      r.problems.add(new CsvProblem(RegistryTable.PATIENTS.fileName(), 0, 0,
          "is missing; every import of CSV tables needs the patients table, the parent of all "
              + "others"));
    }
    List<PatientRecord> records = r.assemble();
    r.problems.sort(Comparator.comparing(CsvProblem::file).thenComparingLong(CsvProblem::line)
        .thenComparingInt(CsvProblem::column));
    return new CsvImport(records, r.problems);
  }

  /** One patient's rows, gathered from every table. */
  private static final class Patient {
    final Row row;
    final Map<RegistryTable, List<Row>> children = new EnumMap<>(RegistryTable.class);

    Patient(Row row) {
      this.row = row;
    }

    List<Row> rows(RegistryTable t) {
      return children.getOrDefault(t, List.of());
    }
  }

  private List<PatientRecord> assemble() {
    CsvTableFile patientsTable = tables.get(RegistryTable.PATIENTS);
    Map<String, Patient> patients = new TreeMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (Row row : patientsTable.rows()) {
      String id = patientsTable.cell(row, "patient_id");
      if (id == null) {
        problem(patientsTable, row, "patient_id", "is required");
      } else if (firstLine.putIfAbsent(id, row.line()) != null) {
        problem(patientsTable, row, "patient_id", "duplicate key: patient " + id
            + " is also on line " + firstLine.get(id) + "; expected each patient once");
      } else {
        patients.put(id, new Patient(row));
      }
    }
    boolean parentsKnown = patientsTable.has("patient_id");
    for (RegistryTable t : RegistryTable.values()) {
      if (t == RegistryTable.PATIENTS) {
        continue;
      }
      CsvTableFile table = tables.get(t);
      for (Row row : table.rows()) {
        String id = table.cell(row, "patient_id");
        Patient p = id == null ? null : patients.get(id);
        if (id == null) {
          problem(table, row, "patient_id", "is required");
        } else if (p == null) {
          if (parentsKnown) {
            problem(table, row, "patient_id", "orphan row: patient " + id
                + " is not in patients.csv");
          }
        } else {
          p.children.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
        }
      }
    }
    List<PatientRecord> records = new ArrayList<>(patients.size());
    for (Map.Entry<String, Patient> e : patients.entrySet()) {
      FieldLocations where = new FieldLocations();
      JsonNode root = patientTree(e.getKey(), e.getValue(), where);
      try {
        PatientRecord record = reader.read(root);
        List<RecordProblem> tooLong = RegistryLimits.check(record);
        if (tooLong.isEmpty()) {
          records.add(record);
        } else {
          tooLong.forEach(p -> problems.add(where.locate(p)));
        }
      } catch (InvalidPatientRecordException invalid) {
        for (RecordProblem p : invalid.problems()) {
          problems.add(where.locate(p));
        }
      }
    }
    return records;
  }

  private ObjectNode patientTree(String id, Patient p, FieldLocations where) {
    CsvTableFile table = tables.get(RegistryTable.PATIENTS);
    ObjectNode root = NODES.objectNode();
    where.row("", table, p.row, "patient_id", null);
    root.put("id", id);
    where.cell("id", table, p.row, "patient_id");
    field(root, "birthDate", table, p.row, "birth_date", "birthDate", where);
    group(root, "diagnosis", DIAGNOSIS, table, p.row, where, "diagnosis");
    group(root, "pathology", PATHOLOGY, table, p.row, where, "pathology");
    if (table.cell(p.row, "prostatectomy_date") != null) {
      field(root.putObject("prostatectomy"), "date", table, p.row, "prostatectomy_date",
          "prostatectomy.date", where);
    }
    field(root, "lastFollowUp", table, p.row, "last_follow_up", "lastFollowUp", where);
    dated(root, "psa", RegistryTable.PSA, PSA, p, where);
    dated(root, "testosterone", RegistryTable.TESTOSTERONE, TESTOSTERONE, p, where);
    dated(root, "haemoglobin", RegistryTable.HAEMOGLOBIN, HAEMOGLOBIN, p, where);
    dated(root, "performanceStatus", RegistryTable.PERFORMANCE_STATUS, PERFORMANCE, p, where);
    dated(root, "events", RegistryTable.EVENTS, EVENTS, p, where);
    petScans(root, p, where);
    treatments(root, p, where);
    otherMalignancies(root, table, p, where);
    return root;
  }


  /**
   * Rows keyed by patient, date and seq (PSA, testosterone, haemoglobin, performance status,
   * events): in date and seq order, which is the record's order.
   */
  private void dated(ObjectNode root, String list, RegistryTable t, String[][] columns,
      Patient p, FieldLocations where) {
    CsvTableFile table = tables.get(t);
    Map<String, Row> seen = new HashMap<>();
    List<Keyed> rows = new ArrayList<>();
    for (Row row : p.rows(t)) {
      Integer seq = sequence(table, row, "seq", true);
      if (seq == null) {
        continue;
      }
      String date = table.cell(row, "date");
      String key = date + "|" + seq;
      if (!duplicate(seen, key, table, row, "date", "(" + table.cell(row, "patient_id") + ", "
          + date + ", seq " + seq + ")", "give seq 1, 2, ... to keep two rows of one date")) {
        rows.add(new Keyed(row, parseDate(date), seq));
      }
    }
    rows.sort(Comparator.comparing(Keyed::date).thenComparingInt(Keyed::number)
        .thenComparingLong(k -> k.row().line()));
    array(root, list, rows, (item, k, path) ->
        fields(item, columns, table, k.row(), path + ".", where), table, "date", where);
  }

  private void otherMalignancies(ObjectNode root, CsvTableFile patients, Patient p,
      FieldLocations where) {
    RegistryTable t = RegistryTable.OTHER_MALIGNANCIES;
    CsvTableFile table = tables.get(t);
    String assessed = patients.cell(p.row, "other_malignancies_assessed");
    boolean known = !p.rows(t).isEmpty();
    if (assessed != null) {
      switch (assessed) {
        case "true" -> known = true;
        case "false" -> {
          if (known) {
            problem(patients, p.row, "other_malignancies_assessed", "is false but "
                + table.file() + " has " + p.rows(t).size() + " row(s) for patient "
                + root.get("id").asText() + "; expected true");
          }
        }
        default -> problem(patients, p.row, "other_malignancies_assessed",
            "expected true or false, got \"" + assessed + "\"");
      }
    }
    if (!known) {
      return;
    }
    Map<String, Row> seen = new HashMap<>();
    List<Keyed> rows = new ArrayList<>();
    for (Row row : p.rows(t)) {
      Integer seq = sequence(table, row, "seq", true);
      if (seq != null && !duplicate(seen, String.valueOf(seq), table, row, "seq",
          "(" + table.cell(row, "patient_id") + ", seq " + seq + ")",
          "give seq 1, 2, ... to keep several")) {
        rows.add(new Keyed(row, LocalDate.MIN, seq));
      }
    }
    rows.sort(Comparator.comparingInt(Keyed::number));
    ArrayNode items = root.putArray("otherMalignancies");
    for (int i = 0; i < rows.size(); i++) {
      String path = "otherMalignancies[" + i + "]";
      where.row(path, table, rows.get(i).row(), "patient_id", null);
      fields(items.addObject(), OTHER_MALIGNANCIES, table, rows.get(i).row(), path + ".", where);
    }
  }

  private void petScans(ObjectNode root, Patient p, FieldLocations where) {
    CsvTableFile scans = tables.get(RegistryTable.PET_SCANS);
    CsvTableFile lesions = tables.get(RegistryTable.LESIONS);
    Map<String, Row> seen = new HashMap<>();
    List<Keyed> rows = new ArrayList<>();
    for (Row row : p.rows(RegistryTable.PET_SCANS)) {
      String scanId = required(scans, row, "scan_id");
      if (scanId != null && !duplicate(seen, scanId, scans, row, "scan_id",
          "(" + scans.cell(row, "patient_id") + ", " + scanId + ")", "scan ids are unique "
              + "within a patient")) {
        rows.add(new Keyed(row, parseDate(scans.cell(row, "date")), 0));
      }
    }
    // lesions by scan id, in file order (the order the record lists them in)
    Map<String, List<Row>> byScan = new LinkedHashMap<>();
    for (Row row : p.rows(RegistryTable.LESIONS)) {
      String scanId = required(lesions, row, "scan_id");
      if (scanId == null) {
        continue;
      }
      if (!seen.containsKey(scanId)) {
        problem(lesions, row, "scan_id", "orphan row: patient " + lesions.cell(row, "patient_id")
            + " has no scan " + scanId + " in " + scans.file());
        continue;
      }
      byScan.computeIfAbsent(scanId, k -> new ArrayList<>()).add(row);
    }
    rows.sort(Comparator.comparing(Keyed::date).thenComparingLong(k -> k.row().line()));
    array(root, "petScans", rows, (scan, k, path) -> {
      fields(scan, PET_SCAN, scans, k.row(), path + ".", where);
      group(scan, "reference", REFERENCE, scans, k.row(), where, path + ".reference");
      String scanId = scans.cell(k.row(), "scan_id");
      Map<String, Row> lesionIds = new HashMap<>();
      List<Keyed> scanLesions = new ArrayList<>();
      for (Row row : byScan.getOrDefault(scanId, List.of())) {
        String lesionId = required(lesions, row, "lesion_id");
        if (lesionId != null && !duplicate(lesionIds, lesionId, lesions, row, "lesion_id",
            "(" + lesions.cell(row, "patient_id") + ", " + scanId + ", " + lesionId + ")",
            "lesion ids are unique within a scan")) {
          scanLesions.add(new Keyed(row, LocalDate.MIN, 0));
        }
      }
      if (!scanLesions.isEmpty()) {
        where.row(path + ".lesions", scans, k.row(), "scan_id", "lesions");
      }
      array(scan, "lesions", scanLesions, (lesion, l, lesionPath) ->
          fields(lesion, LESION, lesions, l.row(), lesionPath + ".", where), lesions,
          "lesion_id", where, path + ".lesions");
    }, scans, "scan_id", where);
  }

  /**
   * A nested object (diagnosis, pathology, a scan's reference uptake) present when any of its
   * cells is filled; {@code path} is its field path.
   */
  private static void group(ObjectNode parent, String name, String[][] columns,
      CsvTableFile table, Row row, FieldLocations where, String path) {
    boolean any = false;
    for (String[] c : columns) {
      any |= table.cell(row, c[0]) != null;
    }
    if (any) {
      fields(parent.putObject(name), columns, table, row, path + ".", where);
    }
  }

  private void treatments(ObjectNode root, Patient p, FieldLocations where) {
    CsvTableFile treatments = tables.get(RegistryTable.TREATMENTS);
    CsvTableFile targets = tables.get(RegistryTable.RT_TARGETS);
    CsvTableFile phases = tables.get(RegistryTable.RT_PHASES);
    Map<String, Row> seen = new HashMap<>();
    List<Keyed> rows = new ArrayList<>();
    for (Row row : p.rows(RegistryTable.TREATMENTS)) {
      String treatmentId = required(treatments, row, "treatment_id");
      if (treatmentId != null && !duplicate(seen, treatmentId, treatments, row, "treatment_id",
          "(" + treatments.cell(row, "patient_id") + ", " + treatmentId + ")",
          "treatment ids are unique within a patient")) {
        rows.add(new Keyed(row, parseDate(treatments.cell(row, "start_date")), 0));
      }
    }
    // targets by treatment, keyed by target_no
    Map<String, Map<Integer, Row>> targetsOf = new HashMap<>();
    for (Row row : p.rows(RegistryTable.RT_TARGETS)) {
      String treatmentId = required(targets, row, "treatment_id");
      Integer number = sequence(targets, row, "target_no", false);
      if (treatmentId == null || number == null) {
        continue;
      }
      Row treatment = seen.get(treatmentId);
      if (treatment == null) {
        problem(targets, row, "treatment_id", "orphan row: patient "
            + targets.cell(row, "patient_id") + " has no treatment " + treatmentId + " in "
            + treatments.file());
      } else if (!"radiotherapy".equals(treatments.cell(treatment, "type"))) {
        problem(targets, row, "treatment_id", "treatment " + treatmentId + " is "
            + treatments.cell(treatment, "type") + " (" + treatments.file() + " line "
            + treatment.line() + "); only radiotherapy has target volumes");
      } else {
        Map<Integer, Row> ofTreatment = targetsOf.computeIfAbsent(treatmentId,
            k -> new TreeMap<>());
        Map<String, Row> keys = new HashMap<>();
        ofTreatment.forEach((n, r) -> keys.put(String.valueOf(n), r));
        if (!duplicate(keys, String.valueOf(number), targets, row, "target_no",
            "(" + targets.cell(row, "patient_id") + ", " + treatmentId + ", target " + number
                + ")", "target numbers are unique within a treatment")) {
          ofTreatment.put(number, row);
        }
      }
    }
    // phases by treatment and target, keyed by phase_no
    Map<String, Map<Integer, Row>> phasesOf = new HashMap<>();
    for (Row row : p.rows(RegistryTable.RT_PHASES)) {
      String treatmentId = required(phases, row, "treatment_id");
      Integer target = sequence(phases, row, "target_no", false);
      Integer number = sequence(phases, row, "phase_no", false);
      if (treatmentId == null || target == null || number == null) {
        continue;
      }
      if (!targetsOf.getOrDefault(treatmentId, Map.of()).containsKey(target)) {
        problem(phases, row, "target_no", "orphan row: patient " + phases.cell(row, "patient_id")
            + " has no target " + target + " of treatment " + treatmentId + " in "
            + targets.file());
        continue;
      }
      Map<Integer, Row> ofTarget = phasesOf.computeIfAbsent(treatmentId + "|" + target,
          k -> new TreeMap<>());
      if (ofTarget.containsKey(number)) {
        problem(phases, row, "phase_no", "duplicate key (" + phases.cell(row, "patient_id")
            + ", " + treatmentId + ", target " + target + ", phase " + number + "): also on line "
            + ofTarget.get(number).line() + "; phase numbers are unique within a target");
      } else {
        ofTarget.put(number, row);
      }
    }
    rows.sort(Comparator.comparing(Keyed::date).thenComparingLong(k -> k.row().line()));
    array(root, "treatments", rows, (item, k, path) -> {
      Row row = k.row();
      fields(item, TREATMENT, treatments, row, path + ".", where);
      // a radioligand cycle has a date, every other treatment a start (docs/patient-record.md)
      String start = "radioligand".equals(treatments.cell(row, "type")) ? "date" : "start";
      field(item, start, treatments, row, "start_date", path + "." + start, where);
      String treatmentId = treatments.cell(row, "treatment_id");
      Map<Integer, Row> ofTreatment = targetsOf.get(treatmentId);
      where.row(path + ".targets", treatments, row, "treatment_id",
          "targets (rows of " + targets.file() + ")");
      if (ofTreatment == null) {
        return;
      }
      ArrayNode list = item.putArray("targets");
      int j = 0;
      for (Map.Entry<Integer, Row> target : ofTreatment.entrySet()) {
        String targetPath = path + ".targets[" + j++ + "]";
        ObjectNode node = list.addObject();
        where.row(targetPath, targets, target.getValue(), "target_no", null);
        fields(node, RT_TARGET, targets, target.getValue(), targetPath + ".", where);
        Map<Integer, Row> ofTarget = phasesOf.get(treatmentId + "|" + target.getKey());
        if (ofTarget != null) {
          where.cell(targetPath + ".phases", targets, target.getValue(), "dose_gy");
          ArrayNode phaseList = node.putArray("phases");
          int m = 0;
          for (Row phase : ofTarget.values()) {
            String phasePath = targetPath + ".phases[" + m++ + "]";
            where.row(phasePath, phases, phase, "phase_no", null);
            fields(phaseList.addObject(), RT_PHASE, phases, phase, phasePath + ".", where);
          }
        }
      }
    }, treatments, "treatment_id", where);
  }

  // --- building blocks -------------------------------------------------------------------------

  private record Keyed(Row row, LocalDate date, int number) {}

  private interface Item {
    void fill(ObjectNode item, Keyed row, String path);
  }

  private static void array(ObjectNode parent, String name, List<Keyed> rows, Item item,
      CsvTableFile table, String keyColumn, FieldLocations where) {
    array(parent, name, rows, item, table, keyColumn, where, name);
  }

  private static void array(ObjectNode parent, String name, List<Keyed> rows, Item item,
      CsvTableFile table, String keyColumn, FieldLocations where, String path) {
    if (rows.isEmpty()) {
      return;
    }
    ArrayNode list = parent.putArray(name);
    for (int i = 0; i < rows.size(); i++) {
      String itemPath = path + "[" + i + "]";
      where.row(itemPath, table, rows.get(i).row(), keyColumn, null);
      item.fill(list.addObject(), rows.get(i), itemPath);
    }
  }

  private static void fields(ObjectNode node, String[][] columns, CsvTableFile table, Row row,
      String prefix, FieldLocations where) {
    for (String[] c : columns) {
      field(node, c[1], table, row, c[0], prefix + c[1], where);
    }
  }

  /** One cell as a typed JSON value; a cell that is not of its column's type stays text, and the
   * record reader then reports it ("expected a number, got \"1,5\""). */
  private static void field(ObjectNode node, String field, CsvTableFile table, Row row,
      String column, String path, FieldLocations where) {
    where.cell(path, table, row, column);
    String text = table.cell(row, column);
    if (text == null) {
      return;
    }
    ColumnType type = table.table().column(column).orElseThrow().type();
    switch (type) {
      case NUMBER -> {
        if (DECIMAL.matcher(text).matches()) {
          node.put(field, Double.parseDouble(text));
          return;
        }
      }
      case INTEGER -> {
        if (WHOLE.matcher(text).matches()) {
          node.put(field, Integer.parseInt(text));
          return;
        }
        if (DECIMAL.matcher(text).matches()) {
          node.put(field, Double.parseDouble(text)); // reported as "expected a whole number"
          return;
        }
      }
      case BOOLEAN -> {
        if (text.equals("true") || text.equals("false")) {
          node.put(field, Boolean.parseBoolean(text));
          return;
        }
      }
      default -> { }
    }
    node.put(field, text);
  }

  /** A key number ({@code seq}, {@code target_no}, {@code phase_no}): a whole number ≥ 1. */
  private Integer sequence(CsvTableFile table, Row row, String column, boolean defaultsToOne) {
    String text = table.cell(row, column);
    if (text == null) {
      if (defaultsToOne) {
        return 1;
      }
      problem(table, row, column, "is required");
      return null;
    }
    if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) < 1) {
      problem(table, row, column, "expected a whole number ≥ 1, got \"" + text + "\"");
      return null;
    }
    return Integer.parseInt(text);
  }

  private String required(CsvTableFile table, Row row, String column) {
    String text = table.cell(row, column);
    if (text == null) {
      problem(table, row, column, "is required");
    }
    return text;
  }

  /** Records the key; a key seen before is a problem and the row is to be left out. */
  private boolean duplicate(Map<String, Row> seen, String key, CsvTableFile table, Row row,
      String column, String describedKey, String rule) {
    Row first = seen.putIfAbsent(key, row);
    if (first == null) {
      return false;
    }
    problem(table, row, column, "duplicate key " + describedKey + ": also on line "
        + first.line() + "; " + rule);
    return true;
  }

  private void problem(CsvTableFile table, Row row, String column, String message) {
    problems.add(new CsvProblem(table.file(), row.line(), table.position(column),
        column + ": " + message));
  }

  /** For ordering only: an invalid date sorts last and is reported by the record reader. */
  private static LocalDate parseDate(String text) {
    if (text == null) {
      return LocalDate.MAX;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return LocalDate.MAX;
    }
  }
}
