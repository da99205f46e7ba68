package org.psmapathway.app;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text as R prints a matrix: a header row, row names left-aligned in the first column,
 * values right-aligned, one space between columns (two for the columns given a wider gap).
 */
final class TextTable {

  private final String[] header;
  private final List<String[]> rows = new ArrayList<>();

  /** @param header column titles; the first is the title over the row names (often "") */
  TextTable(String... header) {
    this.header = header.clone();
  }

  TextTable row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException("row: expected " + header.length + " cells, got "
          + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /** The table, each line ending in a newline, trailing blanks removed. */
  String render() {
    int[] width = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      width[c] = header[c].length();
      for (String[] r : rows) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width);
    for (String[] r : rows) {
      line(sb, r, width);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    StringBuilder l = new StringBuilder(RFormat.left(cells[0], width[0]));
    for (int c = 1; c < cells.length; c++) {
      l.append(' ').append(RFormat.right(cells[c], width[c]));
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
