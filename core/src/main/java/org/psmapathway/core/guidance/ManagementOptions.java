package org.psmapathway.core.guidance;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.psa.RecurrenceFindings;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.staging.StageGroup;
import org.psmapathway.core.text.Dates;

/**
 * The management options of the pathway, routed by PSMA PET stage (research/clinical-rules.md
 * 6.5 step 4) with ADT per AUA/ASTRO/SUO 2024 Part II and the seed-000 associations attached as
 * evidence where they bear on an option.
 */
final class ManagementOptions {

  private static final Source AUA_PART_I_SALVAGE = Source.of("AUA/ASTRO/SUO Salvage Therapy for"
      + " Prostate Cancer guideline, Part I (Morgan et al., J Urol 2024): salvage RT for PSA"
      + " recurrence after prostatectomy", 2024);
  private static final Source PROPER2 = Source.of("PROPER2 (Lund, NCT04858880, registry 2021):"
      + " 73.5 Gy in 35 fractions to a local recurrence with 70 Gy to the prostate bed", 2021);

  private ManagementOptions() {}

  /** No recurrence by any definition: nothing to weigh yet. */
  static GuidanceItem psaMonitoring(RecurrenceFindings psa) {
    PsaValue latest = psa.latest();
    return option("psa-monitoring", "Continue PSA monitoring: no persistence, AUA recurrence or"
        + " two consecutive rises", List.of(latest == null ? "no PSA recorded"
            : "latest PSA " + (latest.belowDetection() ? "<" : "")
                + org.psmapathway.core.text.Decimals.plain(latest.valueNgMl()) + " ng/mL on "
                + Dates.iso(latest.date())), List.of(Sources.AUA_BCR));
  }

  /** Salvage decision: no radiotherapy after the prostatectomy yet. */
  static void salvage(PsaState state, AuaHighRiskFeatures adt, PetScan scan, PromiseStage stage,
      GuidanceSettings settings, List<GuidanceItem> items) {
    if (scan == null || stage == null || stage.group() == null) {
      items.add(option("salvage-rt-prostate-bed", "Salvage RT to the prostate bed (64–70 Gy)",
          List.of("no PSMA PET after the prostatectomy: the bed is treated as in the trials"
              + " before PSMA PET"), List.of(AUA_PART_I_SALVAGE)));
      adtWithSalvage(adt, false, settings, items);
      items.add(noDocetaxel());
      return;
    }
    MetastaticBurden burden = MetastaticBurden.of(scan, settings);
    boolean localRecurrence = "miTr".equals(stage.t());
    boolean metastatic = !"miM0".equals(stage.m());
    StageGroup group = stage.group();
    if (group == StageGroup.T0N0M0) {
      if (state.eau() != null && state.eau().group() == EauBcrRisk.Group.LOW && !adt.any()) {
        items.add(option("observation", "Observation with PSA monitoring is an option (EAU"
            + " low-risk BCR)", state.eau().rationale(), List.of(Sources.EAU_MONITORING)));
      }
      items.add(option("salvage-rt-prostate-bed", "Salvage RT to the prostate bed (64–70 Gy)",
          List.of("negative PSMA PET (" + stage.compact() + ")"),
          List.of(AUA_PART_I_SALVAGE, Sources.NIKITAS_T0_PROGNOSIS)));
      adtWithSalvage(adt, false, settings, items);
      if (adt.any()) {
        items.add(option("pelvic-nodal-rt", "Elective pelvic nodal RT may be added when ADT is"
            + " given; discuss its higher short-term toxicity", List.of("ADT indicated by AUA"
                + " high-risk features", "in T0N0M0 whole-pelvis RT was not associated with"
                + " better PFS (Nikitas 2026)"), List.of(Sources.AUA_NODAL_FIELDS,
                    Sources.SPPORT)));
      }
      items.add(evidence("evidence-whole-pelvis-t0n0m0", "Whole-pelvis RT: no PFS association"
          + " in T0N0M0", List.of("stage group T0N0M0"), Sources.NIKITAS_WPRT_T0));
    } else if (group == StageGroup.TRN0M0) {
      items.add(localBoost(scan));
      items.add(option("whole-pelvis-rt", "Consider adding whole-pelvis (elective nodal) RT",
          List.of("local recurrence without nodal or distant disease (" + stage.compact() + ")"),
          adt.any() ? List.of(Sources.NIKITAS_WPRT_TR, Sources.AUA_NODAL_FIELDS)
              : List.of(Sources.NIKITAS_WPRT_TR)));
      adtWithSalvage(adt, false, settings, items);
    } else if (!metastatic) {
      items.add(nodalRt(stage, burden));
      if (localRecurrence) {
        items.add(localBoost(scan));
      }
      adtWithSalvage(adt, true, settings, items);
      n1m1Evidence(localRecurrence, items);
      if (!burden.oligometastatic()) {
        items.add(systemic(stage, burden));
      }
    } else if (burden.oligometastatic()) {
      items.add(mdt(stage, burden, settings));
      n1m1Evidence(localRecurrence, items);
    } else {
      items.add(systemic(stage, burden));
      return;
    }
    items.add(noDocetaxel());
  }

