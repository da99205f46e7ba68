package org.psmapathway.core.eligibility;

import java.util.List;

/**
 * A trial's verdict for one patient without explanations, for cohort screening.
 *
 * @param deciding the ids of the criteria behind the verdict: failing ones for INELIGIBLE, unknown
 *     ones for UNDETERMINED, manual ones (still to confirm) for ELIGIBLE; in document order
 */
public record TrialScreening(Trial trial, TrialVerdict verdict, List<String> deciding) {

  public TrialScreening {
    deciding = List.copyOf(deciding);
  }
}
