package org.psmapathway.dosimetry.kinetics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Time-integrated activity of one region from serial measurements (research/dosimetry.md §2): an
 * exponential fit ({@link ExponentialFit}), the choice among them by AICc, or the trapezoid
 * ({@link Trapezoid}).
 *
 * <p>Automatic choice, as PyTheranostics {@code base_dosimetry.py} but with the small-sample AICc:
 * every model with n ≥ k + 2 points (AICc defined) whose fit converges is a candidate; the lowest
 * AICc wins, and a candidate with fewer parameters within 2 AICc of the best is taken instead. With
 * no candidate — n ≤ 3, or no fit converged — the trapezoid with the configured head and tail is
 * used and the reason is flagged.
 */
public final class TimeIntegratedActivity {

  /** AICc difference within which the simpler model is preferred. */
  public static final double AICC_TIE = 2;

  private TimeIntegratedActivity() {}

  /**
   * @throws TimeActivityException an explicit model that needs more points than the curve has, or
   *     whose fit does not converge, or that cannot weight a zero activity
   */
  public static TiaResult integrate(TimeActivityCurve curve, ModelChoice choice,
      KineticsOptions options) {
    double lambdaPhys = options.lambdaPhys();
    return switch (choice) {
      case TRAPEZOID -> trapezoid(curve, options, List.of(), List.of());
      case MONO, BI, BI_UPTAKE -> fitted(curve,
          ExponentialFit.fit(curve, choice.model(), options.weighting(), lambdaPhys), options,
          List.of());
      case AUTO -> auto(curve, options);
    };
  }

  private static TiaResult auto(TimeActivityCurve curve, KineticsOptions options) {
    int n = curve.size();
    List<ModelCandidate> considered = new ArrayList<>();
    List<KineticFit> fits = new ArrayList<>();
    for (KineticModel m : KineticModel.values()) {
      int k = m.parameterCount();
      if (n <= k + 1) {
        considered.add(new ModelCandidate(m, Double.NaN, "AICc undefined: " + n
            + " points, needs at least " + (k + 2)));
        continue;
      }
      try {
        KineticFit f = ExponentialFit.fit(curve, m, options.weighting(), options.lambdaPhys());
        if (Double.isNaN(f.aicc())) {
          considered.add(new ModelCandidate(m, Double.NaN, "AICc undefined"));
        } else {
          considered.add(new ModelCandidate(m, f.aicc(), null));
          fits.add(f);
        }
      } catch (TimeActivityException e) {
        considered.add(new ModelCandidate(m, Double.NaN, e.problem()));
      }
    }
    if (fits.isEmpty()) {
      return trapezoid(curve, options, considered,
          List.of("no exponential model could be chosen by AICc; trapezoid used"));
    }
    return fitted(curve, choose(fits), options, considered);
  }

  /** The lowest AICc, or the fewest parameters within {@link #AICC_TIE} of it. */
  static KineticFit choose(List<KineticFit> fits) {
    KineticFit best = fits.get(0);
    for (KineticFit f : fits) {
      if (f.aicc() < best.aicc()) {
        best = f;
      }
    }
    KineticFit chosen = best;
    for (KineticFit f : fits) {
      boolean tie = f.aicc() - best.aicc() <= AICC_TIE
          || f.aicc() == best.aicc(); // both −∞ (exact fits)
      int kf = f.model().parameterCount();
      int kc = chosen.model().parameterCount();
      if (tie && (kf < kc || (kf == kc && f.aicc() < chosen.aicc()))) {
        chosen = f;
      }
    }
    return chosen;
  }

  private static TiaResult fitted(TimeActivityCurve curve, KineticFit fit, KineticsOptions options,
      List<ModelCandidate> considered) {
    List<FittedParameter> ps = new ArrayList<>();
    KineticModel m = fit.model();
    for (int i = 0; i < m.parameterCount(); i++) {
      ps.add(new FittedParameter(m.parameterNames().get(i), m.parameterUnits().get(i),
          fit.parameters()[i], fit.standardErrors()[i], fit.cvPercent(i)));
    }
    return new TiaResult(curve.region(), m.label(), ps, fit.aicc(), fit.tiaMBqH(),
        fit.tiaStandardError(), residence(fit.tiaMBqH(), options), fit.rSquared(),
        fit.maxAbsCorrelation(), fit.flags(), considered, fit, null);
  }

  private static TiaResult trapezoid(TimeActivityCurve curve, KineticsOptions options,
      List<ModelCandidate> considered, List<String> flags) {
    TrapezoidIntegral t = Trapezoid.integrate(curve, options.head(), options.tail(),
        options.lambdaPhys());
    List<FittedParameter> ps = List.of(
        new FittedParameter("lambdaTail", "1/h", t.tailLambda(), Double.NaN, Double.NaN));
    return new TiaResult(curve.region(), ModelChoice.TRAPEZOID.label(), ps, Double.NaN,
        t.tiaMBqH(), Double.NaN, residence(t.tiaMBqH(), options), Double.NaN, Double.NaN, flags,
        considered, null, t);
  }

  private static OptionalDouble residence(double tia, KineticsOptions options) {
    return Double.isNaN(options.injectedMBq())
        ? OptionalDouble.empty() : OptionalDouble.of(tia / options.injectedMBq());
  }
}
