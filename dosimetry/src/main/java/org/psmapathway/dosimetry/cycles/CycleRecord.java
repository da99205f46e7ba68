package org.psmapathway.dosimetry.cycles;

/**
 * What is known about one region in one treatment cycle.
 *
 * @param cycle cycle number (1-based)
 * @param region organ or lesion name
 * @param activityMBq administered activity, MBq
 * @param doseGy absorbed dose measured for this cycle, Gy; NaN when not measured: then it is
 *     scaled from the region's first cycle, (D/A)_first × A
 * @param effectiveHalfLifeH effective half-life of the clearance, h; NaN when not measured: then
 *     the first cycle's kinetics are reused (Del Prete et al., EJNMMI Phys 2018)
 * @param method how the dose was measured (free text provenance, e.g. "SPECT/CT 4,24,96 h"); may
 *     be empty
 * @param timePointsH imaging time points after administration, h (provenance; may be empty)
 * @param row index of the input row, for messages
 */
public record CycleRecord(int cycle, String region, double activityMBq, double doseGy,
    double effectiveHalfLifeH, String method, double[] timePointsH, int row) {

  public CycleRecord {
    timePointsH = timePointsH.clone();
  }

  /** A record without imaging time points. */
  public CycleRecord(int cycle, String region, double activityMBq, double doseGy,
      double effectiveHalfLifeH, String method, int row) {
    this(cycle, region, activityMBq, doseGy, effectiveHalfLifeH, method, new double[0], row);
  }

  @Override
  public double[] timePointsH() {
    return timePointsH.clone();
  }
}
