package org.psmapathway.core.psa;

import java.util.List;
import java.util.Objects;
import org.psmapathway.core.record.PsaValue;

/**
 * A PSA doubling time: OLS of ln(PSA) on days, PSADT = ln 2 / slope, in months of 365.25 / 12 days
 * (MSKCC-calculator formula; RTOG "Calculation of PSA doubling time" page).
 *
 * @param status whether a doubling time exists
 * @param policy the selection policy that chose the values; {@code null} when the values were
 *     given directly to {@link DoublingTimes#fit(List)}
 * @param months the doubling time, positive and finite; {@code null} unless {@code OK}
 * @param slopePerDay fitted slope of ln(PSA) per day; {@code null} when no fit was made
 * @param rSquared coefficient of determination of the fit, for the reader to judge whether the rise
 *     is log-linear (Svatek 2006: a blind fit can mislead); {@code null} when no fit was made
 * @param valuesUsed the values fitted, or the values selected when too few were found
 * @param reason what was lacking; {@code null} when {@code OK}
 */
public record DoublingTime(
    DoublingTimeStatus status,
    DoublingTimePolicy policy,
    Double months,
    Double slopePerDay,
    Double rSquared,
    List<PsaValue> valuesUsed,
    String reason) {

  public DoublingTime {
    Objects.requireNonNull(status, "status");
    valuesUsed = List.copyOf(valuesUsed);
  }

  static DoublingTime insufficient(
      DoublingTimePolicy policy, List<PsaValue> selected, String reason) {
    return new DoublingTime(DoublingTimeStatus.INSUFFICIENT_DATA, policy, null, null, null,
        selected, reason);
  }
}
