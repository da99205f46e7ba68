package org.psmapathway.core.record;

/**
 * Reference-organ uptake (SUVmean) on a PSMA PET scan, used for the PSMA expression score. Each
 * may be {@code null} (not measured).
 */
public record ReferenceUptake(
    Double bloodPoolSuvMean, Double liverSuvMean, Double spleenSuvMean, Double parotidSuvMean) {

  public static final ReferenceUptake NONE = new ReferenceUptake(null, null, null, null);
}
