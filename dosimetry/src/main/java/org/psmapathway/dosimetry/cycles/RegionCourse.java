package org.psmapathway.dosimetry.cycles;

import java.util.List;

/**
 * A region's doses over the cycles given, and for a region with radiobiology its BED margin.
 *
 * @param radiobiology null for a region without one (cumulative dose only; BED fields NaN)
 * @param cumulativeDoseGy Σ D_c
 * @param cumulativeBedGy Σ BED_c (complete repair between cycles), NaN without radiobiology
 * @param marginBedGy limit − cumulative BED (negative when the limit is exceeded)
 * @param nextCycleDoseGy dose of one more cycle whose BED uses up the margin, with the last
 *     cycle's kinetics; 0 when the margin is used up
 * @param nextCycleActivityMBq that dose divided by the last cycle's Gy/MBq
 */
public record RegionCourse(String region, List<CycleDose> cycles, Radiobiology radiobiology,
    double cumulativeDoseGy, double cumulativeBedGy, double marginBedGy, double nextCycleDoseGy,
    double nextCycleActivityMBq) {

  /** True when the cumulative BED exceeds the limit. */
  public boolean limitExceeded() {
    return marginBedGy < 0;
  }
}
