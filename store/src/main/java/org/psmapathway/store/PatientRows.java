package org.psmapathway.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
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
 * Writes patient records into the tables of {@code V1__registry.sql}: one JDBC batch per table for
 * a whole batch of patients, so that a large import costs a few round trips per 500 patients.
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
    PreparedBatch batch = h.prepareBatch("INSERT INTO patient (id, " + PATIENT_COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < records.size(); i++) {
      PatientRecord r = records.get(i);
      batch.bind(0, r.id());
      bindPatient(batch, 1, r, hashes.get(i));
      batch.add();
    }
    batch.execute();
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

  static void insertChildren(Handle h, List<PatientRecord> records) {
    PreparedBatch psa = h.prepareBatch(
        "INSERT INTO psa (patient_id, seq, measured_on, value_ng_ml, below_detection) "
            + "VALUES (?, ?, ?, ?, ?)");
    PreparedBatch testosterone = h.prepareBatch(
        "INSERT INTO testosterone (patient_id, seq, measured_on, amount, unit) VALUES (?, ?, ?, ?, ?)");
    PreparedBatch haemoglobin = h.prepareBatch(
        "INSERT INTO haemoglobin (patient_id, seq, measured_on, g_per_l) VALUES (?, ?, ?, ?)");
    PreparedBatch performance = h.prepareBatch("INSERT INTO performance_status "
        + "(patient_id, seq, assessed_on, scale, score) VALUES (?, ?, ?, ?, ?)");
    PreparedBatch scans = h.prepareBatch("INSERT INTO pet_scan (patient_id, seq, scanned_on, "
        + "tracer, modality, blood_pool_suv_mean, liver_suv_mean, spleen_suv_mean, "
        + "parotid_suv_mean, total_tumour_volume_ml, diffuse_marrow, psma_negative_disease) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    PreparedBatch lesions = h.prepareBatch("INSERT INTO lesion (patient_id, scan_seq, seq, "
        + "lesion_id, site, node_region, side, bone, organ, extent, suv_max, short_axis_mm, "
        + "volume_ml) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    PreparedBatch treatments = h.prepareBatch("INSERT INTO treatment (patient_id, seq, kind, "
        + "start_date, end_date, rt_intent) VALUES (?, ?, ?, ?, ?, ?)");
    PreparedBatch targets = h.prepareBatch("INSERT INTO rt_target (patient_id, treatment_seq, "
        + "seq, volume, label, lesion_id) VALUES (?, ?, ?, ?, ?, ?)");
    PreparedBatch phases = h.prepareBatch("INSERT INTO rt_phase (patient_id, treatment_seq, "
        + "target_seq, seq, dose_gy, fractions) VALUES (?, ?, ?, ?, ?, ?)");
    PreparedBatch systemic = h.prepareBatch(
        "INSERT INTO systemic_therapy (patient_id, treatment_seq, agent) VALUES (?, ?, ?)");
    PreparedBatch radioligand = h.prepareBatch("INSERT INTO radioligand (patient_id, "
        + "treatment_seq, agent, activity_gbq, cycle_number) VALUES (?, ?, ?, ?, ?)");
    PreparedBatch events = h.prepareBatch("INSERT INTO event (patient_id, seq, event_type, "
        + "occurred_on, detail) VALUES (?, ?, ?, ?, ?)");
    PreparedBatch malignancies = h.prepareBatch("INSERT INTO other_malignancy (patient_id, seq, "
        + "kind, active, detail) VALUES (?, ?, ?, ?, ?)");

    for (PatientRecord r : records) {
      String id = r.id();
      for (int i = 0; i < r.psa().size(); i++) {
        PsaValue v = r.psa().get(i);
        psa.bind(0, id).bind(1, i).bindByType(2, v.date(), LocalDate.class)
            .bind(3, v.valueNgMl()).bind(4, v.belowDetection()).add();
      }
      for (int i = 0; i < r.testosterone().size(); i++) {
        TestosteroneValue v = r.testosterone().get(i);
        testosterone.bind(0, id).bind(1, i).bindByType(2, v.date(), LocalDate.class)
            .bind(3, v.value()).bind(4, v.unit().code()).add();
      }
      for (int i = 0; i < r.haemoglobin().size(); i++) {
        HaemoglobinValue v = r.haemoglobin().get(i);
        haemoglobin.bind(0, id).bind(1, i).bindByType(2, v.date(), LocalDate.class)
            .bind(3, v.gPerL()).add();
      }
      for (int i = 0; i < r.performanceStatus().size(); i++) {
        PerformanceStatus v = r.performanceStatus().get(i);
        performance.bind(0, id).bind(1, i).bindByType(2, v.date(), LocalDate.class)
            .bind(3, v.scale().code()).bind(4, v.value()).add();
      }
      for (int i = 0; i < r.petScans().size(); i++) {
        PetScan s = r.petScans().get(i);
        scans.bind(0, id).bind(1, i).bindByType(2, s.date(), LocalDate.class)
            .bind(3, s.tracer().code()).bindByType(4, s.modality(), String.class)
            .bindByType(5, s.reference().bloodPoolSuvMean(), Double.class)
            .bindByType(6, s.reference().liverSuvMean(), Double.class)
            .bindByType(7, s.reference().spleenSuvMean(), Double.class)
            .bindByType(8, s.reference().parotidSuvMean(), Double.class)
            .bindByType(9, s.totalTumourVolumeMl(), Double.class)
            .bind(10, s.diffuseMarrowInvolvement())
            .bindByType(11, s.psmaNegativeDisease(), Boolean.class).add();
        for (int j = 0; j < s.lesions().size(); j++) {
          Lesion l = s.lesions().get(j);
          lesions.bind(0, id).bind(1, i).bind(2, j).bind(3, l.id()).bind(4, l.site().code())
              .bindByType(5, Codes.encode(l.region()), String.class)
              .bindByType(6, Codes.encode(l.side()), String.class)
              .bindByType(7, l.bone(), String.class).bindByType(8, l.organ(), String.class)
              .bindByType(9, Codes.encode(l.extent()), String.class)
              .bindByType(10, l.suvMax(), Double.class)
              .bindByType(11, l.shortAxisMm(), Double.class)
              .bindByType(12, l.volumeMl(), Double.class).add();
        }
      }
      for (int i = 0; i < r.treatments().size(); i++) {
        Treatment t = r.treatments().get(i);
        treatments.bind(0, id).bind(1, i).bindByType(3, t.start(), LocalDate.class)
            .bindByType(4, t instanceof Radioligand ? null : t.end(), LocalDate.class);
        if (t instanceof Radiotherapy rt) {
          treatments.bind(2, "radiotherapy").bind(5, rt.intent().code());
          for (int j = 0; j < rt.targets().size(); j++) {
            RtTarget target = rt.targets().get(j);
            targets.bind(0, id).bind(1, i).bind(2, j).bind(3, target.volume().code())
                .bindByType(4, target.label(), String.class)
                .bindByType(5, target.lesionId(), String.class).add();
            for (int k = 0; k < target.phases().size(); k++) {
              phases.bind(0, id).bind(1, i).bind(2, j).bind(3, k)
                  .bind(4, target.phases().get(k).doseGy())
                  .bind(5, target.phases().get(k).fractions()).add();
            }
          }
        } else if (t instanceof SystemicTherapy s) {
          treatments.bind(2, s.kind().code()).bindByType(5, null, String.class);
          systemic.bind(0, id).bind(1, i).bindByType(2, s.agent(), String.class).add();
        } else if (t instanceof Radioligand rl) {
          // one administration: its date is the treatment's start, end stays empty
          treatments.bind(2, "radioligand").bindByType(5, null, String.class);
          radioligand.bind(0, id).bind(1, i).bind(2, rl.agent())
              .bindByType(3, rl.activityGBq(), Double.class)
              .bindByType(4, rl.cycle(), Integer.class).add();
        }
        treatments.add();
      }
      for (int i = 0; i < r.events().size(); i++) {
        ClinicalEvent e = r.events().get(i);
        events.bind(0, id).bind(1, i).bind(2, e.type().code())
            .bindByType(3, e.date(), LocalDate.class)
            .bindByType(4, e.detail(), String.class).add();
      }
      List<OtherMalignancy> others = r.otherMalignancies() == null ? List.of()
          : r.otherMalignancies();
      for (int i = 0; i < others.size(); i++) {
        OtherMalignancy m = others.get(i);
        malignancies.bind(0, id).bind(1, i).bind(2, m.kind().code()).bind(3, m.active())
            .bindByType(4, m.detail(), String.class).add();
      }
    }
    // parents before children: the foreign keys are checked row by row
    for (PreparedBatch b : List.of(psa, testosterone, haemoglobin, performance, scans, lesions,
        treatments, targets, phases, systemic, radioligand, events, malignancies)) {
      if (b.size() > 0) {
        b.execute();
      }
    }
  }
}
