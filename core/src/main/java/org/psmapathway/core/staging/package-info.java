/**
 * PROMISE miTNM staging and the PSMA expression score for PSMA PET.
 *
 * <p>Sources (see {@code research/clinical-rules.md} sections 1.1–1.5 and 9.2): Eiber M et al.,
 * J Nucl Med 2018;59:469–478 (PROMISE V1); Seifert R et al., Eur Urol 2023;83:405–412 (PROMISE V2,
 * read here through the public transcription {@code htlin222/promise-v2-tool} {@code src/data.js},
 * because the V2 tables were not reachable); Ceci F et al., Eur J Nucl Med Mol Imaging
 * 2021;48:1626–1638 (E-PSMA). Rules that differ between versions are versioned tables
 * ({@link org.psmapathway.core.staging.PromiseVersion},
 * {@link org.psmapathway.core.staging.NodeRegionMapping}); rules the sources leave open are
 * settings ({@link org.psmapathway.core.staging.StagingSettings}).
 */
package org.psmapathway.core.staging;
