package org.psmapathway.core.guidance;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.psa.Persistence;
import org.psmapathway.core.psa.RecurrenceFindings;
import org.psmapathway.core.psa.RecurrenceResult;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.text.Dates;
import org.psmapathway.core.text.Decimals;

/**
 * The PSA findings after radical prostatectomy (research/clinical-rules.md 6.5 steps 1–3): PSA
 * persistence, AUA recurrence, the EAU risk group and whether PSMA PET is indicated, plus the PET
 * stage when a scan exists. Adds one finding per item and says whether PSA has recurred.
 *
 * @param recurrent persistent PSA, an AUA recurrence, or two consecutive rises
 * @param eau the EAU risk group, {@code null} when PSA has not recurred
 */
record PsaState(boolean recurrent, EauBcrRisk.Result eau) {

  static PsaState of(PatientRecord p, RecurrenceFindings psa, GuidanceSettings settings, PetScan scan,
      PromiseStage stage, List<GuidanceItem> items) {
    Persistence persistence = psa.persistence();
    boolean persistent = persistence != null && Boolean.TRUE.equals(persistence.persistent());
    if (persistence != null) {
      String label = persistence.persistent() == null ? "PSA persistence not assessable"
          : persistent ? "PSA persistence after prostatectomy" : "No PSA persistence";
      items.add(finding("psa-persistence", label, List.of(persistence.reason()),
          Sources.EAU_PERSISTENCE));
    }
    RecurrenceResult bcr = psa.biochemicalRecurrence();
    items.add(finding("aua-biochemical-recurrence",
        bcr.met() ? "AUA biochemical recurrence on " + Dates.iso(bcr.date()) : "No AUA biochemical recurrence",
        List.of(bcr.rationale()), Sources.AUA_BCR));
    RecurrenceResult rises = psa.twoConsecutiveRises();
    boolean recurrent = persistent || bcr.met() || rises.met();
    EauBcrRisk.Result eau = null;
    if (recurrent) {
      eau = EauBcrRisk.of(psa.doublingTime(), p.diagnosis());
      items.add(finding("eau-bcr-risk", eau.group().label, eau.rationale(), Sources.EAU_BCR_RISK));
      items.add(petIndication(psa.latest(), scan, settings));
    }
    if (scan != null && stage != null) {
      List<String> why = new ArrayList<>(2);
      why.add(scan.tracer().code() + " " + scan.modality() + " on " + Dates.iso(scan.date()) + ": "
          + stage.detailed());
      items.add(finding("psma-pet-stage", "PSMA PET stage " + stage.compact()
          + (stage.group() == null ? "" : ", stage group " + stage.group().label()), why,
          Source.of("PROMISE miTNM (Eiber et al., J Nucl Med 2018; Seifert et al., J Nucl Med"
              + " 2023); stage groups as Nikitas et al., JNCCN 2026", 2023)));
    }
    return new PsaState(recurrent, eau);
  }

  private static GuidanceItem petIndication(PsaValue latest, PetScan scan,
      GuidanceSettings settings) {
    double threshold = settings.petIndicationPsaNgMl();
    if (scan != null) {
      return finding("psma-pet-indication", "PSMA PET performed on " + Dates.iso(scan.date()),
          List.of(latest == null ? "no PSA recorded"
              : "latest PSA " + psa(latest) + " on " + Dates.iso(latest.date())), Sources.EAU_PSMA_PET);
    }
    if (latest != null && !latest.belowDetection() && latest.valueNgMl() > threshold) {
      return finding("psma-pet-indication", "PSMA PET indicated",
          List.of("PSA " + psa(latest) + " on " + Dates.iso(latest.date()) + " > "
              + Decimals.plain(threshold) + " ng/mL, no PSMA PET recorded since the"
              + " prostatectomy"), Sources.EAU_PSMA_PET);
    }
    return finding("psma-pet-indication", "PSMA PET of limited yield at this PSA",
        List.of((latest == null ? "no PSA recorded" : "PSA " + psa(latest) + " on "
            + Dates.iso(latest.date())) + " ≤ " + Decimals.plain(threshold) + " ng/mL; salvage RT need not"
            + " wait for a PET-detectable PSA (project convention, research/clinical-rules.md"
            + " 6.5)"), Sources.EAU_PSMA_PET);
  }

  private static String psa(PsaValue v) {
    return (v.belowDetection() ? "<" : "") + Decimals.plain(v.valueNgMl()) + " ng/mL";
  }

  static GuidanceItem finding(String id, String text, List<String> rationale, Source source) {
    return new GuidanceItem(id, GuidanceKind.FINDING, text, rationale, List.of(source));
  }
}
