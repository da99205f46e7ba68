package org.psmapathway.store.csv;

/** What a cell of a registry CSV table holds; an empty cell is always "not recorded". */
public enum ColumnType {
  /** Free text or an identifier. */
  TEXT,
  /** One of the codes of docs/patient-record.md, spelt exactly as there. */
  CODE,
  /** A calendar date, ISO 8601 {@code yyyy-mm-dd}. */
  DATE,
  /** A decimal number with a decimal point ({@code 0.25}, {@code 1.0E-4}); no thousands separator. */
  NUMBER,
  /** A whole number. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN
}
