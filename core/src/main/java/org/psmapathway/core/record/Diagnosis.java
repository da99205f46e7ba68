package org.psmapathway.core.record;

import java.time.LocalDate;

/** Initial diagnosis. Any field may be {@code null} (not recorded). */
public record Diagnosis(LocalDate date, Integer isupGrade, Double initialPsa, String histology) {}
