-- The registry schema: one table per kind of fact in the patient record (docs/patient-record.md),
-- written in the SQL that H2 (MODE=PostgreSQL) and PostgreSQL both accept. Coded values are stored
-- as the record format's codes ('prostate-bed', '68Ga-PSMA-11'), so that a row reads like the JSON.
-- Every list keeps its order in a seq column (0, 1, 2, ...): the record is chronological and a
-- reloaded record must equal the one saved. Constraints reject impossible data even when it does not
-- come through the validating reader (PSA >= 0, end >= start, fractions >= 1, foreign keys).

CREATE TABLE patient (
  id                       VARCHAR(64)  NOT NULL PRIMARY KEY,
  birth_date               DATE,
  has_diagnosis            BOOLEAN      NOT NULL,
  diagnosis_date           DATE,
  isup_grade               INTEGER      CHECK (isup_grade BETWEEN 1 AND 5),
  initial_psa_ng_ml        DOUBLE PRECISION CHECK (initial_psa_ng_ml >= 0),
  histology                VARCHAR(200),
  has_pathology            BOOLEAN      NOT NULL,
  pathology_t              VARCHAR(8)   CHECK (pathology_t IN ('pT2', 'pT2a', 'pT2b', 'pT2c', 'pT3',
                                          'pT3a', 'pT3b', 'pT4', 'pTx')),
  pathology_n              VARCHAR(8)   CHECK (pathology_n IN ('pN0', 'pN1', 'pNx')),
  margins                  VARCHAR(16)  CHECK (margins IN ('negative', 'positive')),
  prostatectomy_date       DATE,
  last_follow_up           DATE,
  -- FALSE: other malignancies not recorded; TRUE with no rows: recorded as none
  other_malignancies_known BOOLEAN      NOT NULL,
  -- SHA-256 of the record's canonical JSON: re-saving identical data is detected without a reload
  content_sha256           CHAR(64)     NOT NULL,
  -- optimistic locking: every replacement increments it; a stale writer's update matches no row
  version                  BIGINT       NOT NULL DEFAULT 0 CHECK (version >= 0),
  created_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CHECK (last_follow_up IS NULL OR birth_date IS NULL OR last_follow_up >= birth_date),
  CHECK (prostatectomy_date IS NULL OR birth_date IS NULL OR prostatectomy_date >= birth_date)
);

CREATE TABLE psa (
  patient_id      VARCHAR(64)      NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq             INTEGER          NOT NULL CHECK (seq >= 0),
  measured_on     DATE             NOT NULL,
  value_ng_ml     DOUBLE PRECISION NOT NULL CHECK (value_ng_ml >= 0),
  below_detection BOOLEAN          NOT NULL,
  PRIMARY KEY (patient_id, seq)
);

CREATE TABLE testosterone (
  patient_id  VARCHAR(64)      NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq         INTEGER          NOT NULL CHECK (seq >= 0),
  measured_on DATE             NOT NULL,
  amount      DOUBLE PRECISION NOT NULL CHECK (amount >= 0),
  unit        VARCHAR(8)       NOT NULL CHECK (unit IN ('ng/dL', 'nmol/L', 'ng/mL')),
  PRIMARY KEY (patient_id, seq)
);

CREATE TABLE haemoglobin (
  patient_id  VARCHAR(64)      NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq         INTEGER          NOT NULL CHECK (seq >= 0),
  measured_on DATE             NOT NULL,
  g_per_l     DOUBLE PRECISION NOT NULL CHECK (g_per_l > 0 AND g_per_l <= 300),
  PRIMARY KEY (patient_id, seq)
);

CREATE TABLE performance_status (
  patient_id  VARCHAR(64) NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq         INTEGER     NOT NULL CHECK (seq >= 0),
  assessed_on DATE        NOT NULL,
  scale       VARCHAR(16) NOT NULL CHECK (scale IN ('WHO', 'ECOG', 'Karnofsky')),
  score       INTEGER     NOT NULL,
  CHECK ((scale = 'Karnofsky' AND score BETWEEN 0 AND 100) OR score BETWEEN 0 AND 5),
  PRIMARY KEY (patient_id, seq)
);

CREATE TABLE pet_scan (
  patient_id               VARCHAR(64)      NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq                      INTEGER          NOT NULL CHECK (seq >= 0),
  scanned_on               DATE             NOT NULL,
  tracer                   VARCHAR(32)      NOT NULL,
  modality                 VARCHAR(8)       CHECK (modality IN ('PET/CT', 'PET/MRI')),
  blood_pool_suv_mean      DOUBLE PRECISION CHECK (blood_pool_suv_mean > 0),
  liver_suv_mean           DOUBLE PRECISION CHECK (liver_suv_mean > 0),
  spleen_suv_mean          DOUBLE PRECISION CHECK (spleen_suv_mean > 0),
  parotid_suv_mean         DOUBLE PRECISION CHECK (parotid_suv_mean > 0),
  total_tumour_volume_ml   DOUBLE PRECISION CHECK (total_tumour_volume_ml >= 0),
  diffuse_marrow           BOOLEAN          NOT NULL,
  psma_negative_disease    BOOLEAN,
  PRIMARY KEY (patient_id, seq)
);

