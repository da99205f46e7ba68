package org.psmapathway.core.record;

import java.time.LocalDate;

/** One administration (cycle) of a radioligand such as 177Lu-PSMA-617. */
public record Radioligand(String agent, LocalDate date, Double activityGBq, Integer cycle)
    implements Treatment {

  @Override
  public LocalDate start() {
    return date;
  }

  @Override
  public LocalDate end() {
    return date;
  }
}
