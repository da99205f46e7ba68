package org.psmapathway.core.staging;

/**
 * Version of the PROMISE framework a stage is expressed in. Each constant is a row of the label
 * table: what changed between versions is data here, not an {@code if} in the stager.
 *
 * <ul>
 *   <li>V1: Eiber et al., J Nucl Med 2018;59:469, Table (re-verified, clinical-rules.md 9.2):
 *       {@code miN1a} single regional node region, {@code miN1b} multiple (≥2) regions; miT2
 *       reported by sextant, no focality suffix.
 *   <li>V2: Seifert et al., Eur Urol 2023;83:405, as transcribed in {@code
 *       htlin222/promise-v2-tool} {@code src/data.js} (clinical-rules.md 1.1, 9.2): {@code
 *       miN1} single region, {@code miN2} ≥2 regions (same meaning as V1's 1a/1b); miT2 carries
 *       the focality suffix {@code u} (unifocal) or {@code m} (multifocal).
 * </ul>
 */
public enum PromiseVersion {
  V1(1, "miN1a", "miN1b", false),
  V2(2, "miN1", "miN2", true);

  private final int number;
  private final String singleRegionN;
  private final String multipleRegionsN;
  private final boolean t2Focality;

  PromiseVersion(int number, String singleRegionN, String multipleRegionsN, boolean t2Focality) {
    this.number = number;
    this.singleRegionN = singleRegionN;
    this.multipleRegionsN = multipleRegionsN;
    this.t2Focality = t2Focality;
  }

  /** The version number as stored with every stage ({@code promiseVersion = 1 | 2}). */
  public int number() {
    return number;
  }

  /** miN label for exactly one involved regional node region. */
  public String singleRegionN() {
    return singleRegionN;
  }

  /** miN label for two or more involved regional node regions. */
  public String multipleRegionsN() {
    return multipleRegionsN;
  }

  /** Whether miT2 carries the unifocal/multifocal suffix ({@code miT2u}, {@code miT2m}). */
  public boolean t2Focality() {
    return t2Focality;
  }
}
