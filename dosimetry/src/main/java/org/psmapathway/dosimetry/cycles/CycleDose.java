package org.psmapathway.dosimetry.cycles;

/**
 * One region's dose in one cycle, with its provenance and running totals.
 *
 * @param doseProvenance {@code measured} or {@code scaled-from-cycle-N}
 * @param halfLifeProvenance {@code measured}, {@code cycle-N-kinetics} or {@code none}
 * @param timePointsH imaging time points of this cycle, h (empty when none were given)
 * @param gyPerGBq dose per administered activity
 * @param leaCatcheside G factor, NaN for a region without radiobiology
 * @param bedGy BED of this cycle, NaN for a region without radiobiology
 */
public record CycleDose(int cycle, double activityMBq, double doseGy, String doseProvenance,
    double effectiveHalfLifeH, String halfLifeProvenance, String method, double[] timePointsH,
    double gyPerGBq,
    double leaCatcheside, double bedGy, double cumulativeDoseGy, double cumulativeBedGy) {

  public CycleDose {
    timePointsH = timePointsH.clone();
  }

  @Override
  public double[] timePointsH() {
    return timePointsH.clone();
  }
}
