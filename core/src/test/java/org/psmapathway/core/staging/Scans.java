package org.psmapathway.core.staging;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.LocalExtent;
import org.psmapathway.core.record.NodeRegion;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsmaTracer;
import org.psmapathway.core.record.ReferenceUptake;
import org.psmapathway.core.record.Side;

/** Builders for PET scans and lesions in tests (shared with the response tests). */
public final class Scans {

  public static final LocalDate DATE = LocalDate.of(2025, 1, 15);

  private Scans() {}

  public static PetScan scan(Lesion... lesions) {
    return scan(false, Arrays.asList(lesions));
  }

  public static PetScan scan(boolean diffuseMarrowInvolvement, List<Lesion> lesions) {
    return new PetScan(
        DATE, PsmaTracer.GA68_PSMA_11, "PET/CT", null, null, diffuseMarrowInvolvement, lesions);
  }

  public static PetScan scan(
      PsmaTracer tracer, ReferenceUptake reference, Double totalTumourVolumeMl, Lesion... lesions) {
    return new PetScan(
        DATE, tracer, "PET/CT", reference, totalTumourVolumeMl, false, Arrays.asList(lesions));
  }

  public static Lesion node(String id, NodeRegion region, Side side) {
    return new Lesion(id, LesionSite.NODE, region, side, null, null, null, null, null, null);
  }

  public static Lesion bone(String id, String bone) {
    return new Lesion(id, LesionSite.BONE, null, null, bone, null, null, null, null, null);
  }

  public static Lesion visceral(String id, String organ) {
    return new Lesion(id, LesionSite.VISCERAL, null, null, null, organ, null, null, null, null);
  }

  public static Lesion bed(String id) {
    return new Lesion(id, LesionSite.PROSTATE_BED, null, null, null, null, null, null, null, null);
  }

  public static Lesion prostate(String id, LocalExtent extent) {
    return new Lesion(id, LesionSite.PROSTATE, null, null, null, null, extent, null, null, null);
  }

  public static Lesion seminalVesicle(String id) {
    return new Lesion(
        id, LesionSite.SEMINAL_VESICLE, null, null, null, null, null, null, null, null);
  }

  /** A lesion with measurements only (for expression scores and tracking). */
  public static Lesion measured(
      String id, LesionSite site, Double suvMax, Double shortAxisMm, Double volumeMl) {
    return new Lesion(id, site, null, null, null, null, null, suvMax, shortAxisMm, volumeMl);
  }
}
