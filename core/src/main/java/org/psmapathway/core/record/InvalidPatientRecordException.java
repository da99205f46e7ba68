package org.psmapathway.core.record;

import java.util.List;

/** A patient record that cannot be used; carries every problem found, not just the first. */
public final class InvalidPatientRecordException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<RecordProblem> problems;

  public InvalidPatientRecordException(List<RecordProblem> problems) {
    super(problems.size() + " problem(s), first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<RecordProblem> problems() {
    return problems;
  }
}
