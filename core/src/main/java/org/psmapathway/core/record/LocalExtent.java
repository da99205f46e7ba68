package org.psmapathway.core.record;

/**
 * Local extent of an intraprostatic lesion (prostate in situ), which sets miT2–miT4
 * (PROMISE V1 table, Eiber 2018): organ-confined miT2, extracapsular extension miT3a, seminal
 * vesicle invasion miT3b, invasion of adjacent structures (sphincter, rectum, bladder, levator,
 * pelvic wall) miT4.
 */
public enum LocalExtent implements Coded {
  ORGAN_CONFINED("organ-confined"),
  EXTRACAPSULAR("extracapsular"),
  SEMINAL_VESICLE("seminal-vesicle"),
  ADJACENT_ORGANS("adjacent-organs");

  private final String code;

  LocalExtent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
