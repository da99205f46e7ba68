package org.psmapathway.core.record;

/**
 * PSMA PET radiopharmaceuticals. The PSMA expression score compares lesion uptake with the liver,
 * except for tracers with predominant hepatobiliary excretion, where PROMISE V2 suggests the
 * spleen instead (research/clinical-rules.md 1.5 and 9.2: [18F]PSMA-1007).
 */
public enum PsmaTracer implements Coded {
  GA68_PSMA_11("68Ga-PSMA-11", false),
  GA68_PSMA_IT("68Ga-PSMA-I&T", false),
  F18_DCFPYL("18F-DCFPyL", false),
  F18_PSMA_1007("18F-PSMA-1007", true),
  F18_RHPSMA_7_3("18F-rhPSMA-7.3", false),
  CU64_PSMA_IT("64Cu-PSMA-I&T", false);

  private final String code;
  private final boolean hepatobiliaryExcretion;

  PsmaTracer(String code, boolean hepatobiliaryExcretion) {
    this.code = code;
    this.hepatobiliaryExcretion = hepatobiliaryExcretion;
  }

  @Override
  public String code() {
    return code;
  }

  /** True when the liver is not a usable reference and the spleen takes its place. */
  public boolean hepatobiliaryExcretion() {
    return hepatobiliaryExcretion;
  }
}
