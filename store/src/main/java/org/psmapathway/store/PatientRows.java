package org.psmapathway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.Diagnosis;
import org.psmapathway.core.record.HaemoglobinValue;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.OtherMalignancy;
import org.psmapathway.core.record.Pathology;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PerformanceStatus;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.TestosteroneValue;
import org.psmapathway.core.record.Treatment;

/**
 * Writes patient records into the tables of {@code V1__registry.sql}: one bulk write per table for
 * a whole batch of patients ({@link TableRows}: COPY on PostgreSQL, a JDBC batch on H2), so that a
 * large import costs a few round trips per 500 patients.
 */
final class PatientRows {

  private PatientRows() {}

  /** Child tables, children before parents, so deletes never violate a foreign key. */
  private static final String[] CHILD_TABLES = {"rt_phase", "rt_target", "systemic_therapy",
      "radioligand", "treatment", "lesion", "pet_scan", "psa", "testosterone", "haemoglobin",
      "performance_status", "event", "other_malignancy"};

  private static final String PATIENT_COLUMNS = "birth_date, has_diagnosis, diagnosis_date, "
      + "isup_grade, initial_psa_ng_ml, histology, has_pathology, pathology_t, pathology_n, margins, "
      + "prostatectomy_date, last_follow_up, other_malignancies_known, content_sha256";

  static void insertPatients(Handle h, List<PatientRecord> records, List<String> hashes) {
    try {
      Connection c = h.getConnection();
      try (TableRows patients = TableRows.open(c, isPostgres(c), "patient",
          ("id, " + PATIENT_COLUMNS).split(", "))) {
        for (int i = 0; i < records.size(); i++) {
          PatientRecord r = records.get(i);
          Diagnosis d = r.diagnosis();
          Pathology p = r.pathology();
          patients.add(r.id(), r.birthDate(), d != null, d == null ? null : d.date(),
              d == null ? null : d.isupGrade(), d == null ? null : d.initialPsa(),
              d == null ? null : d.histology(), p != null, p == null ? null : p.pT(),
              p == null ? null : p.pN(), p == null ? null : p.margins(),
              r.prostatectomy() == null ? null : r.prostatectomy().date(), r.lastFollowUp(),
              r.otherMalignancies() != null, hashes.get(i));
        }
        patients.flush();
      }
    } catch (SQLException e) {
      throw new RegistryWriteException(e);
    }
  }

  private static boolean isPostgres(Connection c) throws SQLException {
    return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
  }

  /** @return rows updated: 0 when another writer moved the version on since it was read */
  static int updatePatient(Handle h, PatientRecord r, String sha, long expectedVersion) {
    var update = h.createUpdate("UPDATE patient SET (" + PATIENT_COLUMNS
        + ", version, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, version + 1, "
        + "CURRENT_TIMESTAMP) WHERE id = ? AND version = ?");
    bindPatient(update, 0, r, sha);
    update.bind(14, r.id());
    update.bind(15, expectedVersion);
    return update.execute();
  }

  private static void bindPatient(org.jdbi.v3.core.statement.SqlStatement<?> s, int at,
      PatientRecord r, String sha) {
    Diagnosis d = r.diagnosis();
    Pathology p = r.pathology();
    s.bindByType(at, r.birthDate(), LocalDate.class);
    s.bind(at + 1, d != null);
    s.bindByType(at + 2, d == null ? null : d.date(), LocalDate.class);
    s.bindByType(at + 3, d == null ? null : d.isupGrade(), Integer.class);
    s.bindByType(at + 4, d == null ? null : d.initialPsa(), Double.class);
    s.bindByType(at + 5, d == null ? null : d.histology(), String.class);
    s.bind(at + 6, p != null);
    s.bindByType(at + 7, p == null ? null : p.pT(), String.class);
    s.bindByType(at + 8, p == null ? null : p.pN(), String.class);
    s.bindByType(at + 9, p == null ? null : p.margins(), String.class);
    s.bindByType(at + 10, r.prostatectomy() == null ? null : r.prostatectomy().date(),
        LocalDate.class);
    s.bindByType(at + 11, r.lastFollowUp(), LocalDate.class);
    s.bind(at + 12, r.otherMalignancies() != null);
    s.bind(at + 13, sha);
  }

