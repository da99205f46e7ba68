package org.psmapathway.core.assessment;

import org.psmapathway.core.guidance.GuidanceSettings;
import org.psmapathway.core.psa.PsaSettings;
import org.psmapathway.core.response.TrackingSettings;
import org.psmapathway.core.staging.StagingSettings;

/** Every named setting of a tumour-board assessment, with documented defaults. */
public record AssessmentSettings(
    StagingSettings staging, PsaSettings psa, TrackingSettings tracking,
    GuidanceSettings guidance) {

  public static AssessmentSettings defaults() {
    return new AssessmentSettings(StagingSettings.defaults(), PsaSettings.defaults(),
        TrackingSettings.defaults(), GuidanceSettings.defaults());
  }

  public AssessmentSettings withStaging(StagingSettings newStaging) {
    return new AssessmentSettings(newStaging, psa, tracking, guidance);
  }

  public AssessmentSettings withPsa(PsaSettings newPsa) {
    return new AssessmentSettings(staging, newPsa, tracking, guidance);
  }

  public AssessmentSettings withGuidance(GuidanceSettings newGuidance) {
    return new AssessmentSettings(staging, psa, tracking, newGuidance);
  }
}