CREATE TABLE lesion (
  patient_id    VARCHAR(64)      NOT NULL,
  scan_seq      INTEGER          NOT NULL,
  seq           INTEGER          NOT NULL CHECK (seq >= 0),
  lesion_id     VARCHAR(64)      NOT NULL,
  site          VARCHAR(16)      NOT NULL CHECK (site IN ('prostate', 'prostate-bed',
                                   'seminal-vesicle', 'node', 'bone', 'visceral')),
  node_region   VARCHAR(24),
  side          VARCHAR(8)       CHECK (side IN ('left', 'right', 'midline')),
  bone          VARCHAR(64),
  organ         VARCHAR(64),
  extent        VARCHAR(16),
  suv_max       DOUBLE PRECISION CHECK (suv_max > 0),
  short_axis_mm DOUBLE PRECISION CHECK (short_axis_mm > 0),
  volume_ml     DOUBLE PRECISION CHECK (volume_ml >= 0),
  PRIMARY KEY (patient_id, scan_seq, seq),
  UNIQUE (patient_id, scan_seq, lesion_id),
  FOREIGN KEY (patient_id, scan_seq) REFERENCES pet_scan (patient_id, seq) ON DELETE CASCADE,
  -- a nodal lesion needs its region; region, bone, organ and extent belong to one site each
  CHECK ((site = 'node') = (node_region IS NOT NULL)),
  CHECK (bone IS NULL OR site = 'bone'),
  CHECK (organ IS NULL OR site = 'visceral'),
  CHECK (extent IS NULL OR site = 'prostate')
);

CREATE TABLE treatment (
  patient_id VARCHAR(64) NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq        INTEGER     NOT NULL CHECK (seq >= 0),
  kind       VARCHAR(16) NOT NULL CHECK (kind IN ('radiotherapy', 'adt', 'arpi', 'chemotherapy',
                           'radioligand')),
  start_date DATE        NOT NULL,
  end_date   DATE,
  -- radiotherapy only: the course's intent
  rt_intent  VARCHAR(24) CHECK (rt_intent IN ('primary', 'adjuvant', 'salvage',
                           'metastasis-directed', 'palliative')),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((kind = 'radiotherapy') = (rt_intent IS NOT NULL)),
  PRIMARY KEY (patient_id, seq)
);

CREATE TABLE rt_target (
  patient_id    VARCHAR(64)  NOT NULL,
  treatment_seq INTEGER      NOT NULL,
  seq           INTEGER      NOT NULL CHECK (seq >= 0),
  volume        VARCHAR(24)  NOT NULL,
  label         VARCHAR(200),
  lesion_id     VARCHAR(64),
  CHECK (volume <> 'other' OR label IS NOT NULL),
  PRIMARY KEY (patient_id, treatment_seq, seq),
  FOREIGN KEY (patient_id, treatment_seq) REFERENCES treatment (patient_id, seq) ON DELETE CASCADE
);

CREATE TABLE rt_phase (
  patient_id    VARCHAR(64)      NOT NULL,
  treatment_seq INTEGER          NOT NULL,
  target_seq    INTEGER          NOT NULL,
  seq           INTEGER          NOT NULL CHECK (seq >= 0),
  dose_gy       DOUBLE PRECISION NOT NULL CHECK (dose_gy > 0),
  fractions     INTEGER          NOT NULL CHECK (fractions >= 1),
  PRIMARY KEY (patient_id, treatment_seq, target_seq, seq),
  FOREIGN KEY (patient_id, treatment_seq, target_seq)
    REFERENCES rt_target (patient_id, treatment_seq, seq) ON DELETE CASCADE
);

CREATE TABLE systemic_therapy (
  patient_id    VARCHAR(64)  NOT NULL,
  treatment_seq INTEGER      NOT NULL,
  agent         VARCHAR(200),
  PRIMARY KEY (patient_id, treatment_seq),
  FOREIGN KEY (patient_id, treatment_seq) REFERENCES treatment (patient_id, seq) ON DELETE CASCADE
);

CREATE TABLE radioligand (
  patient_id    VARCHAR(64)      NOT NULL,
  treatment_seq INTEGER          NOT NULL,
  agent         VARCHAR(200)     NOT NULL,
  activity_gbq  DOUBLE PRECISION CHECK (activity_gbq > 0),
  cycle_number  INTEGER          CHECK (cycle_number >= 1),
  PRIMARY KEY (patient_id, treatment_seq),
  FOREIGN KEY (patient_id, treatment_seq) REFERENCES treatment (patient_id, seq) ON DELETE CASCADE
);

CREATE TABLE event (
  patient_id  VARCHAR(64)  NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq         INTEGER      NOT NULL CHECK (seq >= 0),
  event_type  VARCHAR(32)  NOT NULL CHECK (event_type IN ('death', 'biochemical-progression',
                             'radiographic-progression', 'clinical-progression', 'skeletal-event')),
  occurred_on DATE         NOT NULL,
  detail      VARCHAR(1000),
  PRIMARY KEY (patient_id, seq)
);

CREATE TABLE other_malignancy (
  patient_id VARCHAR(64)   NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  seq        INTEGER       NOT NULL CHECK (seq >= 0),
  kind       VARCHAR(32)   NOT NULL CHECK (kind IN ('non-melanoma-skin', 'non-invasive-urothelial',
                             'other')),
  active     BOOLEAN       NOT NULL,
  detail     VARCHAR(1000),
  PRIMARY KEY (patient_id, seq)
);
