package org.psmapathway.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link PatientCriteria} as one SQL query on {@code patient} with {@code EXISTS} sub-queries on the
 * child tables. The SQL text is made only of fixed fragments; every value is a bind parameter, so a
 * criterion can never change the statement. The same text runs on H2 (MODE=PostgreSQL) and
 * PostgreSQL. Child-table conditions use the primary keys (which lead with {@code patient_id}) and
 * the indexes of {@code V2__criteria_indexes.sql}.
 */
final class CriteriaQuery {

  private CriteriaQuery() {}

  /** The ids of the patients that satisfy every condition, in {@link String#compareTo} order. */
  static List<String> ids(Handle h, PatientCriteria c) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (c.isupMin() != null) {
      conditions.add("p.isup_grade >= ?");
      values.add(c.isupMin());
    }
    if (c.isupMax() != null) {
      conditions.add("p.isup_grade <= ?");
      values.add(c.isupMax());
    }
    if (c.pathologyN() != null) {
      conditions.add("p.pathology_n = ?");
      values.add(c.pathologyN());
    }
    if (c.hasPetScan() != null) {
      conditions.add((c.hasPetScan() ? "" : "NOT ")
          + "EXISTS (SELECT 1 FROM pet_scan s WHERE s.patient_id = p.id)");
    }
    if (c.psaAboveNgMl() != null) {
      // a value below detection is the assay's limit, not a measured level: it never counts
      String sql = "EXISTS (SELECT 1 FROM psa v WHERE v.patient_id = p.id"
          + " AND v.below_detection = FALSE AND v.value_ng_ml > ?";
      values.add(c.psaAboveNgMl());
      if (c.psaOnOrAfter() != null) {
        sql += " AND v.measured_on >= ?";
        values.add(c.psaOnOrAfter());
      }
      conditions.add(sql + ")");
    }
    if (c.treatment() != null) {
      conditions.add("EXISTS (SELECT 1 FROM treatment t WHERE t.patient_id = p.id AND t.kind = ?)");
      values.add(c.treatment());
    }
    if (c.event() != null) {
      conditions.add(
          "EXISTS (SELECT 1 FROM event e WHERE e.patient_id = p.id AND e.event_type = ?)");
      values.add(c.event().code());
    }
    if (c.diagnosedOnOrAfter() != null) {
      conditions.add("p.diagnosis_date >= ?");
      values.add(c.diagnosedOnOrAfter());
    }
    if (c.diagnosedOnOrBefore() != null) {
      conditions.add("p.diagnosis_date <= ?");
      values.add(c.diagnosedOnOrBefore());
    }
    if (c.lastFollowUpOnOrAfter() != null) {
      conditions.add("p.last_follow_up >= ?");
      values.add(c.lastFollowUpOnOrAfter());
    }
    String sql = "SELECT p.id FROM patient p"
        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    Query query = h.createQuery(sql);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v instanceof LocalDate d) {
        query.bindByType(i, d, LocalDate.class);
      } else {
        query.bind(i, v);
      }
    }
    List<String> ids = query.mapTo(String.class).list();
    // sorted here, not by ORDER BY: database collations differ, String order does not
    ids.sort(null);
    return ids;
  }
}
