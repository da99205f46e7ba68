package org.psmapathway.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.guidance.Guidance;
import org.psmapathway.core.guidance.GuidanceAdvisor;
import org.psmapathway.core.psa.PsaAssessment;
import org.psmapathway.core.psa.PsaAssessor;
import org.psmapathway.core.radiobiology.AlphaBeta;
import org.psmapathway.core.radiobiology.TargetDose;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.response.LesionComparison;
import org.psmapathway.core.response.LesionTracker;
import org.psmapathway.core.response.Recip;
import org.psmapathway.core.response.RecipResult;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.staging.PromiseStager;
import org.psmapathway.core.staging.PsmaExpression;

/**
 * Builds the tumour-board assessment of one patient from the clinical rules of {@code core}: stage
 * on the most recent PSMA PET, PSA kinetics and event definitions, EQD2 of every irradiated volume,
 * change between the last two scans, and a list of what is missing. Stateless and thread-safe.
 */
public final class TumourBoardAssessor {

  /** α/β values at which every radiotherapy target is reported (research/clinical-rules.md 4). */
  public static final List<AlphaBeta> REPORTED_ALPHA_BETA =
      List.of(AlphaBeta.PROSTATE, AlphaBeta.LATE_RECTUM_BLADDER);

  private final AssessmentSettings settings;
  private final GuidanceAdvisor advisor;

  public TumourBoardAssessor(AssessmentSettings settings) {
    this.settings = settings;
    this.advisor = new GuidanceAdvisor(settings.guidance(), settings.staging(), settings.psa());
  }

  /**
   * @param asOf the date the assessment refers to; core reads no clock, so the caller says which
   *     day "today" is
   */
  public TumourBoardAssessment assess(PatientRecord patient, LocalDate asOf) {
    PetScan scan = patient.latestPetScan().orElse(null);
    PromiseStage stage = null;
    PsmaExpression expression = null;
    if (scan != null) {
      stage = PromiseStager.stage(scan, patient.hadProstatectomy(), settings.staging());
      expression = PsmaExpression.assess(scan, settings.staging());
    }
    PsaAssessment psa = PsaAssessor.assess(patient, settings.psa());
    PetResponse response = petResponse(patient);
    List<RadiotherapyDose> radiotherapy = radiotherapy(patient);
    List<String> missing = MissingData.of(patient, asOf, expression, response);
    Guidance guidance = advisor.advise(patient, asOf, psa, stage);
    return new TumourBoardAssessment(patient, asOf, scan, stage, expression, psa, radiotherapy,
        response, guidance, missing);
  }

  private static List<RadiotherapyDose> radiotherapy(PatientRecord patient) {
    List<RadiotherapyDose> courses = new ArrayList<>();
    for (Radiotherapy course : patient.radiotherapyCourses()) {
      List<TargetEqd2> targets = new ArrayList<>(course.targets().size());
      for (RtTarget target : course.targets()) {
        List<TargetDose> doses = new ArrayList<>(REPORTED_ALPHA_BETA.size());
        for (AlphaBeta alphaBeta : REPORTED_ALPHA_BETA) {
          doses.add(TargetDose.of(target, alphaBeta));
        }
        targets.add(new TargetEqd2(target, doses));
      }
      courses.add(new RadiotherapyDose(course, targets));
    }
    return courses;
  }

  private PetResponse petResponse(PatientRecord patient) {
    List<PetScan> scans = patient.petScans();
    if (scans.size() < 2) {
      return null;
    }
    PetScan baseline = scans.get(scans.size() - 2);
    PetScan followUp = scans.get(scans.size() - 1);
    LesionComparison lesions = LesionTracker.compare(baseline, followUp, settings.tracking());
    RecipResult recip = Recip.compare(baseline, followUp);
    return new PetResponse(baseline, followUp, lesions, recip);
  }
}
