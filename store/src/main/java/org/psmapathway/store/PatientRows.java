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
      TableRows patients = TableRows.open(c, isPostgres(c), "patient",
          ("id, " + PATIENT_COLUMNS).split(", "));
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

  /**
   * Every child row of the records, one bulk write per table (parents before children: the
   * foreign keys are checked row by row). Column lists follow {@code V1__registry.sql}.
   */
  static void insertChildren(Handle h, List<PatientRecord> records) {
    try {
      Connection c = h.getConnection();
      boolean pg = isPostgres(c);
      TableRows psa = TableRows.open(c, pg, "psa", "patient_id", "seq", "measured_on",
          "value_ng_ml", "below_detection");
      TableRows testosterone = TableRows.open(c, pg, "testosterone", "patient_id", "seq",
          "measured_on", "amount", "unit");
      TableRows haemoglobin = TableRows.open(c, pg, "haemoglobin", "patient_id", "seq",
          "measured_on", "g_per_l");
      TableRows performance = TableRows.open(c, pg, "performance_status", "patient_id", "seq",
          "assessed_on", "scale", "score");
      TableRows scans = TableRows.open(c, pg, "pet_scan", "patient_id", "seq", "scanned_on",
          "tracer", "modality", "blood_pool_suv_mean", "liver_suv_mean", "spleen_suv_mean",
          "parotid_suv_mean", "total_tumour_volume_ml", "diffuse_marrow",
          "psma_negative_disease");
      TableRows lesions = TableRows.open(c, pg, "lesion", "patient_id", "scan_seq", "seq",
          "lesion_id", "site", "node_region", "side", "bone", "organ", "extent", "suv_max",
          "short_axis_mm", "volume_ml");
      TableRows treatments = TableRows.open(c, pg, "treatment", "patient_id", "seq", "kind",
          "start_date", "end_date", "rt_intent");
      TableRows targets = TableRows.open(c, pg, "rt_target", "patient_id", "treatment_seq",
          "seq", "volume", "label", "lesion_id");
      TableRows phases = TableRows.open(c, pg, "rt_phase", "patient_id", "treatment_seq",
          "target_seq", "seq", "dose_gy", "fractions");
      TableRows systemic = TableRows.open(c, pg, "systemic_therapy", "patient_id",
          "treatment_seq", "agent");
      TableRows radioligand = TableRows.open(c, pg, "radioligand", "patient_id",
          "treatment_seq", "agent", "activity_gbq", "cycle_number");
      TableRows events = TableRows.open(c, pg, "event", "patient_id", "seq", "event_type",
          "occurred_on", "detail");
      TableRows malignancies = TableRows.open(c, pg, "other_malignancy", "patient_id", "seq",
          "kind", "active", "detail");

      for (PatientRecord r : records) {
        String id = r.id();
        for (int i = 0; i < r.psa().size(); i++) {
          PsaValue v = r.psa().get(i);
          psa.add(id, i, v.date(), v.valueNgMl(), v.belowDetection());
        }
        for (int i = 0; i < r.testosterone().size(); i++) {
          TestosteroneValue v = r.testosterone().get(i);
          testosterone.add(id, i, v.date(), v.value(), v.unit().code());
        }
        for (int i = 0; i < r.haemoglobin().size(); i++) {
          HaemoglobinValue v = r.haemoglobin().get(i);
          haemoglobin.add(id, i, v.date(), v.gPerL());
        }
        for (int i = 0; i < r.performanceStatus().size(); i++) {
          PerformanceStatus v = r.performanceStatus().get(i);
          performance.add(id, i, v.date(), v.scale().code(), v.value());
        }
        for (int i = 0; i < r.petScans().size(); i++) {
          PetScan s = r.petScans().get(i);
          scans.add(id, i, s.date(), s.tracer().code(), s.modality(),
              s.reference().bloodPoolSuvMean(), s.reference().liverSuvMean(),
              s.reference().spleenSuvMean(), s.reference().parotidSuvMean(),
              s.totalTumourVolumeMl(), s.diffuseMarrowInvolvement(), s.psmaNegativeDisease());
          for (int j = 0; j < s.lesions().size(); j++) {
            Lesion l = s.lesions().get(j);
            lesions.add(id, i, j, l.id(), l.site().code(), Codes.encode(l.region()),
                Codes.encode(l.side()), l.bone(), l.organ(), Codes.encode(l.extent()),
                l.suvMax(), l.shortAxisMm(), l.volumeMl());
          }
        }
        for (int i = 0; i < r.treatments().size(); i++) {
          Treatment t = r.treatments().get(i);
          if (t instanceof Radiotherapy rt) {
            treatments.add(id, i, "radiotherapy", t.start(), t.end(), rt.intent().code());
            for (int j = 0; j < rt.targets().size(); j++) {
              RtTarget target = rt.targets().get(j);
              targets.add(id, i, j, target.volume().code(), target.label(), target.lesionId());
              for (int k = 0; k < target.phases().size(); k++) {
                phases.add(id, i, j, k, target.phases().get(k).doseGy(),
                    target.phases().get(k).fractions());
              }
            }
          } else if (t instanceof SystemicTherapy s) {
            treatments.add(id, i, s.kind().code(), t.start(), t.end(), null);
            systemic.add(id, i, s.agent());
          } else if (t instanceof Radioligand rl) {
            // one administration: its date is the treatment's start, end stays empty
            treatments.add(id, i, "radioligand", t.start(), null, null);
            radioligand.add(id, i, rl.agent(), rl.activityGBq(), rl.cycle());
          }
        }
        for (int i = 0; i < r.events().size(); i++) {
          ClinicalEvent e = r.events().get(i);
          events.add(id, i, e.type().code(), e.date(), e.detail());
        }
        List<OtherMalignancy> others = r.otherMalignancies() == null ? List.of()
            : r.otherMalignancies();
        for (int i = 0; i < others.size(); i++) {
          OtherMalignancy m = others.get(i);
          malignancies.add(id, i, m.kind().code(), m.active(), m.detail());
        }
      }
      // parents before children: the foreign keys are checked row by row
      for (TableRows rows : List.of(psa, testosterone, haemoglobin, performance, scans, lesions,
          treatments, targets, phases, systemic, radioligand, events, malignancies)) {
        rows.flush();
      }
    } catch (SQLException e) {
      throw new RegistryWriteException(e);
    }
  }
}
