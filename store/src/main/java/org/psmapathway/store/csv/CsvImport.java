package org.psmapathway.store.csv;

import java.util.List;
import org.psmapathway.core.record.PatientRecord;

/**
 * The outcome of reading a set of registry CSV tables: the validated patient records, sorted by
 * id, and every problem found. Records are only to be written when {@code problems} is empty.
 */
public record CsvImport(List<PatientRecord> records, List<CsvProblem> problems) {

  public CsvImport {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
