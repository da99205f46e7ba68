package org.psmapathway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.Diagnosis;
import org.psmapathway.core.record.EventType;
import org.psmapathway.core.record.HaemoglobinValue;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.LocalExtent;
import org.psmapathway.core.record.NodeRegion;
import org.psmapathway.core.record.OtherMalignancy;
import org.psmapathway.core.record.Pathology;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PerformanceScale;
import org.psmapathway.core.record.PerformanceStatus;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Prostatectomy;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.PsmaTracer;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.ReferenceUptake;
import org.psmapathway.core.record.RtIntent;
import org.psmapathway.core.record.RtPhase;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.RtVolume;
import org.psmapathway.core.record.Side;
import org.psmapathway.core.record.SystemicClass;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.TestosteroneUnit;
import org.psmapathway.core.record.TestosteroneValue;
import org.psmapathway.core.record.Treatment;

/**
 * Reads whole patient records for a batch of ids: one query per table for the batch (not per
 * patient), rows grouped by patient and put back together in seq order.
 */
final class PatientLoader {

  private PatientLoader() {}

  /** A child row with the keys that place it in its patient's record. */
  private record Row<T>(String patientId, int parentSeq, int seq, T value) {}

  /** The stored records of {@code ids} that exist, in the order of {@code ids}. */
  static List<StoredPatient> load(Handle h, List<String> ids) {
    Map<String, List<PsaValue>> psa = group(rows(h, ids, "psa", "", (rs) -> new PsaValue(
        date(rs, "measured_on"), rs.getDouble("value_ng_ml"), rs.getBoolean("below_detection"))));
    Map<String, List<TestosteroneValue>> testosterone = group(rows(h, ids, "testosterone", "",
        rs -> new TestosteroneValue(date(rs, "measured_on"), rs.getDouble("amount"),
            Codes.decode(TestosteroneUnit.class, rs.getString("unit")))));
    Map<String, List<HaemoglobinValue>> haemoglobin = group(rows(h, ids, "haemoglobin", "",
        rs -> new HaemoglobinValue(date(rs, "measured_on"), rs.getDouble("g_per_l"))));
    Map<String, List<PerformanceStatus>> performance = group(rows(h, ids, "performance_status",
        "", rs -> new PerformanceStatus(date(rs, "assessed_on"),
            Codes.decode(PerformanceScale.class, rs.getString("scale")), rs.getInt("score"))));
    Map<String, List<ClinicalEvent>> events = group(rows(h, ids, "event", "",
        rs -> new ClinicalEvent(Codes.decode(EventType.class, rs.getString("event_type")),
            date(rs, "occurred_on"), rs.getString("detail"))));
    Map<String, List<OtherMalignancy>> others = group(rows(h, ids, "other_malignancy", "",
        rs -> new OtherMalignancy(Codes.decode(OtherMalignancy.Kind.class, rs.getString("kind")),
            rs.getBoolean("active"), rs.getString("detail"))));
    Map<String, List<PetScan>> scans = scans(h, ids);
    Map<String, List<Treatment>> treatments = treatments(h, ids);

    List<StoredPatient> patients = new ArrayList<>(ids.size());
    Map<String, StoredPatient> byId = new HashMap<>();
    h.createQuery("SELECT * FROM patient WHERE id IN (<ids>)").bindList("ids", ids)
        .map((rs, ctx) -> {
          String id = rs.getString("id");
          Diagnosis diagnosis = rs.getBoolean("has_diagnosis")
              ? new Diagnosis(date(rs, "diagnosis_date"), integer(rs, "isup_grade"),
                  real(rs, "initial_psa_ng_ml"), rs.getString("histology"))
              : null;
          Pathology pathology = rs.getBoolean("has_pathology")
              ? new Pathology(rs.getString("pathology_t"), rs.getString("pathology_n"),
                  rs.getString("margins"))
              : null;
          LocalDate surgery = date(rs, "prostatectomy_date");
          PatientRecord record = new PatientRecord(id, date(rs, "birth_date"), diagnosis,
              pathology, surgery == null ? null : new Prostatectomy(surgery),
              psa.getOrDefault(id, List.of()), testosterone.getOrDefault(id, List.of()),
              performance.getOrDefault(id, List.of()), scans.getOrDefault(id, List.of()),
              treatments.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()),
              date(rs, "last_follow_up"), haemoglobin.getOrDefault(id, List.of()),
              rs.getBoolean("other_malignancies_known") ? others.getOrDefault(id, List.of())
                  : null);
          return new StoredPatient(record, rs.getLong("version"),
              rs.getObject("created_at", OffsetDateTime.class),
              rs.getObject("updated_at", OffsetDateTime.class));
        })
        .forEach(p -> byId.put(p.record().id(), p));
    for (String id : ids) {
      StoredPatient p = byId.get(id);
      if (p != null) {
        patients.add(p);
      }
    }
    return patients;
  }

  private static Map<String, List<PetScan>> scans(Handle h, List<String> ids) {
    Map<String, Map<Integer, List<Lesion>>> lesions = new HashMap<>();
    for (Row<Lesion> row : rows(h, ids, "lesion", "scan_seq", rs -> new Lesion(
        rs.getString("lesion_id"), Codes.decode(LesionSite.class, rs.getString("site")),
        Codes.decode(NodeRegion.class, rs.getString("node_region")),
        Codes.decode(Side.class, rs.getString("side")), rs.getString("bone"),
        rs.getString("organ"), Codes.decode(LocalExtent.class, rs.getString("extent")),
        real(rs, "suv_max"), real(rs, "short_axis_mm"), real(rs, "volume_ml")))) {
      lesions.computeIfAbsent(row.patientId(), k -> new HashMap<>())
          .computeIfAbsent(row.parentSeq(), k -> new ArrayList<>()).add(row.value());
    }
    List<Row<PetScan>> scans = new ArrayList<>();
    for (Row<PetScan> row : rows(h, ids, "pet_scan", "", rs -> new PetScan(
        date(rs, "scanned_on"), Codes.decode(PsmaTracer.class, rs.getString("tracer")),
        rs.getString("modality"), new ReferenceUptake(real(rs, "blood_pool_suv_mean"),
            real(rs, "liver_suv_mean"), real(rs, "spleen_suv_mean"),
            real(rs, "parotid_suv_mean")),
        real(rs, "total_tumour_volume_ml"), rs.getBoolean("diffuse_marrow"), List.of(),
        bool(rs, "psma_negative_disease")))) {
      PetScan s = row.value();
      List<Lesion> own = lesions.getOrDefault(row.patientId(), Map.of())
          .getOrDefault(row.seq(), List.of());
      scans.add(new Row<>(row.patientId(), 0, row.seq(), new PetScan(s.date(), s.tracer(),
          s.modality(), s.reference(), s.totalTumourVolumeMl(), s.diffuseMarrowInvolvement(), own,
          s.psmaNegativeDisease())));
    }
    return group(scans);
  }

  private record TreatmentRow(String kind, LocalDate start, LocalDate end, RtIntent intent) {}

  private static Map<String, List<Treatment>> treatments(Handle h, List<String> ids) {
    Map<String, Map<Integer, List<RtPhase>>> phases = new HashMap<>();
    // phases are keyed by treatment and target: parentSeq packs both (targets < 2^16 per course)
    for (Row<RtPhase> row : rows(h, ids, "rt_phase", "treatment_seq * 65536 + target_seq",
        rs -> new RtPhase(rs.getDouble("dose_gy"), rs.getInt("fractions")))) {
      phases.computeIfAbsent(row.patientId(), k -> new HashMap<>())
          .computeIfAbsent(row.parentSeq(), k -> new ArrayList<>()).add(row.value());
    }
    Map<String, Map<Integer, List<RtTarget>>> targets = new HashMap<>();
    for (Row<RtTarget> row : rows(h, ids, "rt_target", "treatment_seq", rs -> {
      RtVolume volume = Codes.decode(RtVolume.class, rs.getString("volume"));
      return new RtTarget(volume, rs.getString("label"), rs.getString("lesion_id"),
          phases.getOrDefault(rs.getString("patient_id"), Map.of())
              .getOrDefault(rs.getInt("treatment_seq") * 65536 + rs.getInt("seq"), List.of()));
    })) {
      targets.computeIfAbsent(row.patientId(), k -> new HashMap<>())
          .computeIfAbsent(row.parentSeq(), k -> new ArrayList<>()).add(row.value());
    }
    Map<String, Map<Integer, String>> agents = new HashMap<>();
    for (Row<String> row : rows(h, ids, "systemic_therapy", "treatment_seq",
        rs -> rs.getString("agent"))) {
      agents.computeIfAbsent(row.patientId(), k -> new HashMap<>()).put(row.parentSeq(),
          row.value());
    }
    Map<String, Map<Integer, Radioligand>> ligands = new HashMap<>();
    for (Row<Radioligand> row : rows(h, ids, "radioligand", "treatment_seq",
        rs -> new Radioligand(rs.getString("agent"), null, real(rs, "activity_gbq"),
            integer(rs, "cycle_number")))) {
      ligands.computeIfAbsent(row.patientId(), k -> new HashMap<>()).put(row.parentSeq(),
          row.value());
    }
    List<Row<Treatment>> treatments = new ArrayList<>();
    for (Row<TreatmentRow> row : rows(h, ids, "treatment", "", rs -> new TreatmentRow(
        rs.getString("kind"), date(rs, "start_date"), date(rs, "end_date"),
        Codes.decode(RtIntent.class, rs.getString("rt_intent"))))) {
      TreatmentRow t = row.value();
      String id = row.patientId();
      Treatment treatment = switch (t.kind()) {
        case "radiotherapy" -> new Radiotherapy(t.start(), t.end(), t.intent(),
            targets.getOrDefault(id, Map.of()).getOrDefault(row.seq(), List.of()));
        case "radioligand" -> {
          Radioligand rl = ligands.get(id).get(row.seq());
          yield new Radioligand(rl.agent(), t.start(), rl.activityGBq(), rl.cycle());
        }
        default -> new SystemicTherapy(Codes.decode(SystemicClass.class, t.kind()),
            agents.getOrDefault(id, Map.of()).get(row.seq()), t.start(), t.end());
      };
      treatments.add(new Row<>(id, 0, row.seq(), treatment));
    }
    return group(treatments);
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * Rows of a child table for the ids, ordered by patient, parent and seq.
   *
   * @param parent SQL expression of the parent's seq ("" for a direct child of patient)
   */
  private static <T> List<Row<T>> rows(Handle h, List<String> ids, String table, String parent,
      RowReader<T> reader) {
    String parentSeq = parent.isEmpty() ? "0" : parent;
    // systemic_therapy and radioligand extend one treatment row: their own seq is the treatment's
    String seq = table.equals("systemic_therapy") || table.equals("radioligand")
        ? "0" : "seq";
    return h.createQuery("SELECT t.*, " + parentSeq + " AS parent_seq, " + seq + " AS row_seq FROM "
            + table + " t WHERE patient_id IN (<ids>) ORDER BY patient_id, parent_seq, row_seq")
        .bindList("ids", ids)
        .map((rs, ctx) -> new Row<>(rs.getString("patient_id"), rs.getInt("parent_seq"),
            rs.getInt("row_seq"), reader.read(rs)))
        .list();
  }

  private static <T> Map<String, List<T>> group(List<Row<T>> rows) {
    Map<String, List<T>> grouped = new HashMap<>();
    for (Row<T> row : rows) {
      grouped.computeIfAbsent(row.patientId(), k -> new ArrayList<>()).add(row.value());
    }
    return grouped;
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static Double real(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean v = rs.getBoolean(column);
    return rs.wasNull() ? null : v;
  }
}
