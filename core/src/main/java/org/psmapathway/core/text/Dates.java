package org.psmapathway.core.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * ISO dates in rationale texts. Every assessment writes a dozen dates into its sentences; this is
 * the text of {@link LocalDate#toString()} without its {@code StringBuilder}.
 */
public final class Dates {

  private Dates() {}

  /** {@code 2024-03-05}: the same text as {@link LocalDate#toString()}. */
  public static String iso(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return date.toString(); // signs and padding of distant years: leave them to the JDK
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    byte[] b = {
        digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10),
        '-', digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static byte digit(int d) {
    return (byte) ('0' + d);
  }
}
