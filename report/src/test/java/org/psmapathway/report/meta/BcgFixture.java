package org.psmapathway.report.meta;

import org.psmapathway.stats.meta.StudyData;
import org.psmapathway.stats.meta.TwoByTwo;

/** metafor's dat.bcg (13 BCG vaccine trials): counts, labels, allocation and latitude. */
final class BcgFixture {

  static final String[] AUTHORS = {"Aronson", "Ferguson & Simes", "Rosenthal et al",
      "Hart & Sutherland", "Frimodt-Moller et al", "Stein & Aronson", "Vandiviere et al",
      "TPT Madras", "Coetzee & Berjak", "Rosenthal et al", "Comstock et al", "Comstock & Webster",
      "Comstock et al"};
  static final String[] YEARS = {"1948", "1949", "1960", "1977", "1973", "1953", "1973", "1980",
      "1968", "1961", "1974", "1969", "1976"};
  static final double[] TPOS = {4, 6, 3, 62, 33, 180, 8, 505, 29, 17, 186, 5, 27};
  static final double[] TNEG = {119, 300, 228, 13536, 5036, 1361, 2537, 87886, 7470, 1699, 50448,
      2493, 16886};
  static final double[] CPOS = {11, 29, 11, 248, 47, 372, 10, 499, 45, 65, 141, 3, 29};
  static final double[] CNEG = {128, 274, 209, 12619, 5761, 1079, 619, 87892, 7232, 1600, 27197,
      2338, 17825};
  static final String[] ALLOC = {"random", "random", "random", "random", "alternate", "alternate",
      "random", "random", "random", "systematic", "systematic", "systematic", "systematic"};

  private BcgFixture() {}

  static StudyData logRiskRatios() {
    String[] labels = new String[AUTHORS.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = AUTHORS[i] + ", " + YEARS[i];
    }
    return TwoByTwo.effectSizes(TwoByTwo.Measure.RR, labels, TPOS, TNEG, CPOS, CNEG);
  }
}
