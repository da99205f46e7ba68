package org.psmapathway.core.psa;

import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.text.Dates;
import org.psmapathway.core.text.Decimals;

/**
 * PSA wording for reasons and rationales, by plain concatenation: a rationale is built for every
 * assessment, so it must cost little (see {@link Decimals}).
 */
final class Fmt {

  private Fmt() {}

  /** "0.2 ng/mL on 2024-01-01", or "&lt;0.1 ng/mL on …" for a below-detection result. */
  static String psa(PsaValue value) {
    return ng(value) + " on " + Dates.iso(value.date());
  }

  /** "0.2 ng/mL", or "&lt;0.1 ng/mL" for a below-detection result. */
  static String ng(PsaValue value) {
    return (value.belowDetection() ? "<" : "") + number(value.valueNgMl()) + " ng/mL";
  }

  /** A percentage rounded to one decimal with its sign, e.g. "+55.0%", "-60.0%". */
  static String percent(double percent) {
    double rounded = Math.round(percent * 10) / 10.0;
    return (rounded > 0 ? "+" : "") + number(rounded == 0 ? 0.0 : rounded) + "%";
  }

  /** The same text as {@link Double#toString(double)}, without its cost in the common cases. */
  static String number(double value) {
    return Decimals.plain(value);
  }
}