  static void deleteChildren(Handle h, List<PatientRecord> records) {
    List<String> ids = new ArrayList<>(records.size());
    for (PatientRecord r : records) {
      ids.add(r.id());
    }
    for (String table : CHILD_TABLES) {
      h.createUpdate("DELETE FROM " + table + " WHERE patient_id IN (<ids>)")
          .bindList("ids", ids).execute();
    }
  }

  /** Adds one record's rows of one table. */
  @FunctionalInterface
  private interface RowsOf {
    void add(PatientRecord r, TableRows rows) throws SQLException;
  }

  /**
   * Every child row of the records, one bulk write per table, table after table: parents before
   * children (the foreign keys are checked row by row), and one table at a time because a
   * connection holds one COPY at a time — while PostgreSQL ingests a table's first rows, the rest
   * are still being written. Column lists follow {@code V1__registry.sql}.
   */
  static void insertChildren(Handle h, List<PatientRecord> records) {
    try {
      Connection c = h.getConnection();
      boolean pg = isPostgres(c);
      Tables tables = new Tables(c, pg, records);
      tables.write("psa", new String[] {"patient_id", "seq", "measured_on", "value_ng_ml",
          "below_detection"}, (r, rows) -> {
            for (int i = 0; i < r.psa().size(); i++) {
              PsaValue v = r.psa().get(i);
              rows.add(r.id(), i, v.date(), v.valueNgMl(), v.belowDetection());
            }
          });
      tables.write("testosterone", new String[] {"patient_id", "seq", "measured_on", "amount",
          "unit"}, (r, rows) -> {
            for (int i = 0; i < r.testosterone().size(); i++) {
              TestosteroneValue v = r.testosterone().get(i);
              rows.add(r.id(), i, v.date(), v.value(), v.unit().code());
            }
          });
      tables.write("haemoglobin", new String[] {"patient_id", "seq", "measured_on", "g_per_l"},
          (r, rows) -> {
            for (int i = 0; i < r.haemoglobin().size(); i++) {
              HaemoglobinValue v = r.haemoglobin().get(i);
              rows.add(r.id(), i, v.date(), v.gPerL());
            }
          });
      tables.write("performance_status", new String[] {"patient_id", "seq", "assessed_on",
          "scale", "score"}, (r, rows) -> {
            for (int i = 0; i < r.performanceStatus().size(); i++) {
              PerformanceStatus v = r.performanceStatus().get(i);
              rows.add(r.id(), i, v.date(), v.scale().code(), v.value());
            }
          });
      tables.write("pet_scan", new String[] {"patient_id", "seq", "scanned_on", "tracer",
          "modality", "blood_pool_suv_mean", "liver_suv_mean", "spleen_suv_mean",
          "parotid_suv_mean", "total_tumour_volume_ml", "diffuse_marrow",
          "psma_negative_disease"}, (r, rows) -> {
            for (int i = 0; i < r.petScans().size(); i++) {
              PetScan s = r.petScans().get(i);
              rows.add(r.id(), i, s.date(), s.tracer().code(), s.modality(),
                  s.reference().bloodPoolSuvMean(), s.reference().liverSuvMean(),
                  s.reference().spleenSuvMean(), s.reference().parotidSuvMean(),
                  s.totalTumourVolumeMl(), s.diffuseMarrowInvolvement(), s.psmaNegativeDisease());
            }
          });
      tables.write("lesion", new String[] {"patient_id", "scan_seq", "seq", "lesion_id", "site",
          "node_region", "side", "bone", "organ", "extent", "suv_max", "short_axis_mm",
          "volume_ml"}, (r, rows) -> {
            for (int i = 0; i < r.petScans().size(); i++) {
              List<Lesion> lesions = r.petScans().get(i).lesions();
              for (int j = 0; j < lesions.size(); j++) {
                Lesion l = lesions.get(j);
                rows.add(r.id(), i, j, l.id(), l.site().code(), Codes.encode(l.region()),
                    Codes.encode(l.side()), l.bone(), l.organ(), Codes.encode(l.extent()),
                    l.suvMax(), l.shortAxisMm(), l.volumeMl());
              }
            }
          });
      tables.write("treatment", new String[] {"patient_id", "seq", "kind", "start_date",
          "end_date", "rt_intent"}, (r, rows) -> {
            for (int i = 0; i < r.treatments().size(); i++) {
              Treatment t = r.treatments().get(i);
              if (t instanceof Radiotherapy rt) {
                rows.add(r.id(), i, "radiotherapy", t.start(), t.end(), rt.intent().code());
              } else if (t instanceof SystemicTherapy s) {
                rows.add(r.id(), i, s.kind().code(), t.start(), t.end(), null);
              } else if (t instanceof Radioligand) {
                // one administration: its date is the treatment's start, end stays empty
                rows.add(r.id(), i, "radioligand", t.start(), null, null);
              }
            }
          });
      tables.write("rt_target", new String[] {"patient_id", "treatment_seq", "seq", "volume",
          "label", "lesion_id"}, (r, rows) -> {
            for (int i = 0; i < r.treatments().size(); i++) {
              if (r.treatments().get(i) instanceof Radiotherapy rt) {
                for (int j = 0; j < rt.targets().size(); j++) {
                  RtTarget target = rt.targets().get(j);
                  rows.add(r.id(), i, j, target.volume().code(), target.label(),
                      target.lesionId());
                }
              }
            }
          });
      tables.write("rt_phase", new String[] {"patient_id", "treatment_seq", "target_seq", "seq",
          "dose_gy", "fractions"}, (r, rows) -> {
            for (int i = 0; i < r.treatments().size(); i++) {
              if (r.treatments().get(i) instanceof Radiotherapy rt) {
                for (int j = 0; j < rt.targets().size(); j++) {
                  RtTarget target = rt.targets().get(j);
                  for (int k = 0; k < target.phases().size(); k++) {
                    rows.add(r.id(), i, j, k, target.phases().get(k).doseGy(),
                        target.phases().get(k).fractions());
                  }
                }
              }
            }
          });
      tables.write("systemic_therapy", new String[] {"patient_id", "treatment_seq", "agent"},
          (r, rows) -> {
            for (int i = 0; i < r.treatments().size(); i++) {
              if (r.treatments().get(i) instanceof SystemicTherapy s) {
                rows.add(r.id(), i, s.agent());
              }
            }
          });
      tables.write("radioligand", new String[] {"patient_id", "treatment_seq", "agent",
          "activity_gbq", "cycle_number"}, (r, rows) -> {
            for (int i = 0; i < r.treatments().size(); i++) {
              if (r.treatments().get(i) instanceof Radioligand rl) {
                rows.add(r.id(), i, rl.agent(), rl.activityGBq(), rl.cycle());
              }
            }
          });
      tables.write("event", new String[] {"patient_id", "seq", "event_type", "occurred_on",
          "detail"}, (r, rows) -> {
            for (int i = 0; i < r.events().size(); i++) {
              ClinicalEvent e = r.events().get(i);
              rows.add(r.id(), i, e.type().code(), e.date(), e.detail());
            }
          });
      tables.write("other_malignancy", new String[] {"patient_id", "seq", "kind", "active",
          "detail"}, (r, rows) -> {
            List<OtherMalignancy> others = r.otherMalignancies() == null ? List.of()
                : r.otherMalignancies();
            for (int i = 0; i < others.size(); i++) {
              OtherMalignancy m = others.get(i);
              rows.add(r.id(), i, m.kind().code(), m.active(), m.detail());
            }
          });
    } catch (SQLException e) {
      throw new RegistryWriteException(e);
    }
  }

  /** The records' rows, written one table at a time on one connection. */
  private record Tables(Connection c, boolean pg, List<PatientRecord> records) {
    void write(String table, String[] columns, RowsOf rowsOf) throws SQLException {
      try (TableRows rows = TableRows.open(c, pg, table, columns)) {
        for (PatientRecord r : records) {
          rowsOf.add(r, rows);
        }
        rows.flush();
      }
    }
  }
}
