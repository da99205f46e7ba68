package org.psmapathway.core.record;

import java.time.LocalDate;

/**
 * One serum PSA result in ng/mL. When {@code belowDetection} is true the assay reported
 * "&lt; value": {@code valueNgMl} is the detection limit, not a measurement, and kinetics never
 * take its logarithm (research/clinical-rules.md 2.1).
 */
public record PsaValue(LocalDate date, double valueNgMl, boolean belowDetection) {

  public boolean detectable() {
    return !belowDetection;
  }
}
