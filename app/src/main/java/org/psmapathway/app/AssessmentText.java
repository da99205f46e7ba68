package org.psmapathway.app;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.psmapathway.core.assessment.PetResponse;
import org.psmapathway.core.assessment.RadiotherapyDose;
import org.psmapathway.core.assessment.TargetEqd2;
import org.psmapathway.core.assessment.TumourBoardAssessment;
import org.psmapathway.core.psa.DoublingTime;
import org.psmapathway.core.psa.DoublingTimeStatus;
import org.psmapathway.core.psa.Pcwg3Result;
import org.psmapathway.core.psa.Persistence;
import org.psmapathway.core.psa.PsaAssessment;
import org.psmapathway.core.psa.PsaVelocity;
import org.psmapathway.core.psa.RecurrenceResult;
import org.psmapathway.core.radiobiology.TargetDose;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.response.LesionChange;
import org.psmapathway.core.response.LesionComparison;
import org.psmapathway.core.response.RecipResult;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.staging.PsmaExpression;
import org.psmapathway.core.text.Decimals;

/**
 * The tumour-board summary as text: one block per patient, the answer first on each line and its
 * reason after it, so that a clinician can read it at a glance and check it when it matters.
 */
final class AssessmentText {

  private static final String INDENT = "  ";

  private AssessmentText() {}

  static void write(Writer w, TumourBoardAssessment a) throws IOException {
    StringBuilder s = new StringBuilder(2048);
    header(s, a);
    stage(s, a);
    expression(s, a.expression());
    psa(s, a.psa());
    radiotherapy(s, a.radiotherapy());
    petResponse(s, a.petResponse());
    GuidanceText.write(s, a.guidance());
    missing(s, a.missing());
    s.append('\n');
    w.write(s.toString());
  }

  private static void header(StringBuilder s, TumourBoardAssessment a) {
    s.append("Patient ").append(a.patient().id());
    a.patient().ageOn(a.asOf()).ifPresent(age -> s.append(", ").append(age).append(" years"));
    s.append(a.patient().hadProstatectomy() ? ", after radical prostatectomy" : ", prostate in situ");
    s.append(" (as of ").append(a.asOf()).append(")\n");
  }

  private static void stage(StringBuilder s, TumourBoardAssessment a) {
    PromiseStage st = a.stage();
    if (st == null) {
      s.append("Stage: no PSMA PET recorded\n");
      return;
    }
    s.append("Stage ").append(st.compact()).append("   ").append(st.detailed());
    s.append("   [PROMISE v").append(st.version().number()).append(", PET ")
        .append(a.stagingScan().date()).append(", ").append(a.stagingScan().tracer().code())
        .append("]\n");
    s.append(INDENT).append("Stage group: ")
        .append(st.group() == null ? "none" : st.group().label());
    if (st.groupNote() != null) {
      s.append(" (").append(st.groupNote()).append(')');
    }
    s.append('\n');
    for (String warning : st.warnings()) {
      s.append(INDENT).append("Note: ").append(warning).append('\n');
    }
  }

  private static void expression(StringBuilder s, PsmaExpression e) {
    if (e == null) {
      return;
    }
    s.append("PSMA expression: ");
    if (e.lesions().isEmpty()) {
      s.append("no lesions to score\n");
      return;
    }
    if (e.highest() == null) {
      s.append("not scored (no lesion could be scored)\n");
      return;
    }
    s.append("highest ").append(e.highest()).append(", lowest ").append(e.lowest());
    if (e.intermediateReference() != null) {
      s.append(" (reference ").append(e.intermediateReference().label()).append(')');
    }
    if (e.psmaPositive() != null) {
      s.append(e.psmaPositive() ? "; PSMA-positive disease" : "; not PSMA-positive");
    }
    s.append('\n');
  }

  private static void psa(StringBuilder s, PsaAssessment p) {
    s.append("PSA");
    if (p.latest() == null) {
      s.append(": no values recorded\n");
      return;
    }
    s.append(": latest ").append(psaValue(p.latest()));
    if (p.nadir() != null && p.nadir().value() != null) {
      s.append("; nadir ").append(psaValue(p.nadir().value()));
    }
    s.append('\n');
    doublingTime(s, p.doublingTime());
    velocity(s, p.velocity());
    persistence(s, p.persistence());
    recurrence(s, "Biochemical recurrence", p.biochemicalRecurrence());
    recurrence(s, "NCCN recurrence", p.nccnRecurrence());
    recurrence(s, "Two consecutive rises", p.twoConsecutiveRises());
    pcwg3(s, p.pcwg3());
  }

  private static void doublingTime(StringBuilder s, DoublingTime d) {
    s.append(INDENT).append("Doubling time: ");
    if (d.status() == DoublingTimeStatus.OK) {
      List<PsaValue> used = d.valuesUsed();
      s.append(Decimals.fixed(d.months(), 1)).append(" months (").append(used.size()).append(" values ")
          .append(used.get(0).date()).append(" to ").append(used.get(used.size() - 1).date())
          .append(", R² ").append(Decimals.fixed(d.rSquared(), 2)).append(", policy ")
          .append(d.policy().code()).append(")\n");
    } else {
      s.append(d.status() == DoublingTimeStatus.NOT_RISING ? "not rising" : "not calculable")
          .append(" (").append(d.reason()).append(")\n");
    }
  }

