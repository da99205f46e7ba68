package org.psmapathway.core.record;

/** Performance-status scales and their valid ranges. WHO and ECOG share the 0–5 scale. */
public enum PerformanceScale implements Coded {
  WHO("WHO", 0, 5),
  ECOG("ECOG", 0, 5),
  KARNOFSKY("Karnofsky", 0, 100);

  private final String code;
  private final int min;
  private final int max;

  PerformanceScale(String code, int min, int max) {
    this.code = code;
    this.min = min;
    this.max = max;
  }

  @Override
  public String code() {
    return code;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }
}
