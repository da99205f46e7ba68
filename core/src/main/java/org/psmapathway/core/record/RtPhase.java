package org.psmapathway.core.record;

/** One phase of a prescription: total physical dose in Gy over a number of fractions. */
public record RtPhase(double doseGy, int fractions) {

  public double dosePerFractionGy() {
    return doseGy / fractions;
  }
}
