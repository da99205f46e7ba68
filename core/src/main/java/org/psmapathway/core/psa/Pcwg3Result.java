package org.psmapathway.core.psa;

import java.time.LocalDate;
import org.psmapathway.core.record.PsaValue;

/**
 * PCWG3 PSA response and progression (Scher et al. JCO 2016; clinical-rules.md 2.5) for the most
 * recent line of systemic therapy for advanced disease. Percent changes are relative to the
 * baseline, (v − baseline) / baseline × 100, negative for a decline.
 *
 * @param therapyStart first day of the line
 * @param baseline last PSA on or before {@code therapyStart}; {@code null} when there is none
 * @param maxChangePercent the waterfall value: the lowest change over on-therapy values (positive
 *     when PSA only rose); {@code null} without a measured baseline or on-therapy values
 * @param changeAt12WeeksPercent change of the value closest to day 84 within the settings' window
 *     ({@link PsaSettings#pcwg3Week12WindowDays()}), or {@code null} when none falls in it
 * @param psa50 a decline ≥50% confirmed by the next value measured ≥3 weeks later, also ≥50% down
 * @param psa50Date date of the first value of the confirmed decline
 * @param progression confirmed PSA progression
 * @param progressionDate date of the first qualifying value, the one that was later confirmed
 * @param progressionRule "rise from nadir" or "rise from baseline after 12 weeks", for a confirmed
 *     or pending progression; otherwise {@code null}
 * @param progressionConfirmed the same as {@code progression}: a progression is only ever reported
 *     confirmed; an unconfirmed one is {@code pendingProgressionDate}
 * @param progressionConfirmedOn date of the confirming value
 * @param pendingProgressionDate date of a qualifying value that no value ≥3 weeks later has yet
 *     confirmed or refuted
 * @param rationale the line, the baseline and each verdict in words
 */
public record Pcwg3Result(
    LocalDate therapyStart,
    PsaValue baseline,
    Double maxChangePercent,
    Double changeAt12WeeksPercent,
    boolean psa50,
    LocalDate psa50Date,
    boolean progression,
    LocalDate progressionDate,
    String progressionRule,
    boolean progressionConfirmed,
    LocalDate progressionConfirmedOn,
    LocalDate pendingProgressionDate,
    String rationale) {

  static Pcwg3Result withoutBaseline(LocalDate therapyStart, PsaValue baseline, String rationale) {
    return new Pcwg3Result(therapyStart, baseline, null, null, false, null, false, null, null,
        false, null, null, rationale);
  }
}
