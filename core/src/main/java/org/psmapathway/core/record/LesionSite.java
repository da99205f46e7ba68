package org.psmapathway.core.record;

/** Where a PSMA-PET lesion lies. PROMISE miTNM maps these to miT, miN and miM (Eiber 2018). */
public enum LesionSite implements Coded {
  PROSTATE("prostate"),
  /** Prostate bed after radical prostatectomy: a local recurrence, miTr. */
  PROSTATE_BED("prostate-bed"),
  SEMINAL_VESICLE("seminal-vesicle"),
  NODE("node"),
  BONE("bone"),
  VISCERAL("visceral");

  private final String code;

  LesionSite(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Local disease (prostate, prostate bed, seminal vesicle) as opposed to nodal or distant. */
  public boolean isLocal() {
    return this == PROSTATE || this == PROSTATE_BED || this == SEMINAL_VESICLE;
  }
}
