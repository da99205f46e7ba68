package org.psmapathway.core.response;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The change of one lesion between two scans.
 *
 * @param lesionId the id the lesion keeps across scans
 * @param status new, progressing, stable, resolved or not evaluable
 * @param reasonWords writes the measurements and thresholds behind the status; written only when
 *     asked for (screening counts statuses and reads no reasons)
 */
public record LesionChange(String lesionId, LesionStatus status, Supplier<String> reasonWords) {

  public LesionChange {
    Objects.requireNonNull(lesionId, "lesionId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reasonWords, "reasonWords");
  }

  public LesionChange(String lesionId, LesionStatus status, String reason) {
    this(lesionId, status, () -> reason);
    Objects.requireNonNull(reason, "reason");
  }

  /** The measurements and thresholds behind the status. */
  public String reason() {
    return reasonWords.get();
  }

  /** NEW or PROGRESSING: the lesions OLYMPIAN counts towards oligoprogression. */
  public boolean progressing() {
    return status == LesionStatus.NEW || status == LesionStatus.PROGRESSING;
  }
}
