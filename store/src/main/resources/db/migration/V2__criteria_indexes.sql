-- Indexes for listing patients by criteria (PatientCriteria, CriteriaQuery). Conditions on the
-- patient row use these; conditions on child tables are EXISTS sub-queries on the patient's rows,
-- which the primary keys (patient_id first) already serve. The two child indexes below let the
-- database start from the rare rows instead (a radioligand course, a death) when that is cheaper.
-- Plain CREATE INDEX: the same text on H2 and PostgreSQL.

CREATE INDEX patient_isup_grade ON patient (isup_grade);
CREATE INDEX patient_diagnosis_date ON patient (diagnosis_date);
CREATE INDEX patient_last_follow_up ON patient (last_follow_up);
CREATE INDEX treatment_kind ON treatment (kind, patient_id);
CREATE INDEX event_type_patient ON event (event_type, patient_id);
