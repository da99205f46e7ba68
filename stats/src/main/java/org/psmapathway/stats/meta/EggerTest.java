package org.psmapathway.stats.meta;

/**
 * Egger's regression test for funnel-plot asymmetry, metafor {@code regtest} with predictor "sei".
 * {@link Model#RMA} (regtest's default) adds sei as a moderator to the fitted model (same τ² method and
 * test); {@link Model#LM} is the classical Egger test, weighted least squares of yi on sei with weights 1/vi
 * and a t test with k − 2 df (which is the FE fit with Knapp–Hartung's residual scale).
 */
public final class EggerTest {
  /** regtest {@code model}. */
  public enum Model { RMA, LM }

  /**
   * @param statistic z (RMA without knha) or t; {@code df} NaN for z
   * @param limitEstimate the intercept: estimated effect as sei → 0
   */
  public record Result(String model, double statistic, double df, double p, double limitEstimate) {
  }

  private EggerTest() {
  }

  public static Result test(StudyData data, MetaOptions options, Model model) {
    int k = data.k();
    if (k < 3) {
      throw new InvalidStudyException(-1, null, "studies", "at least three studies for Egger's test, got " + k);
    }
    double[][] x = new double[k][2];
    for (int i = 0; i < k; i++) {
      x[i][0] = 1;
      x[i][1] = Math.sqrt(data.vi()[i]);
    }
    MixedEffectsFit f = model == Model.LM
        ? MixedEffectsFit.fit(data.yi(), data.vi(), x, Tau2Method.FE, true, options.level())
        : MixedEffectsFit.fit(data.yi(), data.vi(), x, options.method(), options.knappHartung(),
            options.level());
    return new Result(model.name().toLowerCase(java.util.Locale.ROOT), f.stat[1], f.dfs, f.pval[1], f.beta[0]);
  }
}
