package org.psmapathway.dosimetry.organ;

import java.util.Optional;

/**
 * Expected absorbed dose per injected activity for Lu-177-PSMA-617 (research/dosimetry.md §7,
 * literature and verified excerpts mixed: Violet 2019, VISION dosimetry, PMC5472088, JNM
 * 2019;60:1579). A value outside is flagged for a second look, never rejected: the ranges are
 * population ranges from small series, not limits.
 */
public enum PlausibleRange {
  KIDNEY("kidney", 0.3, 0.9),
  PAROTID("parotid", 0.3, 1.9),
  SUBMANDIBULAR("submandibular", 0.3, 0.7),
  LACRIMAL("lacrimal", 0.4, 2.1),
  RED_MARROW("red-marrow", 0.02, 0.15),
  LIVER("liver", 0.1, 0.3);

  private final String prefix;
  private final double lowGyPerGBq;
  private final double highGyPerGBq;

  PlausibleRange(String prefix, double low, double high) {
    this.prefix = prefix;
    this.lowGyPerGBq = low;
    this.highGyPerGBq = high;
  }

  public double lowGyPerGBq() {
    return lowGyPerGBq;
  }

  public double highGyPerGBq() {
    return highGyPerGBq;
  }

  /**
   * The range for a region named like {@code kidneys}, {@code kidney-left}, {@code parotid-right},
   * {@code red-marrow}, {@code liver}; empty for regions without a published range (spleen, the
   * salivary glands as a sum, lesions).
   */
  public static Optional<PlausibleRange> forRegion(String region) {
    String r = OrganSValueTable.canonical(region);
    for (PlausibleRange p : values()) {
      if (r.startsWith(p.prefix)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** A flag message when {@code gyPerGBq} lies outside the range, else empty. */
  public Optional<String> flag(double gyPerGBq) {
    if (gyPerGBq >= lowGyPerGBq && gyPerGBq <= highGyPerGBq) {
      return Optional.empty();
    }
    return Optional.of(String.format(java.util.Locale.ROOT,
        "%.3g Gy/GBq is outside the %s range %s-%s Gy/GBq expected for Lu-177-PSMA-617",
        gyPerGBq, prefix, lowGyPerGBq, highGyPerGBq));
  }
}
