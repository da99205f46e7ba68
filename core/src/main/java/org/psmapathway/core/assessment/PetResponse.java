package org.psmapathway.core.assessment;

import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.response.LesionComparison;
import org.psmapathway.core.response.RecipResult;

/** Change between the two most recent PSMA PET scans: lesion by lesion, and RECIP 1.0. */
public record PetResponse(
    PetScan baseline, PetScan followUp, LesionComparison lesions, RecipResult recip) {}
