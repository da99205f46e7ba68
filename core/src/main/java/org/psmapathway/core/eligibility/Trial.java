package org.psmapathway.core.eligibility;

import java.util.List;

/**
 * A trial document (docs/eligibility.md, "Trial documents"): identification, registry source and
 * the inclusion and exclusion criteria in the registry's order.
 *
 * @param id the NCT number
 * @param documentVersion version of this curated document, raised on every change of criteria
 */
public record Trial(String id, int documentVersion, String acronym, String title, String phase,
    String status, List<String> sites, RegistrySource source, String curationNote,
    List<Criterion> criteria) {

  public Trial {
    sites = List.copyOf(sites);
    criteria = List.copyOf(criteria);
  }

  /** The acronym when there is one, else the NCT number. */
  public String shortName() {
    return acronym == null ? id : acronym;
  }
}
