package org.psmapathway.core.eligibility;

import java.util.Objects;

/**
 * One eligibility criterion of a trial: the registry's verbatim text and either an expression
 * over patient facts or, when the record cannot hold what it asks (consent, willingness, a
 * clinical judgement), {@code manual}.
 *
 * @param id the criterion's id within its trial, e.g. {@code I2} or {@code E7}
 * @param kind inclusion or exclusion
 * @param text the registry's wording
 * @param expression the machine-readable condition, {@code null} when manual
 * @param note the curator's note on how the text was read, or {@code null}
 */
public record Criterion(String id, CriterionKind kind, String text, Expression expression,
    String note) {

  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public boolean manual() {
    return expression == null;
  }
}
