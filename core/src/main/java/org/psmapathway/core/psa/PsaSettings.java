package org.psmapathway.core.psa;

import java.util.Objects;

/**
 * Choices the PSA sources leave open or make differently (clinical-rules.md 2), stored with every
 * assessment so a result can be reproduced.
 *
 * @param doublingTimePolicy which values a doubling time is fitted to; default {@link
 *     DoublingTimePolicy#ALL_DETECTABLE} (PSA Working Group, Arlen et al. J Urol 2008)
 * @param excludeValuesOnAdt whether doubling-time selection leaves out values measured on ADT
 *     (testosterone-suppressed PSA, clinical-rules.md 2.1 [L]); default {@code true}. Under the
 *     all-detectable policy, ADT that continues up to the latest PSA value is the
 *     castration-resistant setting, where the doubling time on ADT is the quantity of interest:
 *     its values are kept, from the nadir after the start of the current line of therapy. Set
 *     {@code false} to keep every value on ADT
 * @param risingMinimumIntervalDays minimum days between the three values of "two consecutive
 *     rises"; default 7 (PCWG: rising values "≥1 week apart", Scher et al. JCO 2016)
 * @param risingThresholdNgMl value the last of the three rising values must reach; default 0.2
 *     ng/mL (PSMA-SRT "≥0.2 and rising"; RADICALS-RT uses 0.1, the Lund SRT trial 0.15)
 * @param pcwg3ConfirmationDays minimum days between a PCWG3 PSA50 or progression value and the
 *     value that confirms it; default 21 ("a second value ≥3 weeks later", Scher et al. JCO 2016)
 * @param pcwg3Week12WindowDays half-width of the window around day 84 in which the "change at 12
 *     weeks" value is taken; default 21 days. PCWG3 asks for the change at 12 weeks but names no
 *     window [U]; ±3 weeks matches its usual 3-weekly PSA schedule
 */
public record PsaSettings(
    DoublingTimePolicy doublingTimePolicy,
    boolean excludeValuesOnAdt,
    int risingMinimumIntervalDays,
    double risingThresholdNgMl,
    int pcwg3ConfirmationDays,
    int pcwg3Week12WindowDays) {

  public PsaSettings {
    Objects.requireNonNull(doublingTimePolicy, "doublingTimePolicy");
    if (risingMinimumIntervalDays < 0) {
      throw new IllegalArgumentException(
          "risingMinimumIntervalDays must be ≥ 0, was " + risingMinimumIntervalDays);
    }
    if (!(risingThresholdNgMl >= 0) || Double.isInfinite(risingThresholdNgMl)) {
      throw new IllegalArgumentException(
          "risingThresholdNgMl must be a finite number ≥ 0, was " + risingThresholdNgMl);
    }
    if (pcwg3ConfirmationDays < 1) {
      throw new IllegalArgumentException(
          "pcwg3ConfirmationDays must be ≥ 1, was " + pcwg3ConfirmationDays);
    }
    if (pcwg3Week12WindowDays < 0) {
      throw new IllegalArgumentException(
          "pcwg3Week12WindowDays must be ≥ 0, was " + pcwg3Week12WindowDays);
    }
  }

  /** All-detectable doubling time without ADT values, rises ≥7 days apart to ≥0.2, PCWG3 21/21. */
  public static PsaSettings defaults() {
    return new PsaSettings(DoublingTimePolicy.ALL_DETECTABLE, true, 7, 0.2, 21, 21);
  }

  /** The defaults with another doubling-time policy. */
  public static PsaSettings of(DoublingTimePolicy policy) {
    return defaults().withDoublingTimePolicy(policy);
  }

  public PsaSettings withDoublingTimePolicy(DoublingTimePolicy policy) {
    return new PsaSettings(policy, excludeValuesOnAdt, risingMinimumIntervalDays,
        risingThresholdNgMl, pcwg3ConfirmationDays, pcwg3Week12WindowDays);
  }

  public PsaSettings withExcludeValuesOnAdt(boolean exclude) {
    return new PsaSettings(doublingTimePolicy, exclude, risingMinimumIntervalDays,
        risingThresholdNgMl, pcwg3ConfirmationDays, pcwg3Week12WindowDays);
  }

  /** Interval and threshold of "two consecutive rises", which EAU, NCCN and trials set apart. */
  public PsaSettings withRising(int minimumIntervalDays, double thresholdNgMl) {
    return new PsaSettings(doublingTimePolicy, excludeValuesOnAdt, minimumIntervalDays,
        thresholdNgMl, pcwg3ConfirmationDays, pcwg3Week12WindowDays);
  }

  public PsaSettings withPcwg3(int confirmationDays, int week12WindowDays) {
    return new PsaSettings(doublingTimePolicy, excludeValuesOnAdt, risingMinimumIntervalDays,
        risingThresholdNgMl, confirmationDays, week12WindowDays);
  }
}
