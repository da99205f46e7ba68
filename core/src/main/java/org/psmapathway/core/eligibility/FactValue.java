package org.psmapathway.core.eligibility;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The value of one fact for one patient. A number is held as the interval it is known to lie in,
 * in the base unit of its {@link Dimension}: exact values have {@code low == high}; a PSA "below
 * detection" lies in [0, limit); a count with lesions that could not be evaluated lies in
 * [counted, counted + not evaluated]; a doubling time of a PSA that does not rise is +∞. A
 * comparison over an interval is TRUE when every value in it satisfies the comparison, FALSE when
 * none does, and UNKNOWN otherwise.
 *
 * @param known whether the record decides the fact at all
 * @param low lowest possible value (numbers)
 * @param high highest possible value (numbers)
 * @param highOpen whether {@code high} itself is excluded (a detection limit)
 * @param flag the value of a boolean fact; {@code null} when unknown or not boolean
 * @param code the value of a code fact
 * @param date the date the value refers to, or {@code null}
 * @param words writes the value as an explanation shows it, with its unit and source values,
 *     e.g. "0.4 nmol/L (11.5 ng/dL) on 2022-01-17"; for an unknown fact, why it is unknown. The
 *     words are written only when an explanation asks for them: screening a cohort decides
 *     verdicts from the values alone, and building dozens of sentences per patient that nobody
 *     reads would cost more than the screening itself.
 */
public record FactValue(boolean known, double low, double high, boolean highOpen, Boolean flag,
    String code, LocalDate date, Supplier<String> words) {

  /** The value in words (see {@code words}). */
  public String shown() {
    return words.get();
  }

  private static Supplier<String> fixed(String text) {
    return () -> text;
  }

  public static FactValue number(double value, LocalDate date, Supplier<String> shown) {
    return new FactValue(true, value, value, false, null, null, date, shown);
  }

  /** A number known to lie in [low, high] (or [low, high) when {@code highOpen}). */
  public static FactValue between(double low, double high, boolean highOpen, LocalDate date,
      Supplier<String> shown) {
    return new FactValue(true, low, high, highOpen, null, null, date, shown);
  }

  public static FactValue flag(boolean value, LocalDate date, Supplier<String> shown) {
    return new FactValue(true, Double.NaN, Double.NaN, false, value, null, date, shown);
  }

  public static FactValue code(String value, LocalDate date, Supplier<String> shown) {
    return new FactValue(true, Double.NaN, Double.NaN, false, null, value, date, shown);
  }

  /** A boolean fact that the record leaves open (e.g. two rises when only one step is known). */
  public static FactValue undecidedFlag(Supplier<String> shown) {
    return new FactValue(true, Double.NaN, Double.NaN, false, null, null, null, shown);
  }

  /** The record does not decide the fact; {@code why} says what is missing. */
  public static FactValue unknown(Supplier<String> why) {
    return new FactValue(false, Double.NaN, Double.NaN, false, null, null, null, why);
  }

  public static FactValue number(double value, LocalDate date, String shown) {
    return number(value, date, fixed(shown));
  }

  public static FactValue between(double low, double high, boolean highOpen, LocalDate date,
      String shown) {
    return between(low, high, highOpen, date, fixed(shown));
  }

  public static FactValue flag(boolean value, LocalDate date, String shown) {
    return flag(value, date, fixed(shown));
  }

  public static FactValue code(String value, LocalDate date, String shown) {
    return code(value, date, fixed(shown));
  }

  public static FactValue undecidedFlag(String shown) {
    return undecidedFlag(fixed(shown));
  }

  public static FactValue unknown(String why) {
    return unknown(fixed(why));
  }

  public boolean exact() {
    return known && low == high && !highOpen;
  }
}
