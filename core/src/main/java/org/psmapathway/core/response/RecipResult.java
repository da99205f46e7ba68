package org.psmapathway.core.response;

import java.util.Objects;

/**
 * A RECIP 1.0 classification, or why RECIP does not apply.
 *
 * @param category the category; {@code null} when RECIP is not applicable (baseline PSMA-VOL 0, or
 *     a volume not recorded)
 * @param percentChange PSMA-VOL change in percent of baseline; {@code null} when not applicable
 * @param rationale the rule that decided the category, or the reason (naming the missing field)
 *     RECIP does not apply
 */
public record RecipResult(RecipCategory category, Double percentChange, String rationale) {

  public RecipResult {
    Objects.requireNonNull(rationale, "rationale");
    if ((category == null) != (percentChange == null)) {
      throw new IllegalArgumentException(
          "category and percentChange are both present or both absent");
    }
  }

  static RecipResult notApplicable(String reason) {
    return new RecipResult(null, null, reason);
  }

  /** Whether RECIP could be applied. */
  public boolean applicable() {
    return category != null;
  }
}
