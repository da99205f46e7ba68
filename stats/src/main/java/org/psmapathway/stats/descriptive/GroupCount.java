package org.psmapathway.stats.descriptive;

/**
 * Count of one level within one group.
 *
 * @param percent 100 · n / (non-missing values in the group), unrounded; rounding happens only when
 *     the table is rendered. NaN when the group has no non-missing value (R: 0/0).
 */
public record GroupCount(String group, int n, double percent) {}
