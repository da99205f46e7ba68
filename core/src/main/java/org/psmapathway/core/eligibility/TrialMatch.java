package org.psmapathway.core.eligibility;

import java.util.List;

/**
 * A trial evaluated for one patient, with every criterion's verdict and explanation.
 *
 * @param criteria in the trial document's order
 * @param explanation the verdict in one sentence: the failing, unknown or manual criteria with
 *     the patient's values
 */
public record TrialMatch(Trial trial, TrialVerdict verdict, List<CriterionResult> criteria,
    String explanation) {

  public TrialMatch {
    criteria = List.copyOf(criteria);
  }
}
