package org.psmapathway.core.record;

import java.time.LocalDate;

/** An outcome event in follow-up; {@code detail} is free text (e.g. cause of death), may be null. */
public record ClinicalEvent(EventType type, LocalDate date, String detail) {}
