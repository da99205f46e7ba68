package org.psmapathway.app;

import org.psmapathway.report.meta.EffectMeasure;

/**
 * {@code psma meta --measure}: which columns the CSV holds and how they become effect sizes
 * (docs/cli.md, "psma meta").
 */
enum MetaMeasure {
  /** Hazard ratios with a CI: columns hr, lower, upper (metafor conv.wald). */
  hr("Hazard ratio", "HR"),
  /** Generic effects: yi with vi or sei. */
  generic("Effect", "Estimate"),
  /** Log risk ratio from 2×2 counts ai, bi, ci, di (metafor escalc "RR"). */
  rr("Risk ratio", "RR"),
  /** Log odds ratio from 2×2 counts (escalc "OR"). */
  or("Odds ratio", "OR"),
  /** Risk difference from 2×2 counts (escalc "RD"). */
  rd("Risk difference", "RD"),
  /** Peto log hazard ratio from O − E and V: columns oMinusE, v. */
  peto("Hazard ratio (Peto)", "HR");

  private final String name;
  private final String abbreviation;

  MetaMeasure(String name, String abbreviation) {
    this.name = name;
    this.abbreviation = abbreviation;
  }

  EffectMeasure effect(String favoursLeft, String favoursRight) {
    return new EffectMeasure(name, abbreviation, favoursLeft, favoursRight);
  }
}
