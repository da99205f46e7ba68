package org.psmapathway.core.record;

/** Units for serum testosterone. 1 nmol/L = 28.84 ng/dL (molar mass 288.4 g/mol). */
public enum TestosteroneUnit implements Coded {
  NG_PER_DL("ng/dL", 1.0),
  NMOL_PER_L("nmol/L", 28.84),
  NG_PER_ML("ng/mL", 100.0);

  private final String code;
  private final double toNgPerDl;

  TestosteroneUnit(String code, double toNgPerDl) {
    this.code = code;
    this.toNgPerDl = toNgPerDl;
  }

  @Override
  public String code() {
    return code;
  }

  public double toNgPerDl(double value) {
    return value * toNgPerDl;
  }
}
