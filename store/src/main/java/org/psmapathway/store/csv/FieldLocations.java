package org.psmapathway.store.csv;

import java.util.HashMap;
import java.util.Map;
import org.psmapathway.core.record.RecordProblem;

/**
 * Where each field of an assembled patient-record JSON tree came from: a field path such as
 * {@code petScans[0].lesions[2].suvMax} maps to a file, line and CSV column. The record reader
 * reports problems by field path; this turns them into {@code file:line:column} problems. A path
 * that has no cell of its own (a field whose column the file lacks) falls back to the row it
 * belongs to, found by walking up the path.
 */
final class FieldLocations {

  private record Location(String file, long line, int column, String label) {}

  private final Map<String, Location> byPath = new HashMap<>();

  /** The cell of {@code column} in a row (column 0 when the file has no such column). */
  void cell(String path, CsvTableFile table, CsvTableFile.Row row, String column) {
    byPath.put(path, new Location(table.file(), row.line(), table.position(column), column));
  }

  /** A whole row, pointed at by one of its key columns. */
  void row(String path, CsvTableFile table, CsvTableFile.Row row, String keyColumn,
      String label) {
    byPath.put(path, new Location(table.file(), row.line(), table.position(keyColumn), label));
  }

  CsvProblem locate(RecordProblem problem) {
    String path = problem.path();
    Location at = byPath.get(path);
    while (at == null && !path.isEmpty()) {
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
      at = byPath.get(path);
    }
    if (at == null) {
      at = byPath.get("");
    }
    String message = problem.message();
    if (message.startsWith("unknown field")) {
      // the JSON reader's wording; in a table the column exists, it just does not apply here
      message = "does not apply to this row; expected an empty cell";
    }
    return new CsvProblem(at.file(), at.line(), at.column(),
        at.label() == null ? message : at.label() + ": " + message);
  }
}
