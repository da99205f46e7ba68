/**
 * PSA kinetics and the PSA-based event definitions a tumour board uses: doubling time, velocity,
 * nadir, persistence after prostatectomy, biochemical recurrence (AUA, NCCN, Phoenix, two
 * consecutive rises) and PCWG3 response and progression on systemic therapy.
 *
 * <p>Sources (see {@code research/clinical-rules.md} section 2): RTOG "Calculation of PSA doubling
 * time" page; Arlen et al., J Urol 2008;179:2181 (PSA Working Group); Connolly et al., Eur Urol
 * 2007;52:1044 (velocity methods); Cookson et al., J Urol 2007;177:540 (AUA); Roach et al., Int J
 * Radiat Oncol Biol Phys 2006;65:965 (Phoenix); Scher et al., J Clin Oncol 2016;34:1402 (PCWG3);
 * EAU prostate cancer guidelines (persistence). Rules the sources leave open are settings
 * ({@link org.psmapathway.core.psa.PsaSettings}) or documented choices on the class that applies
 * them. Below-detection results ("&lt;x") are never logged or regressed.
 */
package org.psmapathway.core.psa;
