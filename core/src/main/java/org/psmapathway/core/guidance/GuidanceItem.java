package org.psmapathway.core.guidance;

import java.util.List;
import java.util.Objects;

/**
 * One line of guidance: what it says, the patient's facts that triggered it, and its sources.
 *
 * @param id stable identifier, e.g. {@code adt-with-salvage-rt}
 * @param kind finding, option or evidence
 * @param option the statement in a tumour board's words
 * @param rationale the patient's facts (values and dates) that led to this item, in order
 * @param sources guideline statements or studies behind it
 */
public record GuidanceItem(
    String id, GuidanceKind kind, String option, List<String> rationale, List<Source> sources) {

  public GuidanceItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(option, "option");
    rationale = List.copyOf(rationale);
    sources = List.copyOf(sources);
  }
}
