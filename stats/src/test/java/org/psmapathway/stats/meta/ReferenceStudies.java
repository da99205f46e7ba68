package org.psmapathway.stats.meta;

import org.psmapathway.stats.testing.ReferenceCsv;

/** The two study tables the meta-analysis tests fit again and again, read from the R fixtures. */
final class ReferenceStudies {

  private ReferenceStudies() {}

  /** metafor's dat.bcg as log risk ratios (escalc measure RR): 13 BCG vaccine trials. */
  static StudyData bcg() {
    ReferenceCsv rows = ReferenceCsv.read("dat_bcg_logrr.csv");
    return new StudyData(rows.texts("trial"), rows.numbers("yi"), rows.numbers("vi"), "log");
  }

  /** The hazard-ratio example: HRs with 95% confidence limits, as a paper reports them. */
  static StudyData hrExample() {
    ReferenceCsv rows = ReferenceCsv.read("hr_example_input.csv");
    return HazardRatios.fromConfidenceIntervals(rows.texts("study"), rows.numbers("hr"),
        rows.numbers("lcl"), rows.numbers("ucl"));
  }
}
