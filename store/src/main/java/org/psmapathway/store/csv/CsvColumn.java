package org.psmapathway.store.csv;

/**
 * One column of a registry CSV table.
 *
 * @param name the header name, lower case with underscores
 * @param type what a cell holds
 * @param required the header must name the column (its cells may still be empty where the
 *     record allows it: the record-level rules decide that, with the same messages as JSON import)
 */
public record CsvColumn(String name, ColumnType type, boolean required) {

  static CsvColumn required(String name, ColumnType type) {
    return new CsvColumn(name, type, true);
  }

  static CsvColumn optional(String name, ColumnType type) {
    return new CsvColumn(name, type, false);
  }
}