  /** Recurrence after salvage RT: the bed has been treated; metastasis-directed or systemic. */
  static void afterSalvage(Radiotherapy prior, PetScan scan, PromiseStage stage,
      GuidanceSettings settings, List<GuidanceItem> items) {
    String course = "salvage RT " + prior.start() + (prior.end() == null ? " (ongoing)"
        : " – " + prior.end());
    items.add(new GuidanceItem("prior-salvage-rt", GuidanceKind.FINDING, "Salvage RT already"
        + " given", List.of(course), List.of()));
    if (scan == null || stage == null || !scan.date().isAfter(prior.start())) {
      items.add(option("psma-pet-restaging", "Restage with PSMA PET before choosing further"
          + " treatment", List.of("PSA recurrence after " + course, "no PSMA PET since"),
          List.of(Sources.EAU_PSMA_PET)));
      return;
    }
    MetastaticBurden burden = MetastaticBurden.of(scan, settings);
    if (burden.lesions() > 0 && burden.oligometastatic()) {
      items.add(mdt(stage, burden, settings));
    } else {
      items.add(systemic(stage, burden));
    }
  }

  private static GuidanceItem localBoost(PetScan scan) {
    List<String> ids = new ArrayList<>();
    for (Lesion l : scan.lesions()) {
      if (l.site() == LesionSite.PROSTATE_BED || l.site() == LesionSite.PROSTATE
          || l.site() == LesionSite.SEMINAL_VESICLE) {
        ids.add(l.id());
      }
    }
    return option("salvage-rt-local-boost", "Prostate-bed salvage RT with a dose-escalated"
        + " simultaneous boost to the PET-visible local recurrence", List.of("local recurrence on"
            + " PSMA PET of " + Dates.iso(scan.date()) + ": " + String.join(", ", ids)),
        List.of(AUA_PART_I_SALVAGE, PROPER2));
  }

  private static GuidanceItem nodalRt(PromiseStage stage, MetastaticBurden burden) {
    return option("pelvic-nodal-rt-node-boost", "Prostate bed and elective pelvic nodes (45–50.4"
        + " Gy) with a simultaneous boost to the PET-positive nodes, with ADT",
        List.of("PET-positive regional nodes " + String.join(", ", burden.nodeLesionIds()) + " ("
            + stage.detailed() + ")", "ADT as for pN1 (AUA statement 3, applied to PET N1)"),
        List.of(Sources.AUA_PN1, Sources.AUA_NODAL_FIELDS, Sources.SPPORT));
  }

  private static GuidanceItem mdt(PromiseStage stage, MetastaticBurden burden,
      GuidanceSettings settings) {
    List<Source> sources = new ArrayList<>(List.of(Sources.AUA_PART_III, Sources.STOMP,
        Sources.ORIOLE));
    if (settings.oligometastaticMaxLesions() > 3) {
      sources.add(Sources.OLIGO_CONSENSUS);
    }
    return option("metastasis-directed-sbrt", "Metastasis-directed SBRT to every PET-positive"
        + " lesion, with or without ADT; consider a trial", List.of(stage.detailed(),
            "oligometastatic: " + burden.reason()), sources);
  }

