package org.psmapathway.core.eligibility;

import java.time.LocalDate;

/**
 * Where a trial document's criteria come from.
 *
 * @param registry e.g. "ClinicalTrials.gov"
 * @param version the registry record version used, as the registry dates it
 * @param date the date of that version
 * @param via the copy the curator read (a seed file, a registry page)
 * @param eligibilityText the eligibility section as curated from, or {@code null} when the copy
 *     held none (the curation note then says how the criteria were obtained)
 * @param verbatim whether criterion texts are the registry's exact words
 */
public record RegistrySource(String registry, String version, LocalDate date, String via,
    String eligibilityText, boolean verbatim) {}
