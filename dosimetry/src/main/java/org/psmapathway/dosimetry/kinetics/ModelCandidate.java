package org.psmapathway.dosimetry.kinetics;

/**
 * One model considered by the automatic choice.
 *
 * @param aicc its AICc, NaN when it was not a candidate
 * @param note why it was not a candidate (too few points for AICc, no convergence), or null
 */
public record ModelCandidate(KineticModel model, double aicc, String note) {}
