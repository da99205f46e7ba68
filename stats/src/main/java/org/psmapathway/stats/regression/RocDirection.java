package org.psmapathway.stats.regression;

/** Which way the score points, pROC's {@code direction} argument. */
public enum RocDirection {
  /**
   * pROC "&lt;": controls have lower scores; a row is called positive when its score is at or above
   * the threshold.
   */
  CONTROLS_LOWER("<"),
  /**
   * pROC "&gt;": controls have higher scores (e.g. a low tumour dose predicting non-response); a row
   * is called positive when its score is at or below the threshold.
   */
  CONTROLS_HIGHER(">");

  private final String symbol;

  RocDirection(String symbol) {
    this.symbol = symbol;
  }

  /** pROC's symbol for this direction. */
  public String symbol() {
    return symbol;
  }
}
