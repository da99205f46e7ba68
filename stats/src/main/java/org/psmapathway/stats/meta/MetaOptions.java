package org.psmapathway.stats.meta;

/**
 * Model settings. {@code method} is the τ² estimator (FE for a fixed-effect model); {@code auto} applies the
 * rule "fixed effect when I² ≤ 50 % and Q's p ≥ 0.10, otherwise random effects with {@code method}".
 * Defaults: DL (as RevMan, which the seed review used), z tests, 95 %, metafor's prediction interval.
 */
public record MetaOptions(Tau2Method method, boolean knappHartung, double level,
    PredictionIntervalType predictionInterval, boolean auto) {

  public MetaOptions {
    if (method == null || predictionInterval == null) {
      throw new IllegalArgumentException("method and predictionInterval must not be null");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level: a confidence level in (0, 1), got " + level);
    }
  }

  public static MetaOptions defaults() {
    return new MetaOptions(Tau2Method.DL, false, 0.95, PredictionIntervalType.METAFOR, false);
  }

  public static MetaOptions of(Tau2Method method) {
    return defaults().withMethod(method);
  }

  public MetaOptions withMethod(Tau2Method m) {
    return new MetaOptions(m, knappHartung, level, predictionInterval, auto);
  }

  public MetaOptions withKnappHartung(boolean on) {
    return new MetaOptions(method, on, level, predictionInterval, auto);
  }

  public MetaOptions withLevel(double l) {
    return new MetaOptions(method, knappHartung, l, predictionInterval, auto);
  }

  public MetaOptions withPredictionInterval(PredictionIntervalType type) {
    return new MetaOptions(method, knappHartung, level, type, auto);
  }

  public MetaOptions withAuto(boolean on) {
    return new MetaOptions(method, knappHartung, level, predictionInterval, on);
  }
}
