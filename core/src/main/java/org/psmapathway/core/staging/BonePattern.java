package org.psmapathway.core.staging;

/**
 * PROMISE miM1b bone pattern (clinical-rules.md 1.3; codes as in the V2 transcription
 * {@code htlin222/promise-v2-tool}: uni, oligo "n≤3", diss, dmi).
 */
public enum BonePattern {
  UNIFOCAL("uni"),
  OLIGOMETASTATIC("oligo"),
  DISSEMINATED("diss"),
  DIFFUSE_MARROW_INVOLVEMENT("dmi");

  /** Unifocal is exactly one bone lesion (PROMISE "unifocal"; boundary [L]). */
  public static final int UNIFOCAL_MAX_LESIONS = 1;

  /**
   * Oligometastatic is up to 3 bone lesions (PROMISE V2 transcription "Oligometastatic (n≤3)" [V];
   * the lower boundary 2 follows from unifocal = 1 [L]); 4 or more is disseminated.
   */
  public static final int OLIGOMETASTATIC_MAX_LESIONS = 3;

  private final String code;

  BonePattern(String code) {
    this.code = code;
  }

  /** The PROMISE code shown in detailed strings, e.g. {@code oligo}. */
  public String code() {
    return code;
  }

  /**
   * The pattern for a number of bone lesions; the reader's diffuse-marrow flag overrides the count
   * (superscan-like uptake cannot be counted). {@code null} when there is no bone disease.
   */
  public static BonePattern of(int boneLesions, boolean diffuseMarrowInvolvement) {
    if (boneLesions < 0) {
      throw new IllegalArgumentException("boneLesions must be ≥ 0, was " + boneLesions);
    }
    if (diffuseMarrowInvolvement) {
      return DIFFUSE_MARROW_INVOLVEMENT;
    }
    if (boneLesions == 0) {
      return null;
    }
    if (boneLesions <= UNIFOCAL_MAX_LESIONS) {
      return UNIFOCAL;
    }
    return boneLesions <= OLIGOMETASTATIC_MAX_LESIONS ? OLIGOMETASTATIC : DISSEMINATED;
  }
}
