package org.psmapathway.core.record;

/** A value of a coded vocabulary, with the exact spelling the patient-record format uses. */
public interface Coded {
  /** The code as written in the patient-record JSON, e.g. {@code "external-iliac"}. */
  String code();
}
