package org.psmapathway.core.staging;

import org.psmapathway.core.record.PsmaTracer;
import org.psmapathway.core.record.ReferenceUptake;

/**
 * Reference tissues of the PSMA expression score (PROMISE/E-PSMA; clinical-rules.md 1.5), each
 * with the {@link ReferenceUptake} field that holds its SUVmean.
 */
public enum ReferenceOrgan {
  BLOOD_POOL("blood pool", "reference.bloodPoolSuvMean"),
  LIVER("liver", "reference.liverSuvMean"),
  /**
   * Replaces the liver for tracers with predominant hepatobiliary excretion ([18F]PSMA-1007):
   * PROMISE V2 "slightly modified" score; Abrahamsen et al. 2026 and EJNMMI Res 2024
   * (doi 10.1186/s13550-024-01097-3) suggest the spleen (clinical-rules.md 9.2).
   */
  SPLEEN("spleen", "reference.spleenSuvMean"),
  PAROTID("parotid gland", "reference.parotidSuvMean");

  private final String label;
  private final String field;

  ReferenceOrgan(String label, String field) {
    this.label = label;
    this.field = field;
  }

  public String label() {
    return label;
  }

  /** The patient-record field holding this organ's SUVmean, for missing-data messages. */
  public String field() {
    return field;
  }

  /** This organ's SUVmean on a scan, or {@code null} when not measured. */
  public Double suvMean(ReferenceUptake reference) {
    return switch (this) {
      case BLOOD_POOL -> reference.bloodPoolSuvMean();
      case LIVER -> reference.liverSuvMean();
      case SPLEEN -> reference.spleenSuvMean();
      case PAROTID -> reference.parotidSuvMean();
    };
  }

  /**
   * The organ bounding score 2 from below: the liver, or the spleen for a tracer with
   * hepatobiliary excretion. {@code null} when the tracer is not recorded (it cannot be chosen).
   */
  public static ReferenceOrgan intermediate(PsmaTracer tracer) {
    if (tracer == null) {
      return null;
    }
    return tracer.hepatobiliaryExcretion() ? SPLEEN : LIVER;
  }
}
