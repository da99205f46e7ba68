package org.psmapathway.dosimetry.lesion;

/**
 * Lesion composition and density from its mean CT number, PyTheranostics' recipe
 * ({@code dosimetry/organ_s_dosimetry.py}; research/dosimetry.md §3.3): soft tissue/cortical bone
 * mixtures by HU band. {@link SphereModel} reads the S table of the composition at ρ·V.
 *
 * @param composition soft tissue / cortical bone percentages, e.g. {@code 75/25}
 * @param densityGPerMl density, g/mL
 */
public record LesionTissue(String composition, double densityGPerMl) {

  public static final LesionTissue SOFT_TISSUE = new LesionTissue("100/0", 1.03);

  /**
   * HU ≤ 100: 100/0, 1.03; ≤ 250: 75/25, 1.255; ≤ 500: 50/50, 1.48; ≤ 750: 25/75, 1.70;
   * above: 0/100, 1.92 g/mL. NaN (no CT) means soft tissue.
   */
  public static LesionTissue fromMeanHu(double meanHu) {
    if (Double.isNaN(meanHu)) {
      return SOFT_TISSUE;
    }
    if (Double.isInfinite(meanHu)) {
      throw new IllegalArgumentException("mean HU must be finite, got " + meanHu);
    }
    if (meanHu <= 100) {
      return SOFT_TISSUE;
    } else if (meanHu <= 250) {
      return new LesionTissue("75/25", 1.255);
    } else if (meanHu <= 500) {
      return new LesionTissue("50/50", 1.48);
    } else if (meanHu <= 750) {
      return new LesionTissue("25/75", 1.70);
    }
    return new LesionTissue("0/100", 1.92);
  }

  /** True for a mixture with cortical bone (mean HU above 100). */
  public boolean isBone() {
    return !composition.equals(SOFT_TISSUE.composition);
  }
}
