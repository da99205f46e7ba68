package org.psmapathway.core.eligibility;

/**
 * One criterion evaluated for one patient.
 *
 * @param explanation the patient's values that decided the verdict, in words for a tumour board
 */
public record CriterionResult(Criterion criterion, CriterionVerdict verdict, String explanation) {}
