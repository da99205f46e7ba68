package org.psmapathway.core.record;

/** Laterality of a lesion. */
public enum Side implements Coded {
  LEFT("left", "L"),
  RIGHT("right", "R"),
  MIDLINE("midline", "M");

  private final String code;
  private final String abbreviation;

  Side(String code, String abbreviation) {
    this.code = code;
    this.abbreviation = abbreviation;
  }

  @Override
  public String code() {
    return code;
  }

  public String abbreviation() {
    return abbreviation;
  }
}
