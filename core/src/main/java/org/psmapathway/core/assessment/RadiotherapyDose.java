package org.psmapathway.core.assessment;

import java.util.List;
import org.psmapathway.core.record.Radiotherapy;

/** One radiotherapy course and the EQD2/BED of each of its targets. */
public record RadiotherapyDose(Radiotherapy course, List<TargetEqd2> targets) {

  public RadiotherapyDose {
    targets = List.copyOf(targets);
  }
}
