package org.psmapathway.dosimetry.organ;

/**
 * The salivary glands as one organ: the sum of the parotid and submandibular VOIs (time-integrated
 * activity and mass added, {@link OrganDosimetry#sum}), as PyTheranostics maps parotid L/R and
 * submandibular L/R onto the OLINDA "Salivary Glands" organ (research/dosimetry.md §3.4). The mean
 * dose of the sum is the mass-weighted mean of the glands' doses.
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
    String r = OrganSValueTable.canonical(region);
    return r.startsWith("parotid") || r.startsWith("submandibular");
  }
}
