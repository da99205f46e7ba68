package org.psmapathway.dosimetry.kinetics;

/**
 * A time–activity curve that cannot be integrated as given: the message names the region and, when
 * one measurement is at fault, its row ({@link #row()}, 0-based in the order the measurements were
 * given, so a caller reading a table can turn it into {@code file:line:column}).
 */
public final class TimeActivityException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String region;
  private final int row;
  private final String column;

  /**
   * @param row 0-based index of the faulty measurement, or -1 when the curve as a whole is at fault
   * @param column "hours" or "mbq" for the faulty value, or null
   */
  TimeActivityException(String region, int row, String column, String problem) {
    super("region \"" + region + "\"" + (row >= 0 ? ", row " + (row + 1) : "") + ": " + problem);
    this.region = region;
    this.row = row;
    this.column = column;
  }

  public String region() {
    return region;
  }

  /** 0-based index of the faulty measurement as given, or -1 for the curve as a whole. */
  public int row() {
    return row;
  }

  /** {@code "hours"}, {@code "mbq"} or null: which value of the row is at fault. */
  public String column() {
    return column;
  }

  /** The problem without the region and row prefix. */
  public String problem() {
    String m = getMessage();
    return m.substring(m.indexOf(": ") + 2);
  }
}
