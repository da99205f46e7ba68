package org.psmapathway.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.dosimetry.response.PsaResponse;

/**
 * The PSA series of {@code psma dose predict --psa}: a long CSV with one row per measurement,
 * columns {@code patient}, {@code date} (ISO yyyy-mm-dd) and {@code psa_ng_ml} (a number, or
 * "&lt;x" for a result below the detection limit x). Each cohort patient's series is judged by
 * PCWG3 from the cohort's cycle-1 date ({@link PsaResponse}).
 */
final class PsaSeriesInput {

  static final String PATIENT = "patient";
  static final String DATE = "date";
  static final String VALUE = "psa_ng_ml";

  private PsaSeriesInput() {}

  /** PSA values by patient; problems recorded at their file:line:column. */
  static Map<String, List<PsaValue>> read(Path file) {
    CsvTable t = CsvTable.read(file);
    String[] patients = t.text(PATIENT);
    String[] dates = t.text(DATE);
    String[] values = t.text(VALUE);
    t.check();
    Map<String, List<PsaValue>> byPatient = new HashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      if (patients[r] == null) {
        t.problem(r, PATIENT, "column \"patient\": expected a patient identifier, got nothing");
        continue;
      }
      LocalDate date = date(t, r, DATE, dates[r]);
      if (values[r] == null) {
        t.problem(r, VALUE, "column \"psa_ng_ml\": expected a PSA value in ng/mL, got nothing");
        continue;
      }
      boolean below = values[r].startsWith("<");
      String number = below ? values[r].substring(1).strip() : values[r];
      double v = CsvTable.isNumber(number) ? Double.parseDouble(number) : Double.NaN;
      if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
        t.problem(r, VALUE, "column \"psa_ng_ml\": expected a PSA value ≥ 0 ng/mL or \"<x\","
            + " got \"" + values[r] + "\"");
        continue;
      }
      if (date != null) {
        byPatient.computeIfAbsent(patients[r], k -> new ArrayList<>())
            .add(new PsaValue(date, v, below));
      }
    }
    t.check();
    return byPatient;
  }

  /** An ISO date cell; a problem (and null) when missing or malformed. */
  static LocalDate date(CsvTable t, int row, String column, String cell) {
    if (cell == null) {
      t.problem(row, column, "column \"" + column + "\": expected a date yyyy-mm-dd, got nothing");
      return null;
    }
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeParseException e) {
      t.problem(row, column, "column \"" + column + "\": expected a date yyyy-mm-dd, got \""
          + cell + "\"");
      return null;
    }
  }
}
