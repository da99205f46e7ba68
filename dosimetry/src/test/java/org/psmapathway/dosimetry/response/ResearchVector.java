package org.psmapathway.dosimetry.response;

/** The synthetic test vector of research/dosimetry.md 8.2 (also examples/dosimetry/). */
final class ResearchVector {

  static final double[] DOSE_GY = {3.1, 4.8, 6.0, 7.2, 8.5, 9.1, 9.9, 10.4, 11.0, 12.3, 13.5,
      14.2, 15.8, 17.0, 19.5, 22.0, 26.4, 31.0};
  static final double[] PSA50 = {0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1};

  private ResearchVector() {}
}
