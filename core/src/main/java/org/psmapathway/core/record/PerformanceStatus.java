package org.psmapathway.core.record;

import java.time.LocalDate;

/** A performance-status assessment on a named scale. */
public record PerformanceStatus(LocalDate date, PerformanceScale scale, int value) {}
