package org.psmapathway.store.csv;

/**
 * One thing wrong with the CSV tables of an import: the file, the physical line (1-based, as an
 * editor counts it; the header is line 1), the 1-based CSV column of the offending cell (0 when a
 * problem concerns a whole file) and what was expected.
 */
public record CsvProblem(String file, long line, int column, String message) {

  @Override
  public String toString() {
    if (line == 0) {
      return file + ": " + message;
    }
    return column == 0 ? file + ":" + line + ": " + message
        : file + ":" + line + ":" + column + ": " + message;
  }
}
