package org.psmapathway.core.record;

/** Why a radiotherapy course was given. Primary (definitive) RT makes Phoenix the BCR rule. */
public enum RtIntent implements Coded {
  PRIMARY("primary"),
  ADJUVANT("adjuvant"),
  SALVAGE("salvage"),
  METASTASIS_DIRECTED("metastasis-directed"),
  PALLIATIVE("palliative");

  private final String code;

  RtIntent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