  private static GuidanceItem systemic(PromiseStage stage, MetastaticBurden burden) {
    return option("systemic-therapy", "Systemic therapy pathway (ADT with an androgen-receptor"
        + " pathway inhibitor or docetaxel, as for metastatic hormone-sensitive disease)",
        List.of(stage.detailed(), "not oligometastatic: " + burden.reason()),
        List.of(Sources.EAU_SYSTEMIC));
  }

  private static void adtWithSalvage(AuaHighRiskFeatures adt, boolean petNodes,
      GuidanceSettings settings, List<GuidanceItem> items) {
    List<String> unknown = new ArrayList<>(adt.unknown().size());
    for (String u : adt.unknown()) {
      unknown.add("not assessable: " + u);
    }
    if (adt.any() || petNodes) {
      List<String> why = new ArrayList<>(adt.present());
      if (petNodes) {
        why.add("PET-positive regional nodes (ADT as for pN1)");
      }
      why.addAll(unknown);
      List<Source> sources = new ArrayList<>(List.of(Sources.AUA_ADT_HIGH_RISK,
          Sources.AUA_ADT_MINIMUM, Sources.GETUG_AFU_16, Sources.SPPORT));
      if (adt.pN1() || petNodes) {
        sources.add(1, Sources.AUA_PN1);
      }
      items.add(option("adt-with-salvage-rt", "Add ADT to salvage RT, for at least 4–6 months",
          why, sources));
      int features = adt.present().size() + (petNodes && !adt.pN1() ? 1 : 0);
      if (features >= settings.extendedAdtMinFeatures() || adt.pN1()) {
        items.add(option("adt-18-24-months", "ADT may be extended to 18–24 months",
            List.of(features + " high-risk feature(s); the extended course is listed from "
                + settings.extendedAdtMinFeatures() + " or with pN1 (setting)"),
            List.of(Sources.AUA_ADT_EXTENDED, Sources.RTOG_9601, Sources.RADICALS_HD)));
      }
    } else {
      List<String> why = new ArrayList<>(1 + unknown.size());
      why.add("none of PSA ≥0.7 ng/mL, ISUP 4–5, PSADT ≤6 months, persistent PSA,"
          + " seminal-vesicle invasion or pN1 found");
      why.addAll(unknown);
      items.add(option("salvage-rt-alone", unknown.isEmpty()
          ? "Salvage RT without ADT may be offered (no AUA high-risk feature)"
          : "Salvage RT without ADT may be offered if the features not assessable are absent",
          why, List.of(Sources.AUA_RT_ALONE)));
    }
  }

  private static void n1m1Evidence(boolean localRecurrence, List<GuidanceItem> items) {
    items.add(evidence("evidence-adt-n1m1", "ADT associated with better PFS in N1/M1 disease",
        List.of("PET-positive nodal or metastatic disease"), Sources.NIKITAS_ADT_N1M1));
    if (!localRecurrence) {
      items.add(evidence("evidence-bed-rt-n1m1", "Prostate-bed RT associated with better PFS in"
          + " N1/M1 disease without a visible bed recurrence", List.of("no PET-visible local"
              + " recurrence"), Sources.NIKITAS_BED_N1M1));
    }
  }

  private static GuidanceItem noDocetaxel() {
    return option("no-docetaxel-with-salvage-rt", "Docetaxel is not added to salvage RT",
        List.of("salvage RT is among the options"), List.of(Sources.AUA_NO_DOCETAXEL));
  }

  private static GuidanceItem option(String id, String text, List<String> rationale,
      List<Source> sources) {
    return new GuidanceItem(id, GuidanceKind.OPTION, text, rationale, sources);
  }

  private static GuidanceItem evidence(String id, String text, List<String> rationale,
      Source source) {
    return new GuidanceItem(id, GuidanceKind.EVIDENCE, text, rationale, List.of(source));
  }
}
