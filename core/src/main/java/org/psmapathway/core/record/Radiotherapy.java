package org.psmapathway.core.record;

import java.time.LocalDate;
import java.util.List;

/** One radiotherapy course with its target volumes (simultaneous boosts are separate targets). */
public record Radiotherapy(LocalDate start, LocalDate end, RtIntent intent, List<RtTarget> targets)
    implements Treatment {

  public Radiotherapy {
    targets = List.copyOf(targets);
  }

  /** A course that treats the prostate or its bed: a local treatment for PSA kinetics. */
  public boolean local() {
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i).volume().isLocal()) {
        return true;
      }
    }
    return false;
  }
}
