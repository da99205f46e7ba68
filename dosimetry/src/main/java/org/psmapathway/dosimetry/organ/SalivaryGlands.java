package org.psmapathway.dosimetry.organ;

import java.util.List;
import java.util.Locale;

/**
 * The salivary glands as one organ: the sum of the parotid and submandibular VOIs (time-integrated
 * activity and mass added), as PyTheranostics maps parotid L/R and submandibular L/R onto the
 * OLINDA "Salivary Glands" organ (research/dosimetry.md §3.4). The mean dose of the sum is the
 * mass-weighted mean of the glands' doses.
 */
public final class SalivaryGlands {

  /** The region name of the sum. */
  public static final String REGION = "salivary-glands";

  private SalivaryGlands() {}

  /**
   * True for a parotid or submandibular VOI ({@code parotid}, {@code parotid-left},
   * {@code submandibular-right}, ... any case, {@code _} or space for {@code -}).
   */
  public static boolean isGland(String region) {
    String r = OrganSValueTable.canonical(region).toLowerCase(Locale.ROOT);
    return r.startsWith("parotid") || r.startsWith("submandibular");
  }

  /** The sum of the gland VOIs among some regions: Ã and mass added. */
  public record Sum(double tiaMBqH, double massG, int glands) {}

  /**
   * Adds Ã and mass over the regions that are glands ({@link #isGland}); regions that are not are
   * ignored. Returns null when there is no gland.
   */
  public static Sum sum(List<String> regions, double[] tiaMBqH, double[] massG) {
    double tia = 0;
    double mass = 0;
    int n = 0;
    for (int i = 0; i < regions.size(); i++) {
      if (isGland(regions.get(i))) {
        tia += tiaMBqH[i];
        mass += massG[i];
        n++;
      }
    }
    return n == 0 ? null : new Sum(tia, mass, n);
  }
}
