package org.psmapathway.core.assessment;

import org.psmapathway.core.psa.PsaSettings;
import org.psmapathway.core.response.TrackingSettings;
import org.psmapathway.core.staging.StagingSettings;

/** Every named setting of a tumour-board assessment, with documented defaults. */
public record AssessmentSettings(
    StagingSettings staging, PsaSettings psa, TrackingSettings tracking) {

  public static AssessmentSettings defaults() {
    return new AssessmentSettings(StagingSettings.defaults(), PsaSettings.defaults(),
        TrackingSettings.defaults());
  }

  public AssessmentSettings withStaging(StagingSettings newStaging) {
    return new AssessmentSettings(newStaging, psa, tracking);
  }

  public AssessmentSettings withPsa(PsaSettings newPsa) {
    return new AssessmentSettings(staging, newPsa, tracking);
  }
}
