package org.psmapathway.core.assessment;

import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.guidance.Guidance;
import org.psmapathway.core.psa.PsaAssessment;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.staging.PsmaExpression;

/**
 * What the tumour board sees for one patient. Parts are {@code null} when the record does not hold
 * what they need (no PET scan: no stage; fewer than two scans: no PET response); {@code missing}
 * says in words what is absent and what it prevents.
 *
 * @param asOf the date the assessment refers to (ages are computed on it)
 * @param stagingScan the most recent PET scan, on which the stage is given
 * @param guidance findings and options after radical prostatectomy (never {@code null}; says when
 *     the pathway does not apply)
 */
public record TumourBoardAssessment(
    PatientRecord patient,
    LocalDate asOf,
    PetScan stagingScan,
    PromiseStage stage,
    PsmaExpression expression,
    PsaAssessment psa,
    List<RadiotherapyDose> radiotherapy,
    PetResponse petResponse,
    Guidance guidance,
    List<String> missing) {

  public TumourBoardAssessment {
    radiotherapy = List.copyOf(radiotherapy);
    missing = List.copyOf(missing);
  }
}
