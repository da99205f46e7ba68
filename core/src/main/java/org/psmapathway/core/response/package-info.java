/**
 * Response and progression on serial PSMA PET: lesion tracking across scans (new, progressing,
 * stable, resolved; oligoprogression as in OLYMPIAN NCT07038304) and RECIP 1.0 (Gafita et al., J
 * Nucl Med 2022;63:1651). Rules and test vectors: {@code research/clinical-rules.md} 3.1, 5.2, 6.4.
 * Thresholds the sources leave to the user are settings ({@link
 * org.psmapathway.core.response.TrackingSettings}).
 */
package org.psmapathway.core.response;
