package org.psmapathway.dosimetry.organ;

/**
 * Glands of a few grams to tens of grams for which no phantom self S value is shipped: parotid,
 * submandibular and sublingual glands, the salivary glands as one VOI, and the lacrimal glands
 * (organs at risk of Lu-177-PSMA: xerostomia, dry eye). Each is dosed with the soft-tissue sphere
 * S value at its own mass, the option PyTheranostics offers per gland (research/dosimetry.md §3.4).
 * Against the local-deposition dose (all electron energy absorbed, photons escape) the sphere dose
 * is 0.9 % lower at 3 g, 0.5 % higher at 25 g and 1.3 % higher at 85 g (photons absorbed); for a
 * 0.7-g lacrimal gland it is 2.3 % lower, as electrons leave through the surface.
 */
final class SmallGlands {

  static final String SPHERE_NOTE = "no phantom S value shipped: soft-tissue sphere S value at "
      + "the gland's mass (PyTheranostics spheres, log-log PCHIP); a sphere has the least surface "
      + "for its mass, so for a flat gland this is an upper bound";

  private SmallGlands() {}

  /** True for a region named as one of these glands (any case, {@code _} or space for {@code -}). */
  static boolean is(String region) {
    String r = OrganSValueTable.canonical(region);
    return SalivaryGlands.isGland(r) || r.startsWith("sublingual") || r.startsWith("lacrimal")
        || r.equals(SalivaryGlands.REGION);
  }
}
