package org.psmapathway.core.record;

/**
 * Lymph-node regions of the PROMISE template (Eiber et al., J Nucl Med 2018;59:469, Table 4 as
 * transcribed in research/clinical-rules.md 1.2). Whether a region is regional (miN) or distant
 * (miM1a) is not decided here: that is the versioned table {@code core.staging.NodeRegionMapping},
 * because common iliac moved between versions.
 */
public enum NodeRegion implements Coded {
  INTERNAL_ILIAC("internal-iliac", "II", true),
  EXTERNAL_ILIAC("external-iliac", "EI", true),
  OBTURATOR("obturator", "OB", true),
  COMMON_ILIAC("common-iliac", "CI", true),
  PRESACRAL("presacral", "PS", false),
  OTHER_PELVIC("other-pelvic", "OP", false),
  RETROPERITONEAL("retroperitoneal", "RP", false),
  SUPRADIAPHRAGMATIC("supradiaphragmatic", "SD", false),
  OTHER_EXTRAPELVIC("other-extrapelvic", "OE", false);

  private final String code;
  private final String promiseAbbreviation;
  private final boolean lateral;

  NodeRegion(String code, String promiseAbbreviation, boolean lateral) {
    this.code = code;
    this.promiseAbbreviation = promiseAbbreviation;
    this.lateral = lateral;
  }

  @Override
  public String code() {
    return code;
  }

  /** The abbreviation used in detailed PROMISE strings, e.g. {@code EI} in {@code miN1a (EI-R)}. */
  public String promiseAbbreviation() {
    return promiseAbbreviation;
  }

  /** Whether the template records laterality for this region (paired iliac chains). */
  public boolean lateral() {
    return lateral;
  }
}
