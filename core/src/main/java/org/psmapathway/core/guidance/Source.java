package org.psmapathway.core.guidance;

import java.util.Objects;

/**
 * Where a finding or an option comes from.
 *
 * @param citation guideline (with the statement) or study, as a reader would look it up
 * @param year year of publication
 * @param strength the strength of recommendation and evidence level as the source states them, or
 *     {@code null} when the source gives none (a study) or when it was not verified against the
 *     source text (said in {@code docs/clinical-rules.md})
 */
public record Source(String citation, int year, String strength) {

  public Source {
    Objects.requireNonNull(citation, "citation");
  }

  /** A source that grades nothing (a study) or whose grade is not stated here. */
  static Source of(String citation, int year) {
    return new Source(citation, year, null);
  }
}
