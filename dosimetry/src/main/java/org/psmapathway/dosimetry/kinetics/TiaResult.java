package org.psmapathway.dosimetry.kinetics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The time-integrated activity of one region and how it was obtained.
 *
 * @param model mono, bi, bi-uptake or trapezoid (the {@link KineticModel#label()} or "trapezoid")
 * @param parameters fitted parameters with standard errors and CV %; for the trapezoid λ_tail
 * @param aicc AICc of the fit; NaN for the trapezoid and when n ≤ k + 1
 * @param tiaMBqH Ã = ∫₀^∞ A(t) dt
 * @param tiaStandardError delta-method SE of Ã from the fit; NaN for the trapezoid
 * @param residenceTimeH Ã / injected activity (time-integrated activity coefficient), absent without
 *     an injected activity
 * @param rSquared unweighted R² of the fit; NaN for the trapezoid
 * @param maxAbsCorrelation largest |correlation| between two parameters; NaN for the trapezoid
 * @param flags goodness-of-fit warnings ({@link KineticFit#flags()}), and the reason of a fallback
 * @param candidates the models the automatic choice considered (empty for an explicit model)
 * @param fit the fit itself, null for the trapezoid
 * @param trapezoid the trapezoid parts, null for a fit
 */
public record TiaResult(
    String region,
    String model,
    List<FittedParameter> parameters,
    double aicc,
    double tiaMBqH,
    double tiaStandardError,
    OptionalDouble residenceTimeH,
    double rSquared,
    double maxAbsCorrelation,
    List<String> flags,
    List<ModelCandidate> candidates,
    KineticFit fit,
    TrapezoidIntegral trapezoid) {

  public TiaResult {
    parameters = List.copyOf(parameters);
    flags = List.copyOf(flags);
    candidates = List.copyOf(candidates);
  }
}
