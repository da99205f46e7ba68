package org.psmapathway.app.table;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * FastCSV's record callback that writes every field straight into {@link Cells} from the parser's
 * buffer, so reading a large file creates no String per cell. Each record is returned as its
 * line, field count and the index of its first cell; the caller drops cells of a record it
 * rejects with {@link Cells#truncate}.
 */
final class PackingCallbackHandler extends AbstractBaseCsvCallbackHandler<PackingCallbackHandler.Row> {

  /** One record: where it starts in the file and in {@link Cells}. */
  record Row(long line, int fields, int firstCell) {}

  private final Cells cells;
  private int firstCell;

  PackingCallbackHandler(Cells cells) {
    this.cells = cells;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    firstCell = cells.size();
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    cells.add(buf, offset, len);
  }

  @Override
  protected Row buildRecord() {
    return new Row(getStartingLineNumber(), getFieldCount(), firstCell);
  }
}
