package org.psmapathway.core.radiobiology;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.record.RtPhase;
import org.psmapathway.core.record.RtTarget;

/**
 * Biologically effective dose of one radiotherapy target. Sequential phases are converted each with
 * their own dose per fraction and then summed; a simultaneous integrated boost is its own target
 * with its own dose per fraction (research/clinical-rules.md 4).
 */
public record TargetDose(
    RtTarget target,
    double physicalDoseGy,
    int fractions,
    AlphaBeta alphaBeta,
    double bedGy,
    double eqd2Gy,
    List<String> warnings) {

  public TargetDose {
    warnings = List.copyOf(warnings);
  }

  public static TargetDose of(RtTarget target, AlphaBeta alphaBeta) {
    double bed = 0;
    double eqd2 = 0;
    List<String> warnings = new ArrayList<>();
    for (RtPhase phase : target.phases()) {
      Fractionation f = LinearQuadratic.convert(phase.doseGy(), phase.fractions(), alphaBeta);
      bed += f.bedGy();
      eqd2 += f.eqd2Gy();
      if (f.warning() != null && !warnings.contains(f.warning())) {
        warnings.add(f.warning());
      }
    }
    return new TargetDose(target, target.totalDoseGy(), target.totalFractions(), alphaBeta, bed,
        eqd2, warnings);
  }
}
