package org.psmapathway.core.record;

/**
 * A malignancy other than prostate cancer. Trial exclusions name two kinds that usually do not
 * count (OLYMPIAN NCT07038304: "except non-melanoma skin cancer or non-invasive urothelial cell
 * carcinoma"), so those are coded; everything else is {@code other} with free-text detail.
 *
 * @param kind the coded kind
 * @param active whether it is active (under treatment or with evidence of disease) now
 * @param detail free text (site, histology, year), may be {@code null}
 */
public record OtherMalignancy(Kind kind, boolean active, String detail) {

  /** Kinds of other malignancy that trial criteria distinguish. */
  public enum Kind implements Coded {
    NON_MELANOMA_SKIN("non-melanoma-skin"),
    NON_INVASIVE_UROTHELIAL("non-invasive-urothelial"),
    OTHER("other");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }
}
