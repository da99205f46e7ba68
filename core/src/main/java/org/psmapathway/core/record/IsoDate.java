package org.psmapathway.core.record;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the record's dates, YYYY-MM-DD. A patient record holds dozens of dates, and {@code
 * LocalDate.parse} (a general formatter) was the largest cost of reading one; this reads the ten
 * characters directly and lets {@link LocalDate#of} reject impossible days such as 2023-02-30.
 */
final class IsoDate {

  private IsoDate() {}

  /** The date, or {@code null} when the text is not a real calendar date as YYYY-MM-DD. */
  static LocalDate parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // month 13, day 30 of February, ...
    }
  }

  /** The number written by the ASCII digits in [from, to), or -1 if any is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
