package org.psmapathway.store.csv;

import static org.psmapathway.store.csv.ColumnType.BOOLEAN;
import static org.psmapathway.store.csv.ColumnType.CODE;
import static org.psmapathway.store.csv.ColumnType.DATE;
import static org.psmapathway.store.csv.ColumnType.INTEGER;
import static org.psmapathway.store.csv.ColumnType.NUMBER;
import static org.psmapathway.store.csv.ColumnType.TEXT;
import static org.psmapathway.store.csv.CsvColumn.optional;
import static org.psmapathway.store.csv.CsvColumn.required;

import java.util.List;
import java.util.Optional;

/**
 * The registry's CSV tables (docs/registry-csv.md), one per kind of fact in the patient record.
 * Together they hold everything a {@code PatientRecord} holds, so that CSV export and import lose
 * nothing. The column lists here are the export's column order; an import accepts any order.
 */
public enum RegistryTable {

  PATIENTS("patients.csv", required("patient_id", TEXT), optional("birth_date", DATE),
      optional("diagnosis_date", DATE), optional("isup_grade", INTEGER),
      optional("initial_psa_ng_ml", NUMBER), optional("histology", TEXT),
      optional("pathology_t", CODE), optional("pathology_n", CODE), optional("margins", CODE),
      optional("prostatectomy_date", DATE), optional("last_follow_up", DATE),
      optional("other_malignancies_assessed", BOOLEAN)),
  PSA("psa.csv", required("patient_id", TEXT), required("date", DATE), optional("seq", INTEGER),
      required("value_ng_ml", NUMBER), optional("below_detection", BOOLEAN)),
  TESTOSTERONE("testosterone.csv", required("patient_id", TEXT), required("date", DATE),
      optional("seq", INTEGER), required("value", NUMBER), required("unit", CODE)),
  HAEMOGLOBIN("haemoglobin.csv", required("patient_id", TEXT), required("date", DATE),
      optional("seq", INTEGER), required("value", NUMBER), required("unit", CODE)),
  PERFORMANCE_STATUS("performance_status.csv", required("patient_id", TEXT),
      required("date", DATE), optional("seq", INTEGER), required("scale", CODE),
      required("value", INTEGER)),
  PET_SCANS("pet_scans.csv", required("patient_id", TEXT), required("scan_id", TEXT),
      required("date", DATE), required("tracer", CODE), optional("modality", CODE),
      optional("blood_pool_suv_mean", NUMBER), optional("liver_suv_mean", NUMBER),
      optional("spleen_suv_mean", NUMBER), optional("parotid_suv_mean", NUMBER),
      optional("total_tumour_volume_ml", NUMBER), optional("diffuse_marrow_involvement", BOOLEAN),
      optional("psma_negative_disease", BOOLEAN)),
  LESIONS("lesions.csv", required("patient_id", TEXT), required("scan_id", TEXT),
      required("lesion_id", TEXT), required("site", CODE), optional("region", CODE),
      optional("side", CODE), optional("bone", TEXT), optional("organ", TEXT),
      optional("extent", CODE), optional("suv_max", NUMBER), optional("short_axis_mm", NUMBER),
      optional("volume_ml", NUMBER)),
  TREATMENTS("treatments.csv", required("patient_id", TEXT), required("treatment_id", TEXT),
      required("type", CODE), required("start_date", DATE), optional("end_date", DATE),
      optional("intent", CODE), optional("agent", TEXT), optional("activity_gbq", NUMBER),
      optional("cycle", INTEGER)),
  RT_TARGETS("rt_targets.csv", required("patient_id", TEXT), required("treatment_id", TEXT),
      required("target_no", INTEGER), required("volume", CODE), optional("label", TEXT),
      optional("lesion_id", TEXT), optional("dose_gy", NUMBER), optional("fractions", INTEGER)),
  RT_PHASES("rt_phases.csv", required("patient_id", TEXT), required("treatment_id", TEXT),
      required("target_no", INTEGER), required("phase_no", INTEGER), required("dose_gy", NUMBER),
      required("fractions", INTEGER)),
  EVENTS("events.csv", required("patient_id", TEXT), required("date", DATE),
      optional("seq", INTEGER), required("type", CODE), optional("detail", TEXT)),
  OTHER_MALIGNANCIES("other_malignancies.csv", required("patient_id", TEXT),
      optional("seq", INTEGER), required("kind", CODE), required("active", BOOLEAN),
      optional("detail", TEXT));

  private final String fileName;
  private final List<CsvColumn> columns;

  RegistryTable(String fileName, CsvColumn... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  /** The file name that identifies the table in an import and names it in an export. */
  public String fileName() {
    return fileName;
  }

  /** Every column, in the export's order. */
  public List<CsvColumn> columns() {
    return columns;
  }

  /** The column names, in the export's order (the export's header row). */
  public List<String> header() {
    return columns.stream().map(CsvColumn::name).toList();
  }

  public Optional<CsvColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The table a file name stands for ({@code psa.csv}), if any. */
  public static Optional<RegistryTable> ofFileName(String fileName) {
    for (RegistryTable t : values()) {
      if (t.fileName.equals(fileName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
