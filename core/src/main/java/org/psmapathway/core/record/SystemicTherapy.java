package org.psmapathway.core.record;

import java.time.LocalDate;

/** ADT, an androgen-receptor pathway inhibitor or chemotherapy; {@code end} null while ongoing. */
public record SystemicTherapy(SystemicClass kind, String agent, LocalDate start, LocalDate end)
    implements Treatment {}
