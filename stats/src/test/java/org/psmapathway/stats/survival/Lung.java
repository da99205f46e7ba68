package org.psmapathway.stats.survival;

import org.psmapathway.stats.testing.ReferenceCsv;

/** survival::lung (228 rows): time in days, status 1 = censored / 2 = dead, sex 1 = male / 2 = female. */
final class Lung {

  static final ReferenceCsv CSV = ReferenceCsv.read("lung.csv");
  static final double[] TIME = CSV.numbers("time");
  static final int[] EVENT = StatusCoding.toEventIndicator(CSV.texts("status"));
  static final int[] SEX = toInts(CSV.numbers("sex"));
  static final GroupCoding BY_SEX = GroupCoding.ofCodes(SEX);

  private Lung() {
  }

  static int[] toInts(double[] v) {
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (int) v[i];
    }
    return out;
  }
}
