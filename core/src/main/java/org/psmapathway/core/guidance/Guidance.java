package org.psmapathway.core.guidance;

import java.time.LocalDate;
import java.util.List;

/**
 * The guidance for one patient after radical prostatectomy: findings, options and evidence, as
 * they stood on the decision date.
 *
 * @param applicable whether the pathway applies (it is defined after radical prostatectomy)
 * @param decisionDate the date whose information the guidance uses; {@code null} when not
 *     applicable
 * @param decisionNote why this date was chosen, and what was done after it when that is known
 * @param items findings first, then options, then evidence; empty when not applicable
 */
public record Guidance(
    boolean applicable, LocalDate decisionDate, String decisionNote, List<GuidanceItem> items) {

  public Guidance {
    items = List.copyOf(items);
  }

  static Guidance notApplicable(String reason) {
    return new Guidance(false, null, reason, List.of());
  }
}
