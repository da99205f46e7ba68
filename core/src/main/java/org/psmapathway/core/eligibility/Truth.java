package org.psmapathway.core.eligibility;

/** Three-valued (Kleene) logic: a condition holds, does not hold, or the record cannot tell. */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  Truth not() {
    return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
  }
}
