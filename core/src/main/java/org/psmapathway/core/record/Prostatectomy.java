package org.psmapathway.core.record;

import java.time.LocalDate;

/** Radical prostatectomy. */
public record Prostatectomy(LocalDate date) {}
