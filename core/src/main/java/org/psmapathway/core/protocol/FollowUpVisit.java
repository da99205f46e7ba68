package org.psmapathway.core.protocol;

import java.time.LocalDate;

/** A scheduled PSA measurement of the protocol: weekly during RT, then 6–60 months after. */
public record FollowUpVisit(LocalDate date, String label) {}
