package org.psmapathway.core.eligibility;

/** The type of a fact's value, which decides the comparisons a trial document may apply to it. */
public enum FactKind {
  /** A number in the fact's {@link Dimension}: compared with {@code <, <=, >, >=}. */
  NUMBER,
  /** Yes or no: tested with {@code "is": true|false}. */
  BOOLEAN,
  /** One code of a closed list: tested with {@code "in": [...]}. */
  CODE
}
