package org.psmapathway.core.record;

/** Outcome events recorded in follow-up. */
public enum EventType implements Coded {
  DEATH("death"),
  BIOCHEMICAL_PROGRESSION("biochemical-progression"),
  RADIOGRAPHIC_PROGRESSION("radiographic-progression"),
  CLINICAL_PROGRESSION("clinical-progression"),
  SKELETAL_EVENT("skeletal-event");

  private final String code;

  EventType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
