package org.psmapathway.app;

import java.util.List;

/**
 * Input the user must fix: each problem is one line {@code file: field path: what was expected}
 * ({@code file:line:column: message} for CSV tables).
 * The CLI prints them all and exits 1; nothing is written to standard output for a failed run.
 */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public BadInputException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
