package org.psmapathway.dosimetry.kinetics;

/** The time–activity test vectors of research/dosimetry.md §2.5. */
final class TestVectors {

  private TestVectors() {}

  /** Ex1 and Ex2 measurement times, h. */
  static final double[] TIMES = {4, 24, 48, 96, 168};

  /** Ex1: A₀ = 100 MBq, T_eff = 40 h. */
  static TimeActivityCurve ex1() {
    double[] a = new double[TIMES.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = 100 * Math.exp(-Math.log(2) / 40 * TIMES[i]);
    }
    return TimeActivityCurve.of("ex1", TIMES, a);
  }

  /** Ex2: 50(e^(−ln2 t/80) − e^(−ln2 t/2)). */
  static TimeActivityCurve ex2() {
    double[] a = new double[TIMES.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = 50 * (Math.exp(-Math.log(2) * TIMES[i] / 80) - Math.exp(-Math.log(2) * TIMES[i] / 2));
    }
    return TimeActivityCurve.of("ex2", TIMES, a);
  }

  /**
   * Ex3: SNMMI 177Lu Dosimetry Challenge patient 4 as PyTheranostics ships it, at full precision
   * ({@code tests/data/voxel_dosimetry_validation/expected_results.csv}: Time_hr, Activity_MBq);
   * research/dosimetry.md prints these rounded to 5 digits, which moves the last printed digit of
   * the last-two-points tail.
   */
  static final double[] EX3_TIMES = {3.741111111111111, 27.725277777777777, 103.09416666666667,
      123.98361111111112};

  static final String[] EX3_REGIONS = {"Kidney_Left", "Kidney_Right", "Liver", "Spleen"};

  static final double[][] EX3_MBQ = {
      {98.561432, 73.599408, 25.39568, 19.046609999999998},
      {92.891448, 66.860492, 23.209494, 15.666981999999999},
      {378.4744, 347.40441599999997, 192.66407999999998, 173.225408},
      {87.20683199999999, 77.633392, 34.655491999999995, 27.94343}};

  /** PyTheranostics' bi-exponential-with-uptake parameters (A, λw, λu), same file, Fit_params. */
  static final double[][] EX3_REFERENCE_FIT = {
      {108.74206751059795, 0.01408142600216577, 0.8454291282326525},
      {100.10353294428627, 0.014525034301202456, 1.0572026378865176},
      {426.6982953753453, 0.0074761967214427676, 0.6575597175063645},
      {104.30127630893381, 0.01065558561011114, 0.5562306512948885}};

  /** research/dosimetry.md §2.5 Ex3 "ref Ã" column, MBq·h. */
  static final double[] EX3_REFERENCE_TIA = {7593.75, 6797.11, 56425.3, 9600.9};

  static TimeActivityCurve ex3(int region) {
    return TimeActivityCurve.of(EX3_REGIONS[region], EX3_TIMES, EX3_MBQ[region]);
  }
}
