package org.psmapathway.stats.meta;

/** {@code method} of metafor's {@code rma.uni}: FE (no τ²) or the estimator of τ² for random effects. */
public enum Tau2Method {
  /** Fixed (common) effect, inverse variance; metafor "FE" (called "EE" from metafor 4). */
  FE,
  /** DerSimonian–Laird (method of moments with 1/vi weights); closed form. */
  DL,
  /** Restricted maximum likelihood, Fisher scoring from the HE value. */
  REML,
  /** Maximum likelihood, Fisher scoring from the HE value. */
  ML,
  /** Paule–Mandel: root of the generalised Q statistic equal to k − p. */
  PM,
  /** Hedges (Hedges–Olkin, unweighted method of moments); closed form. */
  HE,
  /** Sidik–Jonkman two-step from var(y)·(k−1)/k; closed form. */
  SJ,
  /** Hunter–Schmidt; closed form. */
  HS,
  /** Empirical Bayes (Morris); same root as PM for intercept-only models. */
  EB
}
