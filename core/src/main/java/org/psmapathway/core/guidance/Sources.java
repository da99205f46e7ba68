package org.psmapathway.core.guidance;

/**
 * The guideline statements and studies the pathway cites (research/clinical-rules.md 6 and 9.4).
 * Grades are given only where they were verified against the guideline's published statements.
 */
final class Sources {

  private Sources() {}

  private static final String AUA_II =
      "AUA/ASTRO/SUO Salvage Therapy for Prostate Cancer guideline, Part II (Morgan et al., J Urol"
      + " 2024), statement ";

  static final Source AUA_ADT_HIGH_RISK = new Source(AUA_II + "1: offer ADT with salvage RT for"
      + " high-risk features", 2024, "moderate recommendation; evidence level B");
  static final Source AUA_RT_ALONE = new Source(AUA_II + "2: without high-risk features salvage"
      + " RT alone may be offered", 2024, "conditional recommendation; evidence level C");
  static final Source AUA_PN1 = new Source(AUA_II + "3: pN1 treated with post-operative RT"
      + " should receive ADT", 2024, "clinical principle");
  static final Source AUA_ADT_MINIMUM = new Source(AUA_II + "4: ADT with salvage RT for at least"
      + " 4–6 months", 2024, "clinical principle");
  static final Source AUA_ADT_EXTENDED = new Source(AUA_II + "5: with high-risk features ADT may"
      + " be extended to 18–24 months", 2024, "expert opinion");
  static final Source AUA_NODAL_FIELDS = new Source(AUA_II + "6: with salvage RT and ADT,"
      + " expanded fields including the regional lymph nodes may be used", 2024,
      "conditional recommendation; evidence level B");
  static final Source AUA_NO_DOCETAXEL = new Source(AUA_II + "7: do not add docetaxel to salvage"
      + " RT", 2024, "strong recommendation; evidence level B");
  static final Source AUA_PART_III = Source.of("AUA/ASTRO/SUO Salvage Therapy for Prostate Cancer"
      + " guideline, Part III (Morgan et al., J Urol 2024): metastasis-directed therapy and trials"
      + " for oligometastatic recurrence", 2024);

  static final Source EAU_BCR_RISK = Source.of("EAU-EANM-ESTRO-ESUR-ISUP-SIOG Guidelines on"
      + " Prostate Cancer 2024: EAU BCR risk groups after radical prostatectomy (Van den Broeck et"
      + " al., Eur Urol 2019;75:967–987)", 2024);
  static final Source EAU_PSMA_PET = Source.of("EAU-EANM-ESTRO-ESUR-ISUP-SIOG Guidelines on"
      + " Prostate Cancer 2024: PSMA PET at BCR when PSA >0.2 ng/mL and the result will change"
      + " management", 2024);
  static final Source EAU_MONITORING = Source.of("EAU-EANM-ESTRO-ESUR-ISUP-SIOG Guidelines on"
      + " Prostate Cancer 2024: monitoring, including PSA, is an option for EAU low-risk BCR", 2024);
  static final Source EAU_PERSISTENCE = Source.of("EAU-EANM-ESTRO-ESUR-ISUP-SIOG Guidelines on"
      + " Prostate Cancer 2024: PSA persistence = PSA ≥0.1 ng/mL 4–8 weeks after radical"
      + " prostatectomy", 2024);
  static final Source AUA_BCR = Source.of("AUA biochemical recurrence after prostatectomy (Cookson"
      + " et al., J Urol 2007): PSA ≥0.2 ng/mL confirmed by a second value ≥0.2 ng/mL", 2007);
  static final Source EAU_SYSTEMIC = Source.of("EAU-EANM-ESTRO-ESUR-ISUP-SIOG Guidelines on"
      + " Prostate Cancer 2024: systemic treatment of metastatic hormone-sensitive disease (ADT"
      + " with an androgen-receptor pathway inhibitor or docetaxel)", 2024);

  static final Source GETUG_AFU_16 = Source.of("GETUG-AFU 16 (Carrie et al., Lancet Oncol 2016 and"
      + " 2019): salvage RT with 6 months of goserelin improved PFS (HR 0.54) and metastasis-free"
      + " survival", 2019);
  static final Source RTOG_9601 = Source.of("RTOG 9601 (Shipley et al., N Engl J Med 2017;"
      + " secondary analysis Dess et al., JAMA Oncol 2020): 24 months of bicalutamide with salvage"
      + " RT; overall-survival benefit when pre-RT PSA >0.6 ng/mL", 2020);
  static final Source SPPORT = Source.of("NRG/RTOG 0534 SPPORT (Pollack et al., Lancet 2022):"
      + " prostate-bed RT vs + 4–6 months ADT vs + pelvic-node RT and ADT; freedom from progression"
      + " best with pelvic-node RT and ADT", 2022);
  static final Source RADICALS_HD = Source.of("RADICALS-HD (Parker et al., Lancet 2024): 24 months"
      + " of ADT with post-operative RT improved metastasis-free survival over 6 months", 2024);
  static final Source STOMP = Source.of("STOMP (Ost et al., J Clin Oncol 2018;36:446–453):"
      + " metastasis-directed therapy for ≤3 metastases delayed ADT", 2018);
  static final Source ORIOLE = Source.of("ORIOLE (Phillips et al., JAMA Oncol 2020;6:650–659):"
      + " SBRT for 1–3 metastases improved progression-free survival over observation", 2020);
  static final Source OLIGO_CONSENSUS = Source.of("ESTRO/EORTC consensus on oligometastatic"
      + " disease (Lievens et al., Radiother Oncol 2020): up to 5 metastases", 2020);

  private static final String NIKITAS = "Nikitas et al., JNCCN 2026;24(2) (UCLA, retrospective,"
      + " n=113, PSMA-PET-guided salvage RT, 5-year outcomes)";
  static final Source NIKITAS_WPRT_TR = Source.of(NIKITAS + ": whole-pelvis RT associated with"
      + " better PFS in TrN0M0 (adjusted HR 0.12, P=.035)", 2026);
  static final Source NIKITAS_WPRT_T0 = Source.of(NIKITAS + ": whole-pelvis RT not associated"
      + " with better PFS in T0N0M0; stage × whole-pelvis interaction P=.76", 2026);
  static final Source NIKITAS_ADT_N1M1 = Source.of(NIKITAS + " and editorial (Patel, Nagar, Dee,"
      + " JNCCN 2026;24(2):61–63): ADT associated with better PFS in N1/M1 (adjusted HR 0.37,"
      + " P=.02)", 2026);
  static final Source NIKITAS_BED_N1M1 = Source.of(NIKITAS + " and editorial (Patel, Nagar, Dee,"
      + " JNCCN 2026;24(2):61–63): prostate-bed RT associated with better PFS in N1/M1 without a"
      + " visible bed recurrence (adjusted HR 0.25, P=.005)", 2026);
  static final Source NIKITAS_T0_PROGNOSIS = Source.of(NIKITAS + ": negative PSMA PET (T0N0M0)"
      + " had 2- and 5-year PFS of 78.3% and 62.4%", 2026);
}
