package org.psmapathway.stats.meta;

/**
 * Bad input for one study (or for the set of studies): names the study by its 0-based index and label and
 * the field that is wrong, so that a caller reading a file can turn it into file:line:column.
 */
public final class InvalidStudyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final String label;
  private final String field;

  public InvalidStudyException(int index, String label, String field, String expected) {
    super(index < 0
        ? field + ": " + expected
        : "study " + index + " (" + label + "), field " + field + ": " + expected);
    this.index = index;
    this.label = label;
    this.field = field;
  }

  /** 0-based study index, or -1 when the problem concerns the whole set of studies. */
  public int index() {
    return index;
  }

  public String label() {
    return label;
  }

  public String field() {
    return field;
  }
}
