package org.psmapathway.app;

import org.psmapathway.core.protocol.FollowUpVisit;
import org.psmapathway.core.protocol.LundPlan;
import org.psmapathway.core.protocol.PlannedTarget;
import org.psmapathway.core.text.Decimals;

/** The Lund protocol plan as a tumour board reads it. */
final class LundPlanText {

  private LundPlanText() {}

  static String of(LundPlan p) {
    StringBuilder s = new StringBuilder(1024);
    s.append("Patient ").append(p.patientId()).append(": adaptive salvage RT, NCT02699424 (Lund)\n");
    s.append("  Salvage RT from ").append(p.rtStart()).append("; decision after fraction ")
        .append(p.settings().decisionFraction()).append(" on ").append(p.decisionDate())
        .append('\n');
    s.append("  PSA response: ").append(p.classification().code()).append(" (")
        .append(p.classificationRationale()).append(")\n");
    s.append("  ").append(p.petFindings()).append('\n');
    s.append("  Plan: ").append(p.plan()).append('\n');
    s.append("  Targets (EQD2 at α/β 1.5 / 3 Gy):\n");
    for (PlannedTarget t : p.targets()) {
      s.append("    ").append(t.volume());
      if (t.lesionId() != null) {
        s.append(" (").append(t.lesionId()).append(')');
      }
      s.append(": ").append(Decimals.trimmed(t.doseGy())).append(" Gy in ").append(t.fractions())
          .append(" fractions from fraction ").append(t.firstFraction()).append(" -> EQD2 ")
          .append(Decimals.fixed(t.eqd2Gy15(), 1)).append(" / ")
          .append(Decimals.fixed(t.eqd2Gy3(), 1)).append(" Gy   [").append(t.source())
          .append("]\n");
    }
    s.append("  PSA schedule:");
    for (FollowUpVisit v : p.schedule()) {
      s.append("\n    ").append(v.date()).append("  ").append(v.label());
    }
    s.append('\n');
    for (String note : p.notes()) {
      s.append("  Note: ").append(note).append('\n');
    }
    return s.toString();
  }
}
