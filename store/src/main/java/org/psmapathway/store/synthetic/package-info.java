/**
 * Synthetic patient cohorts calibrated to the seed-000 study (Nikitas et al., JNCCN 2026): Table 1
 * margins and the published Kaplan–Meier outcomes from salvage RT, drawn deterministically from a
 * seed and streamed as patient records (docs/synthetic-cohorts.md).
 */
package org.psmapathway.store.synthetic;
