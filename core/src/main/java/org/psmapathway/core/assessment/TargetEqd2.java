package org.psmapathway.core.assessment;

import java.util.List;
import org.psmapathway.core.radiobiology.TargetDose;
import org.psmapathway.core.record.RtTarget;

/**
 * One irradiated volume with its biologically effective dose at the α/β values a tumour board
 * compares: 1.5 Gy for prostate cancer and 3 Gy for late rectal/bladder effects.
 */
public record TargetEqd2(RtTarget target, List<TargetDose> doses) {

  public TargetEqd2 {
    doses = List.copyOf(doses);
  }
}
