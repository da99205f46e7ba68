package org.psmapathway.core.response;

import java.util.Objects;

/**
 * The change of one lesion between two scans.
 *
 * @param lesionId the id the lesion keeps across scans
 * @param status new, progressing, stable, resolved or not evaluable
 * @param reason the measurements and thresholds behind the status
 */
public record LesionChange(String lesionId, LesionStatus status, String reason) {

  public LesionChange {
    Objects.requireNonNull(lesionId, "lesionId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  /** NEW or PROGRESSING: the lesions OLYMPIAN counts towards oligoprogression. */
  public boolean progressing() {
    return status == LesionStatus.NEW || status == LesionStatus.PROGRESSING;
  }
}