  private static void velocity(StringBuilder s, PsaVelocity v) {
    if (v == null) {
      return;
    }
    s.append(INDENT).append("Velocity: ").append(Decimals.fixed(v.regressionNgMlPerYear(), 3))
        .append(" ng/mL/year (regression over ").append(v.valuesUsed()).append(" values)\n");
  }

  private static void persistence(StringBuilder s, Persistence p) {
    if (p == null) {
      return;
    }
    s.append(INDENT).append("Persistence after prostatectomy: ")
        .append(p.persistent() == null ? "unknown" : p.persistent() ? "yes" : "no");
    if (p.reason() != null) {
      s.append(" (").append(p.reason()).append(')');
    }
    s.append('\n');
  }

  private static void recurrence(StringBuilder s, String title, RecurrenceResult r) {
    if (r == null) {
      return;
    }
    s.append(INDENT).append(title);
    if (!r.applicable()) {
      s.append(": not applicable (").append(r.rationale()).append(")\n");
      return;
    }
    if (!r.definition().equalsIgnoreCase(title)) {
      s.append(" (").append(r.definition()).append(')');
    }
    s.append(": ").append(r.met() ? "yes" : "no");
    if (r.met() && r.date() != null) {
      s.append(", ").append(r.date());
    }
    s.append(" (").append(r.rationale()).append(")\n");
  }

  private static void pcwg3(StringBuilder s, Pcwg3Result r) {
    if (r == null) {
      return;
    }
    s.append(INDENT).append("PCWG3 since ").append(r.therapyStart()).append(": ");
    if (r.baseline() == null) {
      s.append(r.rationale()).append('\n');
      return;
    }
    s.append("baseline ").append(psaValue(r.baseline()));
    if (r.maxChangePercent() != null) {
      s.append(", maximal change ").append(Decimals.signed(r.maxChangePercent(), 1)).append('%');
    }
    s.append("; PSA50 ").append(r.psa50() ? "yes (" + r.psa50Date() + ")" : "no");
    s.append("; progression ");
    if (r.progression()) {
      s.append("yes, ").append(r.progressionDate()).append(" (").append(r.progressionRule())
          .append(')');
    } else if (r.pendingProgressionDate() != null) {
      s.append("pending confirmation of ").append(r.pendingProgressionDate());
    } else {
      s.append("no");
    }
    s.append('\n');
  }

  private static void radiotherapy(StringBuilder s, List<RadiotherapyDose> courses) {
    for (RadiotherapyDose course : courses) {
      s.append("Radiotherapy ").append(course.course().intent().code()).append(' ')
          .append(course.course().start());
      if (course.course().end() != null) {
        s.append(" to ").append(course.course().end());
      }
      s.append('\n');
      for (TargetEqd2 t : course.targets()) {
        s.append(INDENT).append(t.target().displayName());
        if (t.target().lesionId() != null) {
          s.append(" (lesion ").append(t.target().lesionId()).append(')');
        }
        s.append(": ").append(Decimals.trimmed(t.target().totalDoseGy())).append(" Gy in ")
            .append(t.target().totalFractions()).append(" fx; EQD2");
        List<String> warnings = List.of();
        for (TargetDose d : t.doses()) {
          s.append(' ').append(Decimals.fixed(d.eqd2Gy(), 1)).append(" Gy (α/β ")
              .append(Decimals.trimmed(d.alphaBeta().gy())).append(')');
          warnings = d.warnings();
        }
        s.append('\n');
        for (String warning : warnings) {
          s.append(INDENT).append(INDENT).append("Warning: ").append(warning).append('\n');
        }
      }
    }
  }

  private static void petResponse(StringBuilder s, PetResponse r) {
    if (r == null) {
      return;
    }
    s.append("PET response ").append(r.baseline().date()).append(" to ")
        .append(r.followUp().date()).append('\n');
    RecipResult recip = r.recip();
    s.append(INDENT);
    if (recip.category() != null) {
      s.append(recip.category().label()).append(" (").append(recip.category().meaning())
          .append("): ");
    } else {
      s.append("RECIP 1.0 not evaluable: ");
    }
    s.append(recip.rationale()).append('\n');
    LesionComparison c = r.lesions();
    s.append(INDENT).append("Lesions:");
    for (LesionChange change : c.changes()) {
      s.append(' ').append(change.lesionId()).append(' ').append(change.status().name());
    }
    s.append('\n');
    s.append(INDENT).append("Progressing lesions ").append(c.progressingCount())
        .append(c.oligoprogression() ? " (oligoprogression)" : "")
        .append("; metastatic lesions ").append(c.metastaticLesionCountLabel())
        .append(c.oligometastatic() ? " (oligometastatic)" : "").append('\n');
    for (String warning : c.warnings()) {
      s.append(INDENT).append("Note: ").append(warning).append('\n');
    }
  }

  private static void missing(StringBuilder s, List<String> missing) {
    if (missing.isEmpty()) {
      s.append("Missing: nothing\n");
      return;
    }
    s.append("Missing: ").append(String.join("; ", missing)).append('\n');
  }

  private static String psaValue(PsaValue v) {
    return (v.belowDetection() ? "<" : "") + Decimals.trimmed(v.valueNgMl()) + " ng/mL ("
        + v.date() + ")";
  }
}
