package org.psmapathway.core.eligibility;

import java.util.List;

/** A trial document that cannot be used; every problem names the file and the criterion. */
public final class InvalidTrialException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public InvalidTrialException(List<String> problems) {
    super(problems.size() + " problem(s), first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  /** Each as {@code file: criterion ID: what is wrong} (or {@code file: field: ...}). */
  public List<String> problems() {
    return problems;
  }
}
