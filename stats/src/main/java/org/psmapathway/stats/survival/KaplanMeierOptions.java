package org.psmapathway.stats.survival;

/**
 * Settings of a Kaplan–Meier fit. Defaults are R's {@code survfit}: 95 % intervals on the log
 * scale.
 *
 * @param level          confidence level, R's {@code conf.int}
 * @param confidenceType R's {@code conf.type}
 */
public record KaplanMeierOptions(double level, ConfidenceType confidenceType) {

  public static final KaplanMeierOptions R_DEFAULT = new KaplanMeierOptions(0.95,
      ConfidenceType.LOG);

  public KaplanMeierOptions {
    ConfidenceType.z(level);
    if (confidenceType == null) {
      throw new IllegalArgumentException(
          "confidenceType: expected LOG, LOG_LOG or PLAIN, got null");
    }
  }

  double z() {
    return ConfidenceType.z(level);
  }
}
