package org.psmapathway.core.record;

import java.util.List;

/**
 * A target volume and its prescription, as one or more sequential phases (e.g. 50 Gy/25 fx then a
 * 20 Gy/10 fx boost to the same volume). A simultaneous integrated boost is a separate target
 * with the same number of fractions and a higher dose per fraction. {@code lesionId} links a
 * boost or SBRT target to the PET lesion it treats; {@code label} names an {@code other} volume.
 */
public record RtTarget(RtVolume volume, String label, String lesionId, List<RtPhase> phases) {

  public RtTarget {
    phases = List.copyOf(phases);
  }

  public double totalDoseGy() {
    double sum = 0;
    for (int i = 0; i < phases.size(); i++) {
      sum += phases.get(i).doseGy();
    }
    return sum;
  }

  public int totalFractions() {
    int sum = 0;
    for (int i = 0; i < phases.size(); i++) {
      sum += phases.get(i).fractions();
    }
    return sum;
  }

  /** The name shown to people: the label when given, otherwise the volume code. */
  public String displayName() {
    return label != null ? label : volume.code();
  }
}
