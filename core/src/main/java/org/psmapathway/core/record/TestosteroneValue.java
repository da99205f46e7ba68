package org.psmapathway.core.record;

import java.time.LocalDate;

/** One serum testosterone result, kept in the unit it was reported in. */
public record TestosteroneValue(LocalDate date, double value, TestosteroneUnit unit) {

  /** Castrate level: below 50 ng/dL (1.7 nmol/L), the threshold used by PCWG3 and OLYMPIAN. */
  public static final double CASTRATE_NG_PER_DL = 50.0;

  public double ngPerDl() {
    return unit.toNgPerDl(value);
  }

  public boolean castrate() {
    return ngPerDl() < CASTRATE_NG_PER_DL;
  }
}
