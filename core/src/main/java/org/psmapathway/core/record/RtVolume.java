package org.psmapathway.core.record;

/** Radiotherapy target volumes as a tumour board names them. */
public enum RtVolume implements Coded {
  PROSTATE("prostate"),
  PROSTATE_BED("prostate-bed"),
  /** Boost to a PET-visible local recurrence in the prostate bed. */
  LOCAL_RECURRENCE("local-recurrence"),
  SEMINAL_VESICLES("seminal-vesicles"),
  /** Elective pelvic nodal volume. */
  PELVIC_NODES("pelvic-nodes"),
  /** Boost or SBRT to a PET-positive node. */
  NODE("node"),
  BONE("bone"),
  VISCERAL("visceral"),
  OTHER("other");

  private final String code;

  RtVolume(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Volumes that treat the prostate or its bed: radiotherapy to them is a local treatment. */
  public boolean isLocal() {
    return this == PROSTATE || this == PROSTATE_BED || this == LOCAL_RECURRENCE
        || this == SEMINAL_VESICLES;
  }
}
