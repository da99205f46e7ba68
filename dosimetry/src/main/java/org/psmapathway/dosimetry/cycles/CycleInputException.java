package org.psmapathway.dosimetry.cycles;

/** A problem with one input row of a treatment course; the message starts with "row N: ". */
public final class CycleInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int row;
  private final String detail;

  public CycleInputException(int row, String detail) {
    super("row " + row + ": " + detail);
    this.row = row;
    this.detail = detail;
  }

  /** The {@link CycleRecord#row()} of the offending record. */
  public int row() {
    return row;
  }

  /** The message without the row. */
  public String detail() {
    return detail;
  }
}
