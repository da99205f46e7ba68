package org.psmapathway.core.staging;

/** What a positive lymph-node region means for the stage (PROMISE, Eiber 2018 Table 4). */
public enum NodeCategory {
  /** Regional (true-pelvis) nodes: miN. */
  REGIONAL("miN"),
  /** Extrapelvic (distant) nodes: miM1a. */
  EXTRAPELVIC("miM1a");

  private final String promiseCategory;

  NodeCategory(String promiseCategory) {
    this.promiseCategory = promiseCategory;
  }

  /** The PROMISE category the region feeds: {@code miN} or {@code miM1a}. */
  public String promiseCategory() {
    return promiseCategory;
  }
}
