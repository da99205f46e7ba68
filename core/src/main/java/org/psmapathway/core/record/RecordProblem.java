package org.psmapathway.core.record;

/**
 * One thing wrong with an input record: where (a field path such as {@code psa[2].value}, or
 * {@code line 4, column 17} for malformed JSON) and what was expected.
 */
public record RecordProblem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
